import { looksLikePdfText, textWidth } from './pdf-detect';
import { takeEndnotes } from './pdf-endnotes';
import { markNoteReferences, noteMarkerRun, takeFootnotes, type PdfNote } from './pdf-footnotes';
import { withLeftOut } from './left-out';
import { keepTypedNumber } from './markdown-escapes';
import { vocabularyOf } from './pdf-hyphens';
import { removePageFurniture, splitPages } from './pdf-pages';
import { reflowLines, type PdfLine } from './pdf-reflow';
import { camelCounts, restoreLostHyphens, splitColumns } from './pdf-lines';

/**
 * Plain text (a paste, a .txt file) as letter text. Text copied out of a PDF (pdftotext's output, or a paste from a
 * PDF reader) comes wrapped at the page's width, with page numbers, running headers and footnotes among its lines:
 * it is rewritten one paragraph per line, the notes gathered under "Notes" at the end, and the page numbers and
 * running heads after them, under the heading of what was left out (see withLeftOut). Any other plain text (one
 * paragraph per line, an e-mail, a list of names) is returned exactly as it is.
 */
export function plainToLetterText(text: string): string {
  if (!looksLikePdfText(text)) {
    return text;
  }
  const pages = splitPages(text);
  const width = textWidth(pages.flat());
  const furniture = removePageFurniture(pages, width);
  const footnotes = takeFootnotes(furniture.pages);
  // A letter without footnotes may still end with endnotes after its signature.
  const { pages: bodyPages, notes } = footnotes.notes.length > 0 ? footnotes : takeEndnotes(footnotes.pages);
  // Counting words and camel-case names reads the whole text: done only when a line asks for it.
  let camels: Map<string, number> | null = null;
  const counts = () => (camels ??= camelCounts(text));
  const lines: PdfLine[] = bodyPages.flatMap((page, index) =>
    page.flatMap((line, at) =>
      splitColumns(restoreLostHyphens(line, width, counts), width).map((part, column) => ({
        text: part,
        pageStart: index > 0 && at === 0 && column === 0,
      })),
    ),
  );
  const paragraphs = reflowLines(lines, {
    width,
    margin: width * MARGIN_SHARE,
    vocabulary: /[\p{L}\p{N}]-\s*$/mu.test(text) ? vocabularyOf(text) : new Set<string>(),
    headings: furniture.headings,
  }).map(asLetterLine);
  // Markers with no note text at all are a PDF's notes that were only links: marked, the import reports each
  // missing note instead of leaving its digit glued to a word.
  const numbers = notes.length > 0 ? new Set(notes.map((note) => note.number)) : noteMarkerRun(paragraphs);
  const body = paragraphs.map((paragraph) => markNoteReferences(paragraph, numbers));
  return withLeftOut([...trimTrailingBlank(body), ...notesBlock(notes)].join('\n'), furniture.leftOut);
}

// Ragged lines end short of the margin, most of them before the width textWidth finds; one that runs this far past
// it reached the margin, and a sentence that ends there most often goes on in the same paragraph.
const MARGIN_SHARE = 1.05;

// Bullet glyphs become the letter text's "- " items; characters the letter text reads as formatting ("*" in
// "Aktivist*innen", a leading "#") are escaped so they stay text.
const BULLET = /^[•●▪■◦‣○∙·\uF0B7\uF0A7]\s*/u;

function asLetterLine(paragraph: string): string {
  const escaped = keepTypedNumber(escapeMarks(paragraph));
  return BULLET.test(escaped) ? escaped.replace(BULLET, '- ') : escaped.replace(/^#/u, '\\#');
}

// Addresses stay as they are; elsewhere "*", "`" and "\\" and an underscore at a word's edge are escaped.
const MARK_CHARACTERS = /(?:https?:\/\/|www\.)\S*|[\\*`]|(?<!\S)_|_(?!\S)/giu;

function escapeMarks(text: string): string {
  return text.replace(MARK_CHARACTERS, (found) => (found.length > 1 ? found : `\\${found}`));
}

function trimTrailingBlank(lines: string[]): string[] {
  let end = lines.length;
  while (end > 0 && lines[end - 1] === '') {
    end -= 1;
  }
  return lines.slice(0, end);
}

function notesBlock(notes: readonly PdfNote[]): string[] {
  if (notes.length === 0) {
    return [];
  }
  return ['', 'Notes', ...notes.map((note) => `[${note.number}] ${escapeMarks(note.text)}`)];
}
