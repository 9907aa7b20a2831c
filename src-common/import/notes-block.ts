/** A note as found in a pasted notes block. */
export interface ParsedNote {
  number: number;
  text: string;
}

const NOTE_START = /^\s*(?:\[(\d{1,3})\]|(\d{1,3})[.)])\s*(.*)$/u;

/**
 * Reads "[1] …" (or "1. …") notes; lines that do not start a note continue the one before, joined with a line
 * break, so an address pushed to the next line stays with its note.
 */
export function parseNotesBlock(lines: readonly string[]): ParsedNote[] {
  const notes: ParsedNote[] = [];
  for (const raw of lines) {
    const line = raw.trim();
    if (line === '') {
      continue;
    }
    const start = NOTE_START.exec(line);
    const number = Number(start?.[1] ?? start?.[2] ?? Number.NaN);
    const last = notes.at(-1);
    if (start && Number.isInteger(number)) {
      notes.push({ number, text: (start[3] ?? '').trim() });
    } else if (last) {
      last.text = `${last.text}\n${line}`.trim();
    }
  }
  return notes;
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
  for (const match of paragraph.matchAll(/\[(\d{1,3})\]/gu)) {
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
