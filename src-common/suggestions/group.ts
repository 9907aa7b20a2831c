import type { SuggestionAuthor, SuggestionStamp } from './suggestion';

/** What one piece of the body says about a suggestion: a run of text, an element, a break or a format change. */
export type PieceKind = 'insert' | 'delete' | 'format' | 'break-insert' | 'break-delete' | 'block';

/** One piece of a suggestion where it stands in the body (positions as the reader of the body counts them). */
export interface SuggestionPiece {
  stamp: SuggestionStamp;
  kind: PieceKind;
  /**
   * The text of the piece; a note reference or line break reads as one character, a break as none; a paragraph's
   * change of shape, what the change does ("make heading 2").
   */
  text: string;
  from: number;
  to: number;
}

/** A whole suggestion: every piece with one id, in reading order, and what it does in words. */
export interface Suggestion {
  id: string;
  author: SuggestionAuthor;
  time: string;
  /** The text it adds, pieces joined by "…" where other text lies between them. */
  inserted: string;
  /** The text it removes. */
  deleted: string;
  /** The text whose formatting it changes. */
  formatted: string;
  /** How many paragraph breaks it adds and removes. */
  breaksInserted: number;
  breaksDeleted: number;
  /** What it does to the shape of paragraphs ("make heading 2", "remove from list"), each different change once. */
  reshaped: string[];
  /** Where its first piece starts and its last piece ends. */
  from: number;
  to: number;
}

/** The suggestions the pieces make up, in the order their first pieces appear. */
export function groupSuggestions(pieces: readonly SuggestionPiece[]): Suggestion[] {
  const byId = new Map<string, { suggestion: Suggestion; last: Partial<Record<PieceKind, number>> }>();
  for (const piece of pieces) {
    let entry = byId.get(piece.stamp.id);
    if (!entry) {
      entry = {
        suggestion: {
          id: piece.stamp.id,
          author: {
            authorId: piece.stamp.authorId,
            authorName: piece.stamp.authorName,
            colour: piece.stamp.colour,
          },
          time: piece.stamp.time,
          inserted: '',
          deleted: '',
          formatted: '',
          breaksInserted: 0,
          breaksDeleted: 0,
          reshaped: [],
          from: piece.from,
          to: piece.to,
        },
        last: {},
      };
      byId.set(piece.stamp.id, entry);
    }
    addPiece(entry.suggestion, entry.last, piece);
  }
  return [...byId.values()].map((entry) => entry.suggestion);
}

function addPiece(
  suggestion: Suggestion,
  last: Partial<Record<PieceKind, number>>,
  piece: SuggestionPiece,
): void {
  suggestion.from = Math.min(suggestion.from, piece.from);
  suggestion.to = Math.max(suggestion.to, piece.to);
  if (piece.stamp.time > suggestion.time) {
    suggestion.time = piece.stamp.time;
  }
  if (piece.kind === 'break-insert') {
    suggestion.breaksInserted += 1;
    return;
  }
  if (piece.kind === 'break-delete') {
    suggestion.breaksDeleted += 1;
    return;
  }
  if (piece.kind === 'block') {
    if (!suggestion.reshaped.includes(piece.text)) {
      suggestion.reshaped.push(piece.text);
    }
    return;
  }
  const field = piece.kind === 'insert' ? 'inserted' : piece.kind === 'delete' ? 'deleted' : 'formatted';
  const previousEnd = last[piece.kind];
  // Pieces that touch continue one another (a paragraph break between them counts as touching); others are apart.
  const joiner =
    suggestion[field] === '' ? '' : previousEnd !== undefined && piece.from - previousEnd <= 2 ? '' : ' … ';
  suggestion[field] += joiner + piece.text;
  last[piece.kind] = piece.to;
}

/** The people who made the suggestions, each once with how many, in the order they first appear. */
export function suggestionAuthors(
  suggestions: readonly Suggestion[],
): { author: SuggestionAuthor; count: number }[] {
  const byAuthor = new Map<string, { author: SuggestionAuthor; count: number }>();
  for (const suggestion of suggestions) {
    const entry = byAuthor.get(suggestion.author.authorId);
    if (entry) {
      entry.count += 1;
    } else {
      byAuthor.set(suggestion.author.authorId, { author: suggestion.author, count: 1 });
    }
  }
  return [...byAuthor.values()];
}

const QUOTE_LIMIT = 60;

/** What a suggestion does, in a few words: "Replace “whitewashed” with “failed to address”". */
export function describeSuggestion(suggestion: Suggestion): string {
  const inserted = quoted(suggestion.inserted);
  const deleted = quoted(suggestion.deleted);
  const parts: string[] = [];
  if (inserted && deleted) {
    parts.push(`Replace ${deleted} with ${inserted}`);
  } else if (inserted) {
    parts.push(`Add ${inserted}`);
  } else if (deleted) {
    parts.push(`Delete ${deleted}`);
  }
  if (suggestion.formatted.trim() !== '') {
    parts.push(`${parts.length > 0 ? 'format' : 'Format'} ${quoted(suggestion.formatted)}`);
  }
  if (suggestion.breaksInserted > 0) {
    parts.push(parts.length > 0 ? 'start a new paragraph' : 'Start a new paragraph');
  }
  if (suggestion.breaksDeleted > 0) {
    parts.push(parts.length > 0 ? 'join paragraphs' : 'Join paragraphs');
  }
  for (const change of suggestion.reshaped) {
    parts.push(parts.length > 0 ? change : change.charAt(0).toUpperCase() + change.slice(1));
  }
  return parts.length > 0 ? parts.join(', ') : 'Change';
}

function quoted(text: string): string {
  const trimmed = text.replace(/\s+/gu, ' ');
  if (trimmed.trim() === '') {
    return trimmed === '' ? '' : '“ ”';
  }
  const short = trimmed.length > QUOTE_LIMIT ? `${trimmed.slice(0, QUOTE_LIMIT - 1)}…` : trimmed;
  return `“${short}”`;
}
