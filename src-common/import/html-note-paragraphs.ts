import { isNotesHeading } from './segment';

/**
 * Notes a page sets as paragraphs of their own, each opening with its superscript number ("<p><sup>1</sup> <a>…</a>
 * </p>"), often with the page's own text after them (a rule, an update, a call to sign). A paragraph opening with a
 * number that already marked a note in the text is that note: it is moved to a "Notes" block at the end, as a Word
 * file's and a Markdown file's notes are, so the text after the notes stays the page's and no note runs on into it.
 */
export class NoteParagraphs {
  private readonly markers = new Set<number>();
  private readonly notes: string[] = [];
  private heading = 'Notes';

  /** A superscript number read; true when it opens its paragraph and marked a note before, so it opens a note. */
  marker(number: number, opensParagraph: boolean): boolean {
    if (opensParagraph && this.markers.has(number)) {
      return true;
    }
    this.markers.add(number);
    return false;
  }

  /** Takes a note's paragraph ("[1] …") out of the text; a notes heading right above the first goes with it. */
  take(line: string, lines: string[]): void {
    if (this.notes.length === 0) {
      let last = lines.length - 1;
      while (last >= 0 && lines[last] === '') {
        last -= 1;
      }
      const above = lines[last] ?? '';
      if (last >= 0 && isNotesHeading(above)) {
        this.heading = above;
        lines.length = last;
      }
    }
    this.notes.push(line);
  }

  /** The text's lines with the notes taken out after them, under their heading. */
  appendTo(lines: string[]): void {
    if (this.notes.length === 0) {
      return;
    }
    lines.push('', this.heading, '', ...this.notes);
  }
}
