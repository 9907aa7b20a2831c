/** A note as found in a pasted notes block. */
export interface ParsedNote {
  number: number;
  text: string;
}

// "[1] …", "1. …", and Markdown's footnote "[^1]: …".
const NOTE_START = /^\s*(?:\[\^?(\d{1,3})\]:?|(\d{1,3})[.)])\s*(.*)$/u;

/**
 * Reads "[1] …" (or "1. …") notes; lines that do not start a note continue the one before, joined with a line
 * break, so an address pushed to the next line stays with its note.
 */
export function parseNotesBlock(lines: readonly string[]): ParsedNote[] {
  // Lines are gathered per note and joined once: joining as they come makes a long block slow.
  const notes: { number: number; lines: string[] }[] = [];
  for (const raw of lines) {
    const line = raw.trim();
    if (line === '') {
      continue;
    }
    const start = NOTE_START.exec(line);
    const number = Number(start?.[1] ?? start?.[2] ?? Number.NaN);
    if (start && Number.isInteger(number)) {
      notes.push({ number, lines: [(start[3] ?? '').trim()] });
    } else {
      notes.at(-1)?.lines.push(line);
    }
  }
  return notes.map((note) => ({ number: note.number, text: note.lines.join('\n').trim() }));
}

/** A run of body text, or a note marker found in it. */
export type BodyPiece = { text: string } | { noteNumber: number };

/**
 * Splits a paragraph at its "[n]" markers when n is a known note; other bracketed text ("[Ch: Xinjiang Uyghur
 * Autonomous Region]", "[sic]") stays text.
 */
export function splitNoteMarkers(paragraph: string, noteNumbers: ReadonlySet<number>): BodyPiece[] {
  const pieces: BodyPiece[] = [];
  let rest = 0;
  for (const match of paragraph.matchAll(/\[\^?(\d{1,3})\]/gu)) {
    const number = Number(match[1]);
    if (!noteNumbers.has(number)) {
      continue;
    }
    const at = match.index ?? 0;
    if (at > rest) {
      pieces.push({ text: paragraph.slice(rest, at).replace(/\s+$/u, '') });
    }
    pieces.push({ noteNumber: number });
    rest = at + match[0].length;
  }
  if (rest < paragraph.length) {
    pieces.push({ text: paragraph.slice(rest) });
  }
  return pieces.filter((piece) => !('text' in piece) || piece.text !== '');
}
