import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Packer } from 'docx';
import { describe, expect, it } from 'vitest';
import {
  exportChoicesSchema,
  letterheadSchema,
  marginMillimetres,
} from '../../../src-common/api/export-schemas';
import { renderHtmlFragment, renderHtmlPage } from '../../../src-common/render/html';
import { fitWithin, imageSize } from '../../../src-common/render/letterhead';
import { isRightToLeftText, resolvedDirection } from '../../../src-common/render/render-nodes';
import { buildDocx } from '../../../src-main/export/docx';
import { renderLetterhead } from '../../../src-common/api/export-options';
import { jpegHeader, solidPng } from '../../support/images';
import { tempDir } from '../../support/temp';
import { doc, paragraph, sampleModel } from './sample-model';

const UYGHUR = 'بىز ئىمزا قويغۇچى تەشكىلاتلار';

function pngChoice(width = 300, height = 60) {
  return { mimeType: 'image/png' as const, base64: solidPng(width, height).toString('base64') };
}

describe('letterhead images', () => {
  it('reads the size of a PNG and of a JPEG from their headers', () => {
    expect(imageSize(solidPng(300, 60), 'image/png')).toEqual({ width: 300, height: 60 });
    expect(imageSize(jpegHeader(640, 120), 'image/jpeg')).toEqual({ width: 640, height: 120 });
  });

  it('refuses bytes that are not an image of the stated type', () => {
    expect(imageSize(solidPng(10, 10), 'image/jpeg')).toBeNull();
    expect(imageSize(jpegHeader(10, 10), 'image/png')).toBeNull();
    expect(imageSize(Buffer.from('<svg onload="alert(1)"/>'), 'image/png')).toBeNull();
  });

  it('is validated by the export choices: PNG or JPEG, an image indeed, at most 1 MB', () => {
    expect(letterheadSchema.safeParse(pngChoice()).success).toBe(true);
    const renamed = { mimeType: 'image/png', base64: Buffer.from('GIF89a not a png').toString('base64') };
    expect(letterheadSchema.safeParse(renamed).success).toBe(false);
    expect(letterheadSchema.safeParse({ ...pngChoice(), mimeType: 'image/gif' }).success).toBe(false);
    const huge = { mimeType: 'image/png', base64: 'A'.repeat(1_500_000) };
    expect(letterheadSchema.safeParse(huge).success).toBe(false);
  });

  it('is scaled down to fit its box, never up', () => {
    expect(fitWithin({ width: 1200, height: 200 }, { width: 600, height: 151 })).toEqual({
      width: 600,
      height: 100,
    });
    expect(fitWithin({ width: 100, height: 20 }, { width: 600, height: 151 })).toEqual({
      width: 100,
      height: 20,
    });
  });
});

describe('export choices', () => {
  it('takes named margins or millimetres within reason', () => {
    const parse = (margins: unknown) => exportChoicesSchema.safeParse({ format: 'pdf', margins });
    expect(parse('narrow').success).toBe(true);
    expect(parse(25).success).toBe(true);
    expect(parse(2).success).toBe(false);
    expect(parse('tiny').success).toBe(false);
    expect(marginMillimetres('narrow')).toBe(12.7);
    expect(marginMillimetres(25)).toBe(25);
    expect(exportChoicesSchema.parse({ format: 'pdf' })).toMatchObject({
      margins: 'normal',
      letterhead: null,
    });
  });
});

describe('layout options in HTML', () => {
  const entries = [{ name: 'Tibet Action' }, { name: 'Hong Kong Watch' }];

  it('lays the signatories out in the chosen number of columns, or as many as fit when none is chosen', () => {
    const three = renderHtmlFragment(
      sampleModel({ signatories: { heading: 'Signed by', countSentence: null, entries, columns: 3 } }),
    );
    expect(three).toContain('<ul class="letter-signatory-list letter-columns-3">');
    const unset = renderHtmlFragment(
      sampleModel({ signatories: { heading: 'Signed by', countSentence: null, entries } }),
    );
    expect(unset).toContain('<ul class="letter-signatory-list">');
    expect(renderHtmlPage(sampleModel())).toContain('.letter-columns-3 { columns: 3');
  });

  it('puts the letterhead above the title as an inline image', () => {
    const letterhead = renderLetterhead(pngChoice());
    const html = renderHtmlFragment(sampleModel({ letterhead }));
    const image = html.indexOf('<img class="letter-letterhead" src="data:image/png;base64,iVBOR');
    expect(image).toBeGreaterThan(0);
    expect(image).toBeLessThan(html.indexOf('<h1'));
    expect(html).toContain('width="300" height="60" alt="Letterhead"');
  });
});

describe('text direction', () => {
  it('reads a paragraph without a stored direction by its first letter', () => {
    expect(isRightToLeftText(`« ${UYGHUR}`)).toBe(true);
    expect(isRightToLeftText('Amigos del Tíbet بىز')).toBe(false);
    expect(resolvedDirection(paragraph(UYGHUR))).toBe('rtl');
    expect(resolvedDirection({ ...paragraph(UYGHUR), attrs: { dir: 'ltr' } })).toBe('ltr');
    expect(resolvedDirection(paragraph('བོད་ཀྱི་མི་དམངས།'))).toBe('ltr');
  });
});

async function docxPart(model: ReturnType<typeof sampleModel>, part: string): Promise<string> {
  const file = join(tempDir('undersigned-docx-options-'), 'letter.docx');
  writeFileSync(file, await Packer.toBuffer(buildDocx(model, { notes: 'footnotes' })));
  const listed = spawnSync('unzip', ['-Z1', file], { encoding: 'utf8' }).stdout;
  expect(listed).toContain(part);
  return spawnSync('unzip', ['-p', file, part], { encoding: 'utf8' }).stdout;
}

describe('Word export', () => {
  it('marks Uyghur paragraphs and signatory names right to left (w:bidi, w:rtl), and Latin ones not', async () => {
    const model = sampleModel({
      body: doc(paragraph(UYGHUR), paragraph('Amigos del Tíbet')),
      signatories: { heading: 'Signed by', countSentence: null, entries: [{ name: 'ئۇيغۇر كىشىلىك ھوقۇق' }] },
    });
    const xml = await docxPart(model, 'word/document.xml');
    const paragraphs = xml.split('<w:p>').slice(1);
    const uyghur = paragraphs.find((part) => part.includes(UYGHUR)) ?? '';
    expect(uyghur).toContain('<w:bidi/>');
    expect(uyghur).toContain('<w:rtl/>');
    expect(paragraphs.find((part) => part.includes('ئۇيغۇر كىشىلىك'))).toContain('<w:bidi/>');
    expect(paragraphs.find((part) => part.includes('Amigos del Tíbet'))).not.toContain('<w:bidi/>');
  });

  it('puts the letterhead in a header of the first page only', async () => {
    const model = sampleModel({ letterhead: renderLetterhead(pngChoice(1200, 200)) });
    const xml = await docxPart(model, 'word/document.xml');
    expect(xml).toContain('<w:titlePg/>');
    expect(xml).toMatch(/<w:headerReference w:type="first"/u);
    expect(xml).not.toMatch(/<w:headerReference w:type="default"/u);
    const header = await docxPart(model, 'word/header1.xml');
    // 600 × 100 pixels at 96 to the inch, in EMUs (9525 to the pixel).
    expect(header).toContain(`cx="${600 * 9525}" cy="${100 * 9525}"`);
  });
});
