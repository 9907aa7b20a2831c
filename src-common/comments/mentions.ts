import type { CommentThread } from './threads-doc';

/** A piece of a comment's text: words, or a mention of a co-editor by name. */
export type MentionPiece = { text: string } | { mention: string };

/** Where an `@name` being typed starts, and what has been typed of the name so far. */
export interface MentionQuery {
  /** Index of the `@`. */
  start: number;
  query: string;
}

// A mention starts a word: at the start, or after a space or an opening bracket or quote.
const BEFORE_MENTION = /[\s([{"“‘'«]/u;
const NAME_CHARACTER = /[\p{L}\p{N}_-]/u;
// Names people give themselves are short; an `@` further back than this is not a mention being typed.
const LONGEST_QUERY = 40;

/**
 * Splits a comment at mentions of known names (`@Ayshe Tursun`), compared without regard to case; the longest
 * name wins, so "@Ayshe Tursun" is one mention even when "Ayshe" is a name too. An `@` in an e-mail address is not
 * a mention.
 */
export function splitMentions(text: string, names: readonly string[]): MentionPiece[] {
  const known = [...new Set(names.map((name) => name.trim()).filter((name) => name !== ''))].sort(
    (a, b) => b.length - a.length,
  );
  const pieces: MentionPiece[] = [];
  let plain = '';
  let index = 0;
  while (index < text.length) {
    const name = text[index] === '@' && startsWord(text, index) ? nameAt(text, index + 1, known) : null;
    if (name === null) {
      plain += text[index];
      index += 1;
      continue;
    }
    if (plain !== '') {
      pieces.push({ text: plain });
      plain = '';
    }
    pieces.push({ mention: name });
    index += 1 + name.length;
  }
  if (plain !== '') {
    pieces.push({ text: plain });
  }
  return pieces;
}

/** Whether a comment mentions this name. */
export function mentionsName(text: string, names: readonly string[], name: string): boolean {
  const wanted = name.trim().toLocaleLowerCase();
  return splitMentions(text, names).some(
    (piece) => 'mention' in piece && piece.mention.toLocaleLowerCase() === wanted,
  );
}

/** The `@name` being typed just before the caret, if any. */
export function mentionQuery(text: string, caret: number): MentionQuery | null {
  const before = text.slice(Math.max(0, caret - LONGEST_QUERY - 1), caret);
  const at = before.lastIndexOf('@');
  if (at < 0) {
    return null;
  }
  const start = caret - before.length + at;
  const query = text.slice(start + 1, caret);
  if (!startsWord(text, start) || /[\n@]/u.test(query) || /^\s/u.test(query)) {
    return null;
  }
  return { start, query };
}

/** The names a mention being typed may mean: those starting with it (or with a word starting with it). */
export function matchingNames(names: readonly string[], query: string): string[] {
  const wanted = query.toLocaleLowerCase();
  return [...new Set(names)]
    .filter((name) => {
      const lower = name.toLocaleLowerCase();
      return lower.startsWith(wanted) || lower.split(/\s+/u).some((word) => word.startsWith(wanted));
    })
    .sort((a, b) => a.localeCompare(b));
}

/** The text with the mention being typed completed to `@name `, and where the caret goes after it. */
export function completeMention(
  text: string,
  query: MentionQuery,
  name: string,
): { text: string; caret: number } {
  const end = query.start + 1 + query.query.length;
  const inserted = `@${name} `;
  const after = text.slice(end).replace(/^ /u, '');
  return { text: `${text.slice(0, query.start)}${inserted}${after}`, caret: query.start + inserted.length };
}

/** The names a person may mention: co-editors here now, and everyone who has written in a thread. */
export function mentionableNames(threads: readonly CommentThread[], present: readonly string[]): string[] {
  const names = new Set(present.map((name) => name.trim()).filter((name) => name !== ''));
  for (const thread of threads) {
    for (const comment of thread.comments) {
      names.add(comment.author.name);
    }
  }
  return [...names].sort((a, b) => a.localeCompare(b));
}

function startsWord(text: string, index: number): boolean {
  return index === 0 || BEFORE_MENTION.test(text[index - 1] ?? '');
}

function nameAt(text: string, start: number, names: readonly string[]): string | null {
  for (const name of names) {
    const candidate = text.slice(start, start + name.length);
    const next = text[start + name.length] ?? '';
    if (candidate.toLocaleLowerCase() === name.toLocaleLowerCase() && !NAME_CHARACTER.test(next)) {
      return candidate;
    }
  }
  return null;
}
