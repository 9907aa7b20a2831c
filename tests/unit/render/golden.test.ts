import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readLetterFile } from '../../../src-common/letter-file/letter-file';
import { renderHtmlFragment, renderHtmlPage } from '../../../src-common/render/html';
import { renderMarkdown } from '../../../src-common/render/markdown';
import { renderPlainText } from '../../../src-common/render/plain-text';
import { renderModelFromState, type RenderModel } from '../../../src-common/render/render-model';
import {
  buildCfuLetterFile,
  CFU_LETTER_FILE,
  readCfuLetter,
  readCfuSignatories,
} from '../../fixtures/build-cfu-letter';
import {
  htmlSignatories,
  markdownSignatories,
  plainTextSignatories,
  printedSignatories,
} from '../../support/published-signatories';

const GOLDEN = join(__dirname, '..', '..', 'fixtures', 'golden');

// How each format's signatory block reads back: parsed as HTML, as Markdown, or as the plain text's lines.
const SIGNATORIES_OF: Record<string, (output: string, model: RenderModel) => string[]> = {
  'cfu-letter.html': (output) => htmlSignatories(output),
  'cfu-letter.fragment.html': (output) => htmlSignatories(output),
  'cfu-letter.md': (output, model) => markdownSignatories(output, model.signatories.heading),
  'cfu-letter.txt': (output, model) =>
    plainTextSignatories(output, model.signatories.heading, model.notesHeading),
};

const OUTPUTS: Record<string, (model: RenderModel) => string> = {
  'cfu-letter.html': (model) => renderHtmlPage(model),
  'cfu-letter.fragment.html': (model) => `${renderHtmlFragment(model)}\n`,
  'cfu-letter.md': (model) => renderMarkdown(model),
  'cfu-letter.txt': (model) => renderPlainText(model),
};

function fixtureModel(): RenderModel {
  const read = readLetterFile(readFileSync(CFU_LETTER_FILE, 'utf8'));
  if (!read.ok) {
    throw new Error(read.problem);
  }
  return renderModelFromState(read.state);
}

/** Text with its HTML/Markdown markup and line wrapping taken out, to look for the letter's sentences in it. */
function flatten(output: string): string {
  return output
    .replace(/<sup class="note-ref">.*?<\/sup>/gu, '')
    .replace(/<[^>]+>/gu, '')
    .replace(/\\([\\`*_[\]<>~|&#+-])/gu, '$1')
    .replace(/&amp;/gu, '&')
    .replace(/\[\^?\d+\]/gu, '')
    .replace(/\s+/gu, ' ');
}

describe('the fixture letter file', () => {
  it('is what the fixture script builds', () => {
    expect(JSON.parse(readFileSync(CFU_LETTER_FILE, 'utf8'))).toEqual(buildCfuLetterFile());
  });
});

describe('golden exports of the fixture letter', () => {
  for (const [name, render] of Object.entries(OUTPUTS)) {
    it(`matches ${name}`, () => {
      const golden = join(GOLDEN, name);
      // UPDATE_GOLDEN=1 rewrites the golden file from this build: review the diff before committing it.
      if (process.env.UPDATE_GOLDEN === '1') {
        mkdirSync(GOLDEN, { recursive: true });
        writeFileSync(golden, render(fixtureModel()));
      }
      expect(existsSync(golden), `${name} is missing: run with UPDATE_GOLDEN=1`).toBe(true);
      expect(render(fixtureModel())).toBe(readFileSync(golden, 'utf8'));
    });

    it(`has every body paragraph and every note with its addresses in ${name}`, () => {
      const model = fixtureModel();
      const output = render(model);
      const flat = flatten(output);
      const { paragraphs } = readCfuLetter();
      expect(paragraphs).toHaveLength(10);
      for (const paragraph of paragraphs) {
        expect(flat).toContain(flatten(paragraph).trim());
      }
      expect(model.notes.map((note) => note.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
      for (const note of model.notes) {
        for (const url of note.urls) {
          expect(output).toContain(url);
        }
      }
    });

    it(`names every confirmed signatory exactly once, in the panel's order, in ${name}`, () => {
      const model = fixtureModel();
      const printed = printedSignatories(model);
      expect(printed).toHaveLength(readCfuSignatories().length);
      expect(new Set(printed).size).toBe(printed.length);
      expect(SIGNATORIES_OF[name]?.(render(model), model)).toEqual(printed);
    });
  }
});
