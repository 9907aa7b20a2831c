import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LETTER_STYLE } from '../../../src-common/render/html';

const PREVIEW_CSS = join(__dirname, '..', '..', '..', 'src-renderer', 'export', 'letter-preview.css');

/** CSS with comments, imports, spacing and the kind of quotes taken out: what is left is what the rules say. */
function rules(css: string): string {
  return css
    .replace(/\/\*[\s\S]*?\*\//gu, '')
    .replace(/@import [^;]+;/gu, '')
    .replace(/'/gu, '"')
    .replace(/\s+/gu, '');
}

describe('the export preview’s stylesheet', () => {
  it('says what the exported page’s stylesheet says, so the preview shows the letter as it will be', () => {
    expect(rules(readFileSync(PREVIEW_CSS, 'utf8'))).toBe(rules(LETTER_STYLE));
  });

  it('loads every font the PDF is printed with', () => {
    const css = readFileSync(PREVIEW_CSS, 'utf8');
    const printed = readFileSync(join(__dirname, '..', '..', '..', 'src-main', 'export', 'pdf.ts'), 'utf8');
    const sheets = [...printed.matchAll(/'(@fontsource\/[^']+\.css)'/gu)].map((match) => match[1]);
    expect(sheets.length).toBeGreaterThan(5);
    for (const sheet of sheets) {
      expect(css).toContain(`@import '${sheet}';`);
    }
  });
});
