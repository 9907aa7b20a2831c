import mammoth from 'mammoth';
import * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import {
  exportChoicesSchema,
  EXPORT_FORMATS,
  type ExportFormat,
} from '../../../src-common/api/export-schemas';
import { decodeBinary } from '../../../src-common/letter/encoding';
import { updateLetterMeta } from '../../../src-common/letter/letter-doc';
import { renderHtmlFragment } from '../../../src-common/render/html';
import { buildRenderModel, unlistedLine } from '../../../src-common/render/render-model';
import { updateSignatoryDisplay } from '../../../src-common/signatories/display-settings';
import { addSignatories } from '../../../src-common/signatories/signatories-doc';
import { signatorySchema } from '../../../src-common/signatories/signatory';
import { exportLetter } from '../../../src-main/export/export-letter';

// A list that names some of those who signed ends with how many more did: "…and 40 more organizations".

function letter(unlisted: number): Y.Doc {
  const doc = new Y.Doc();
  updateLetterMeta(doc, { title: 'Protect encryption now', unlistedSignatories: unlisted });
  addSignatories(
    doc,
    ['Access Now', 'Derechos Digitales', 'Zeta Rights Lab'].map((name) =>
      signatorySchema.parse({ id: name, name, status: 'confirmed' }),
    ),
  );
  return doc;
}

/** Every format's text as a reader sees it: the PDF as the page Chromium is given, Word as Mammoth reads it. */
async function exported(doc: Y.Doc, format: ExportFormat): Promise<string> {
  let printed = '';
  const printer = (html: string) => {
    printed = html;
    return Promise.resolve(new Uint8Array());
  };
  const choices = exportChoicesSchema.parse({ format, countSentence: true });
  const file = await exportLetter(Y.encodeStateAsUpdate(doc), choices, printer);
  const bytes = Buffer.from(decodeBinary(file.base64));
  if (format === 'pdf') {
    return printed;
  }
  if (format === 'docx') {
    return (await mammoth.convertToHtml({ buffer: bytes })).value;
  }
  return bytes.toString('utf8');
}

describe('the line after the names for signatories not listed', () => {
  it('says how many, in the singular for one and with thousands grouped', () => {
    expect(unlistedLine(40)).toBe('…and 40 more organizations');
    expect(unlistedLine(1)).toBe('…and 1 more organization');
    expect(unlistedLine(12500)).toBe('…and 12,500 more organizations');
  });

  it.each(EXPORT_FORMATS)(
    'is printed after the last name in %s, and counted in the count sentence',
    async (format) => {
      const text = await exported(letter(40), format);
      const last = text.indexOf('Zeta Rights Lab');
      const line = text.indexOf('…and 40 more organizations');
      expect(last).toBeGreaterThan(-1);
      expect(line).toBeGreaterThan(last);
      expect(text).toContain('43 organizations have signed this letter.');
    },
  );

  it.each(EXPORT_FORMATS)('is not printed in %s when every signatory is listed', async (format) => {
    const text = await exported(letter(0), format);
    expect(text).toContain('Zeta Rights Lab');
    expect(text).not.toMatch(/more organi[sz]ation/u);
    expect(text).toContain('3 organizations have signed this letter.');
  });

  it('follows the last group when the names are published under headings', () => {
    const doc = letter(40);
    addSignatories(doc, [
      signatorySchema.parse({ id: 'x', name: 'Tibet Watch', country: 'GB', status: 'confirmed' }),
    ]);
    updateSignatoryDisplay(doc, { grouping: 'country' });
    const html = renderHtmlFragment(buildRenderModel(doc));
    expect(html).toMatch(/<h3 dir="auto">United Kingdom<\/h3>/u);
    expect(html.indexOf('<p class="letter-unlisted">…and 40 more organizations</p>')).toBeGreaterThan(
      html.lastIndexOf('</ul>'),
    );
  });
});
