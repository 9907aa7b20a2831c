import { htmlToLetterText } from './html-letter-text';
import { readFrontMatter } from './front-matter';
import { ImportTooLarge } from '../limits';
import { markdownToLetterText } from './markdown-text';
import { plainToLetterText } from './plain-text';
import { splitLines } from './segment';

/** What an imported text was written in: a web page or Word's HTML, Markdown, or plain text (a paste, a PDF's text). */
export type ImportSource = 'html' | 'markdown' | 'text';

/**
 * Any imported text as letter text, the one form the importer and the review screen read (see htmlToLetterText):
 * the text box of the import dialog, the command line and the scorecard all go through here, so each shows and
 * imports the same lines.
 */
export function letterTextFrom(raw: string, source: ImportSource): string {
  switch (source) {
    case 'html':
      refuseOverMarked(raw);
      return htmlToLetterText(raw);
    case 'markdown':
      return markdownToLetterText(raw);
    case 'text':
      // Markdown pasted as it is written (a blog post's file, front matter first) reads as Markdown.
      return readFrontMatter(splitLines(raw)).lineCount > 0
        ? markdownToLetterText(raw)
        : plainToLetterText(raw);
  }
}

/**
 * Most tags a page may hold. The HTML reader builds the page's tree in memory, a few hundred bytes a tag: the
 * largest real pages hold tens of thousands, while 80 MB of "<b>x</b>" holds twenty million and would take gigabytes
 * before the 5 MB text limit could refuse what it writes. Counted in one pass before anything is built.
 */
export const MAX_HTML_TAGS = 500_000;

function refuseOverMarked(html: string): void {
  let tags = 0;
  for (let at = html.indexOf('<'); at !== -1; at = html.indexOf('<', at + 1)) {
    tags += 1;
    if (tags > MAX_HTML_TAGS) {
      throw new ImportTooLarge(
        `This page holds more than ${MAX_HTML_TAGS.toLocaleString('en')} pieces of markup, far more than a ` +
          'letter needs. Nothing was imported.',
      );
    }
  }
}

/** The source a file's name says it holds. */
export function importSourceOf(fileName: string, mimeType = ''): ImportSource {
  if (/\.html?$/iu.test(fileName) || mimeType === 'text/html') {
    return 'html';
  }
  return /\.(md|markdown)$/iu.test(fileName) ? 'markdown' : 'text';
}

/**
 * What a paste becomes in the import dialog's text box: a web page's, Word's or Google Docs' HTML as letter text, or
 * plain text (from a PDF reader, an e-mail) as letter text too. Null when that changes nothing, so the text box
 * takes the paste itself and the browser's own paste (and its undo) is kept.
 */
export function pastedLetterText(html: string, plain: string): string | null {
  if (html.trim() !== '') {
    const text = htmlPasteText(html);
    return text === '' ? null : text;
  }
  const text = letterTextFrom(plain, 'text');
  return text === plain ? null : text;
}

// A paste whose markup is past the limit is left to the text box as plain text, where the import's limits apply.
function htmlPasteText(html: string): string {
  try {
    return letterTextFrom(html, 'html');
  } catch (error) {
    if (error instanceof ImportTooLarge) {
      return '';
    }
    throw error;
  }
}
