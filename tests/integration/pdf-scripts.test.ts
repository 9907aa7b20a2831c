import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import { BODY_FIELD, seedLetter } from '../../src-common/letter/letter-doc';
import { writeLetterFile } from '../../src-common/letter/letter-file';
import { tempDir } from '../support/temp';

const ROOT = join(__dirname, '..', '..');

/** A letter in the scripts coalition letters mix: Latin with diacritics, Uyghur, Tibetan and Chinese. */
function multiScriptLetter(): string {
  const doc = new Y.Doc();
  Y.applyUpdate(doc, seedLetter('Joint letter — Ürümqi, Lhasa, 香港'));
  const paragraphs: [string, string | null][] = [
    ['Amigos del Tíbet, Associazione Italia-Tibet, Drôme Ardèche-Tibet.', null],
    ['بىز ئىمزا قويغۇچى تەشكىلاتلار', 'rtl'],
    ['བོད་ཀྱི་མི་དམངས།', null],
    ['芝援香港 Chicago Solidarity with Hong Kong', null],
  ];
  doc.getXmlFragment(BODY_FIELD).insert(
    0,
    paragraphs.map(([text, dir]) => {
      const paragraph = new Y.XmlElement('paragraph');
      if (dir) {
        paragraph.setAttribute('dir', dir);
      }
      paragraph.insert(0, [new Y.XmlText(text)]);
      return paragraph;
    }),
  );
  return JSON.stringify(writeLetterFile('multiScriptLetter01', doc, new Date('2026-11-28T00:00:00Z')));
}

describe('a PDF of a letter in several scripts', () => {
  it('embeds the bundled font of each script and keeps every script’s text', () => {
    const dir = tempDir('undersigned-pdf-scripts-');
    const letter = join(dir, 'scripts.letter.json');
    const pdf = join(dir, 'scripts.pdf');
    writeFileSync(letter, multiScriptLetter());
    const result = spawnSync(
      process.execPath,
      [
        join(ROOT, 'node_modules', 'tsx', 'dist', 'cli.mjs'),
        join(ROOT, 'cli', 'main.ts'),
        'export',
        letter,
        '--format',
        'pdf',
        '--out',
        pdf,
      ],
      { encoding: 'utf8' },
    );
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    const fonts = spawnSync('pdffonts', [pdf], { encoding: 'utf8' }).stdout;
    for (const font of ['NotoSerif-Regular', 'NotoNaskhArabic', 'NotoSerifTibetan', 'NotoSerifSC']) {
      expect(fonts).toContain(font);
    }
    const text = spawnSync('pdftotext', [pdf, '-'], { encoding: 'utf8' }).stdout;
    expect(text).toContain('Amigos del Tíbet');
    expect(text).toContain('芝援香港');
  });
});
