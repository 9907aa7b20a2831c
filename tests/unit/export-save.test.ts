import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderHtmlPage } from '../../src-common/render/html';
import { ExportJobs } from '../../src-main/export/export-jobs';
import { ExportCancelled, printablePage, printPdf } from '../../src-main/export/pdf';
import { pathWithExtension, saveDialogChoices } from '../../src-main/export/save-dialog';
import { sampleModel } from './render/sample-model';

describe('the desktop save dialog', () => {
  it('suggests the letter’s file name in the last folder, filtered to the format', () => {
    const choices = saveDialogChoices('Letter to the High Commissioner.pdf', 'pdf', '/home/rushan/Documents');
    expect(choices.defaultPath).toBe(join('/home/rushan/Documents', 'Letter to the High Commissioner.pdf'));
    expect(choices.title).toBe('Export as PDF document');
    expect(choices.filters[0]).toEqual({ name: 'PDF document', extensions: ['pdf'] });
    expect(choices.properties).toContain('showOverwriteConfirmation');
    expect(saveDialogChoices('x.docx', 'docx', '/tmp').filters[0]).toEqual({
      name: 'Word document',
      extensions: ['docx'],
    });
    expect(saveDialogChoices('x.fragment.html', 'fragment', '/tmp').filters[0]?.extensions).toEqual(['html']);
  });

  it('adds the format’s ending when the typed name lacks it, and keeps it when present', () => {
    expect(pathWithExtension('/tmp/letter', 'pdf')).toBe('/tmp/letter.pdf');
    expect(pathWithExtension('/tmp/letter.PDF', 'pdf')).toBe('/tmp/letter.PDF');
    expect(pathWithExtension('/tmp/letter.v2', 'docx')).toBe('/tmp/letter.v2.docx');
    expect(pathWithExtension('/tmp/site.fragment.html', 'fragment')).toBe('/tmp/site.fragment.html');
    expect(pathWithExtension('/tmp/notes', 'md')).toBe('/tmp/notes.md');
  });
});

describe('printing options', () => {
  it('sets the chosen margins after the page’s own, the bottom one deeper for the page numbers', () => {
    const page = printablePage(renderHtmlPage(sampleModel()), 12.7);
    expect(page).toContain('@page { margin: 12.7mm 12.7mm 14.7mm 12.7mm; }');
    expect(page.indexOf('12.7mm')).toBeGreaterThan(page.indexOf('@bottom-center'));
  });
});

describe('cancelling an export', () => {
  it('tracks jobs by id until they finish', () => {
    const jobs = new ExportJobs();
    const signal = jobs.start('job-1');
    expect(jobs.cancel('job-1')).toBe(true);
    expect(signal?.aborted).toBe(true);
    expect(jobs.cancel('job-1')).toBe(false);
    jobs.start('job-2');
    jobs.finish('job-2');
    expect(jobs.cancel('job-2')).toBe(false);
    expect(jobs.start(undefined)).toBeUndefined();
  });

  it('stops Chromium printing a PDF and says so', async () => {
    const controller = new AbortController();
    const printing = printPdf(renderHtmlPage(sampleModel()), { pageSize: 'A4', signal: controller.signal });
    controller.abort();
    await expect(printing).rejects.toBeInstanceOf(ExportCancelled);
  });
});
