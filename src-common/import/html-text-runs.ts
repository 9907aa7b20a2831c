import { runsToMarkup, type TextRun } from '../text/inline-marks';

/** An inline element open while a page's text is written, and the marks its text takes. */
export type OpenElement = {
  name: string;
  bold?: boolean;
  italic?: boolean;
  href?: string;
  internal?: boolean;
};

// A line shorter than this is an entry of a list, not a line of a paragraph that a PDF's layout wrapped.
const WRAPPED_LINE = 60;
// Where a paragraph or line of a table cell ended; see cellMarkup.
export const CELL_BREAK = '\u2029';

/**
 * A cell's text on one line. Its paragraphs and lines are the parts of one entry ("Ada Lovelace" over an italic
 * "Analytical Society"), so they are joined with a comma, or a space after punctuation.
 */
export function cellMarkup(runs: readonly TextRun[]): string {
  const text = markup(runs);
  return text.replace(/\s*\u2029[\s\u2029]*/gu, (_match, at: number) =>
    /[\p{P}]$/u.test(text.slice(0, at)) ? ' ' : ', ',
  );
}

/**
 * Whether a line broken at a <br> goes on in the next: a long line ends mid-sentence (a small letter or a comma)
 * and the next begins with a small letter ("… dispositivos que" / "significam …", text pasted from a PDF). Lists
 * break otherwise: items end with ";" or ".", and short entries ("Rocco Nutricati - Impiegato") stand alone even
 * when the next is written in small letters ("daniela criscitiello - docente").
 */
export function isWrappedLine(line: string, next: string): boolean {
  // Only the line's end is looked at: a paragraph of thousands of joined lines is not scanned again for each.
  return line.length >= WRAPPED_LINE && /[\p{Ll},]$/u.test(line.slice(-2)) && /^\p{Ll}/u.test(next);
}

export function markup(runs: readonly TextRun[]): string {
  return runsToMarkup(mergeRuns(runs)).replace(/ {2,}/gu, ' ').trim();
}

function mergeRuns(runs: readonly TextRun[]): TextRun[] {
  const merged: TextRun[] = [];
  for (const run of runs) {
    const last = merged.at(-1);
    if (last && last.bold === run.bold && last.italic === run.italic && last.href === run.href) {
      last.text += run.text;
    } else {
      merged.push({ ...run });
    }
  }
  return merged;
}

// Bold and italic from tags and from the inline styles that Google Docs and Word write on spans.
export function inlineMarks(
  name: string,
  attrs: Record<string, string>,
  parent: OpenElement,
): Omit<OpenElement, 'name'> {
  const style = (attrs.style ?? '').toLowerCase();
  const weight = /font-weight\s*:\s*([a-z0-9]+)/u.exec(style)?.[1];
  const fontStyle = /font-style\s*:\s*([a-z]+)/u.exec(style)?.[1];
  const bold = weight
    ? /^(bold|bolder|[6-9]00)$/u.test(weight)
    : (parent.bold ?? false) || name === 'b' || name === 'strong';
  const italic = fontStyle ? fontStyle === 'italic' : (parent.italic ?? false) || /^(i|em|cite)$/u.test(name);
  const link = name === 'a' ? (attrs.href ?? '').trim() : '';
  const href = /^(?:https?:|mailto:)/iu.test(link) ? link : parent.href;
  return {
    bold,
    italic,
    ...(href ? { href } : {}),
    ...(link.startsWith('#') || parent.internal ? { internal: true } : {}),
  };
}
