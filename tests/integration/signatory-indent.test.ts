import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Packer } from 'docx';
import { describe, expect, it } from 'vitest';
import { LETTER_STYLE, renderHtmlPage } from '../../src-common/render/html';
import { buildDocx } from '../../src-main/export/docx';
import { printPdfWithChromium } from '../../src-main/export/pdf';
import { sampleModel } from '../unit/render/sample-model';
import { tempDir } from '../support/temp';

// A name long enough to wrap across the page, between two short ones.
const LONG =
  'Coalition of Grassroots Organizations for the Defence of Human Rights and Democratic Freedoms in the ' +
  'Uyghur Region, Tibet and Hong Kong, Wyoming and Montana Chapters';
const model = sampleModel({
  signatories: {
    heading: 'Signed by',
    countSentence: null,
    entries: [{ name: 'Aardvark Aid' }, { name: LONG }, { name: 'Zebra Trust' }],
    columns: 1,
  },
});

interface Word {
  x: number;
  y: number;
  text: string;
}

/** The words of a PDF with their positions, as pdftotext's bounding boxes give them. */
function pdfWords(file: string): Word[] {
  const html = spawnSync('pdftotext', ['-bbox', file, '-'], { encoding: 'utf8' }).stdout;
  return [...html.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)"[^>]*>([^<]*)<\/word>/gu)].map((match) => ({
    x: Number(match[1]),
    y: Number(match[2]),
    text: match[3] ?? '',
  }));
}

describe('a signatory name that wraps hangs under its first line', () => {
  it('in the web page: padding at the start of the line, and the first line pulled back', () => {
    const rule = /\.letter-signatory-list li \{([^}]*)\}/u.exec(LETTER_STYLE)?.[1] ?? '';
    expect(rule).toContain('padding-inline-start: 1.5em');
    expect(rule).toContain('text-indent: -1.5em');
    expect(renderHtmlPage(model)).toContain(rule);
  });

  it('in the PDF: the wrapped line starts further in than the name, and the next name starts where the name did', async () => {
    const file = join(tempDir('undersigned-indent-'), 'letter.pdf');
    writeFileSync(file, await printPdfWithChromium(renderHtmlPage(model), { pageSize: 'A4' }));
    const words = pdfWords(file);
    const at = (text: string): Word => {
      const word = words.find((candidate) => candidate.text === text);
      expect(word, text).toBeDefined();
      return word ?? { x: 0, y: 0, text };
    };
    const [aardvark, first, zebra] = [at('Aardvark'), at('Coalition'), at('Zebra')];
    // The long name's later lines: those between its first line and the next name.
    const between = words.filter((word) => word.y > first.y + 1 && word.y < zebra.y - 1);
    const lines = new Set(between.map((word) => Math.round(word.y)));
    expect(lines.size).toBeGreaterThan(0);
    for (const y of lines) {
      const start = Math.min(...between.filter((word) => Math.round(word.y) === y).map((word) => word.x));
      // 1.5em of 11pt print type is 16.5pt.
      expect(start - first.x).toBeGreaterThan(12);
    }
    expect(Math.abs(first.x - aardvark.x)).toBeLessThan(1);
    expect(Math.abs(zebra.x - aardvark.x)).toBeLessThan(1);
  });

  it('in Word: each signatory paragraph has a hanging indent from its start side', async () => {
    const file = join(tempDir('undersigned-indent-'), 'letter.docx');
    writeFileSync(file, await Packer.toBuffer(buildDocx(model, { notes: 'footnotes' })));
    const xml = spawnSync('unzip', ['-p', file, 'word/document.xml'], { encoding: 'utf8' }).stdout;
    const paragraphs = xml.split('<w:p>').slice(1);
    for (const name of ['Aardvark Aid', LONG, 'Zebra Trust']) {
      expect(paragraphs.find((part) => part.includes(name))).toContain(
        '<w:ind w:start="360" w:hanging="360"/>',
      );
    }
    expect(paragraphs.find((part) => part.includes('Signed by'))).not.toContain('w:hanging');
  });
});
