import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as Y from 'yjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { BODY_FIELD, seedLetter } from '../../src-common/letter/letter-doc';
import { writeLetterFile } from '../../src-common/letter-file/letter-file';
import { addSignatories } from '../../src-common/signatories/signatories-doc';
import { cli } from '../support/cli';
import { solidPng } from '../support/images';
import { tempDir } from '../support/temp';

const ROOT = join(__dirname, '..', '..');
// Kept after the run (git-ignored), so a person can look at how each script was printed.
const OUTPUT = join(ROOT, 'test-results', 'pdf-scripts');

const SAMPLES = {
  latin: 'Amigos del Tíbet, Associazione Italia-Tibet, Drôme Ardèche-Tibet.',
  uyghur: 'بىز ئىمزا قويغۇچى تەشكىلاتلار',
  tibetan: 'བོད་ཀྱི་མི་དམངས།',
  chinese: '芝援香港 Chicago Solidarity with Hong Kong',
};

const NAMES = {
  latin: 'Société Suisse-Tibétaine',
  uyghur: 'ئۇيغۇر كىشىلىك ھوقۇق قۇرۇلۇشى',
  tibetan: 'བོད་རང་བཙན་ལས་འགུལ།',
  chinese: '香港民主委員會',
};

// The fonts the app ships (pdf.ts), as pdffonts names them once the subset prefix is taken off.
const SHIPPED_FONT =
  /^(NotoSerif-(Regular|Bold|Italic|BoldItalic)|NotoNaskhArabic-(Regular|Bold)|NotoSerifTibetan-(Regular|Bold)|NotoSerifSC\w*-(Regular|Bold))$/u;

/** A letter in the scripts coalition letters mix; the Uyghur paragraph has no stored direction, as when pasted. */
function multiScriptLetter(): string {
  const doc = new Y.Doc();
  Y.applyUpdate(doc, seedLetter('Joint letter — Ürümqi, Lhasa, 香港'));
  doc.getXmlFragment(BODY_FIELD).insert(
    0,
    Object.values(SAMPLES).map((text) => {
      const paragraph = new Y.XmlElement('paragraph');
      paragraph.insert(0, [new Y.XmlText(text)]);
      return paragraph;
    }),
  );
  addSignatories(
    doc,
    Object.values(NAMES).map((name, index) => ({
      id: `signatory-${index}`,
      name,
      country: '',
      chapter: '',
      tags: [],
      status: 'confirmed' as const,
      confirmedOn: '2026-11-20',
      note: '',
      addedBy: '',
    })),
  );
  return JSON.stringify(writeLetterFile('multiScriptLetter01', doc, new Date('2026-11-28T00:00:00Z')));
}

/** Text with spacing and direction marks taken out: pdftotext spaces shaped Arabic and Tibetan at its own will. */
function letters(text: string): string {
  return text.replace(/[\s\u200e\u200f\u202a-\u202e]/gu, '');
}

let letter: string;
let pdf: string;

beforeAll(async () => {
  const dir = tempDir('undersigned-pdf-scripts-');
  letter = join(dir, 'scripts.letter.json');
  writeFileSync(letter, multiScriptLetter());
  const letterhead = join(dir, 'letterhead.png');
  writeFileSync(letterhead, solidPng(600, 80, [200, 30, 40]));
  mkdirSync(OUTPUT, { recursive: true });
  pdf = join(OUTPUT, 'scripts.pdf');
  const result = await cli('export', letter, '--format', 'pdf', '--letterhead', letterhead, '--out', pdf);
  expect(result.stderr).toBe('');
  expect(result.status).toBe(0);
});

describe('a PDF of a letter in several scripts', () => {
  it('embeds only the fonts the app ships, every one of them', () => {
    const rows = spawnSync('pdffonts', [pdf], { encoding: 'utf8' }).stdout.trim().split('\n').slice(2);
    const fonts = rows.map((row) => {
      const [name = '', type = ''] = row.split(/\s+/u);
      return {
        name: name.replace(/^[A-Z]{6}\+/u, ''),
        type,
        embedded: / yes (yes|no) (yes|no) +\d+ +\d+$/u.test(row),
      };
    });
    const names = fonts.map((font) => font.name);
    for (const family of ['NotoSerif-Regular', 'NotoNaskhArabic-Regular', 'NotoSerifTibetan-Regular']) {
      expect(names).toContain(family);
    }
    expect(names.some((name) => name.startsWith('NotoSerifSC'))).toBe(true);
    expect(names.filter((name) => !SHIPPED_FONT.test(name))).toEqual([]);
    expect(fonts.filter((font) => !font.embedded)).toEqual([]);
  });

  it('keeps the text of every script, in the body and in the signatory block', () => {
    const text = letters(spawnSync('pdftotext', ['-enc', 'UTF-8', pdf, '-'], { encoding: 'utf8' }).stdout);
    for (const sample of [...Object.values(SAMPLES), ...Object.values(NAMES)]) {
      expect(text).toContain(letters(sample));
    }
    expect(text).toContain('1/1');
  });

  it('prints the letterhead at the top of page 1, kept as a picture in the test output', () => {
    const png = join(OUTPUT, 'scripts-page');
    expect(
      spawnSync('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', '1', '-singlefile', pdf, png]).status,
    ).toBe(0);
    expect(readFileSync(`${png}.png`).subarray(1, 4).toString('latin1')).toBe('PNG');
    // A coarse bitmap of the same page: the letterhead's red is found in its top fifth.
    const ppm = spawnSync('pdftoppm', ['-r', '10', '-f', '1', '-l', '1', '-singlefile', pdf], {
      maxBuffer: 1e7,
    }).stdout;
    const [, width = '0', height = '0'] = /^P6\s+(\d+)\s+(\d+)\s+255\s/u.exec(ppm.toString('latin1')) ?? [];
    const pixels = ppm.subarray(ppm.length - Number(width) * Number(height) * 3);
    const redRows = new Set<number>();
    for (let at = 0; at < pixels.length; at += 3) {
      if ((pixels[at] ?? 0) > 150 && (pixels[at + 1] ?? 255) < 100 && (pixels[at + 2] ?? 255) < 100) {
        redRows.add(Math.floor(at / 3 / Number(width)));
      }
    }
    expect(redRows.size).toBeGreaterThan(0);
    expect(Math.max(...redRows)).toBeLessThan(Number(height) / 5);
  });
});

describe('a Word file of the same letter', () => {
  it('sets the Uyghur paragraph and name right to left, the others left to right', async () => {
    const docx = join(OUTPUT, 'scripts.docx');
    expect((await cli('export', letter, '--format', 'docx', '--out', docx)).status).toBe(0);
    const xml = spawnSync('unzip', ['-p', docx, 'word/document.xml'], { encoding: 'utf8' }).stdout;
    const paragraphs = xml.split('<w:p>').slice(1);
    const paragraphWith = (text: string) => paragraphs.find((part) => part.includes(text)) ?? '';
    expect(paragraphWith(SAMPLES.uyghur)).toContain('<w:bidi/>');
    expect(paragraphWith(NAMES.uyghur)).toContain('<w:bidi/>');
    for (const text of [SAMPLES.latin, SAMPLES.tibetan, SAMPLES.chinese, NAMES.latin]) {
      expect(paragraphWith(text)).not.toContain('<w:bidi/>');
    }
  });
});
