import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import mammoth from 'mammoth';
import { describe, expect, it } from 'vitest';
import { EXPORT_FORMATS, exportChoicesSchema, type ExportFormat } from '../../src-common/api/export-schemas';
import { decodeBinary } from '../../src-common/letter/encoding';
import { exportLetter } from '../../src-main/export/export-letter';
import { printPdfWithChromium } from '../../src-main/export/pdf';
import { renderModelFromState } from '../../src-common/render/render-model';
import { longLetterState, namedNumbers } from '../support/long-letter';
import { tempDir } from '../support/temp';

const COUNT = 2000;
const state = longLetterState(COUNT);
const folder = tempDir('undersigned-long-letter-');
// The order every format must keep: the signatory block's, as the letter's list settings give it.
const ORDER = namedNumbers(
  renderModelFromState(state)
    .signatories.entries.map((entry) => entry.name)
    .join('\n'),
);

/** The text of an exported file, as a reader of that format would get it. */
async function textOf(format: ExportFormat, bytes: Uint8Array): Promise<string> {
  const file = join(folder, `letter.${format}`);
  writeFileSync(file, bytes);
  if (format === 'pdf') {
    return spawnSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8', maxBuffer: 1e8 }).stdout;
  }
  if (format === 'docx') {
    return (await mammoth.extractRawText({ path: file })).value;
  }
  return Buffer.from(bytes).toString('utf8');
}

describe('a letter signed by 2,000 organizations', () => {
  it('has 2,000 different names to look for', () => {
    expect(new Set(ORDER).size).toBe(COUNT);
  });

  for (const format of EXPORT_FORMATS) {
    it(`exports to ${format} with every organization named exactly once, in order`, async () => {
      // One column, so that pdftotext reads the names in the order they are printed.
      const choices = exportChoicesSchema.parse({ format, countSentence: true, columns: 1 });
      const file = await exportLetter(state, choices, printPdfWithChromium);
      const text = await textOf(format, decodeBinary(file.base64));
      expect(namedNumbers(text)).toEqual(ORDER);
      expect(text.replace(/\s+/gu, ' ')).toContain('2,000 organizations have signed this letter.');
    });
  }
});
