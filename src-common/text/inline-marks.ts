import { appendAll } from '../collections';
/** A stretch of text with the same formatting. */
export interface TextRun {
  text: string;
  bold?: boolean;
  italic?: boolean;
  /** The address the run links to. */
  href?: string;
}

type Marks = Omit<TextRun, 'text'>;

const LINK = /^\[([^\]\n]+)\]\(\s*<?([^)\s>]+)>?\s*\)/u;
const AUTOLINK = /^<((?:https?:\/\/|mailto:)[^>\s]+)>/iu;
const BARE_URL = /^(?:https?:\/\/|www\.)[^\s<>"]*/iu;
// "." too: a paragraph's typed number ("1\. …") is escaped so it is not read as a list's (see keepTypedNumber).
const ESCAPED = /^\\([\\*_[\]()#`~>!.-])/u;
const ALLOWED_LINK = /^(?:https?:\/\/|mailto:)/iu;
// The characters anything above can start with: an escape, an address, a link, a delimiter. Text up to the next
// of them is plain and is taken whole, not tried against every pattern character by character: a letter of
// 100,000 lines is read this way three times (segments, body, report).
const MARKUP_START = /[\\<[*_hw]/iu;

/**
 * Reads the inline formatting of one line of imported text, written the Markdown way: **bold**, *italic* or
 * _italic_, [text](address). Imports from HTML and Word write their formatting this way too, so one reader serves
 * all. A delimiter with no partner, an underscore inside a word and anything inside a bare address stay text.
 */
export function parseInline(line: string, marks: Marks = {}): TextRun[] {
  if (!/[*_[\\<]/u.test(line)) {
    return line === '' ? [] : [{ text: line, ...marks }];
  }
  const runs: TextRun[] = [];
  let plain = '';
  const flush = () => {
    if (plain !== '') {
      runs.push({ text: plain, ...marks });
      plain = '';
    }
  };
  const closing: LinkClosing = { from: 0, at: -2, tail: false };
  const closers: CloserCache = new Map();
  let index = 0;
  while (index < line.length) {
    const rest = line.slice(index);
    const plainLength = rest.search(MARKUP_START);
    if (plainLength !== 0) {
      plain += plainLength < 0 ? rest : rest.slice(0, plainLength);
      index = plainLength < 0 ? line.length : index + plainLength;
      continue;
    }
    const literal = ESCAPED.exec(rest) ?? (atWordStart(line, index) ? BARE_URL.exec(rest) : null);
    if (literal) {
      plain += literal[0].startsWith('\\') ? (literal[1] ?? '') : literal[0];
      index += literal[0].length;
      continue;
    }
    const inner = formattedAt(line, index, marks, { closing, closers });
    if (inner) {
      flush();
      appendAll(runs, inner.runs);
      index = inner.end;
      continue;
    }
    plain += line[index] ?? '';
    index += 1;
  }
  flush();
  return runs;
}

/** The line's text without its formatting (a link keeps its words, not its address). */
export function plainText(line: string): string {
  return parseInline(line)
    .map((run) => run.text)
    .join('');
}

/**
 * The line's text for a note, where addresses matter: a link keeps its address after its words. A link that shows
 * its own address with a space where the address has "%20" ("…/Stadt- Bonn_Bericht.pdf" to "…/Stadt-%20Bonn_…")
 * is that address: it is written once, as the link goes, not broken at the space beside it.
 */
export function textWithAddresses(line: string): string {
  const runs = parseInline(line);
  return runs
    .map((run, index) => {
      const linkEnds = run.href !== undefined && runs[index + 1]?.href !== run.href;
      if (!linkEnds || run.href === undefined) {
        return run.text;
      }
      const alone = runs[index - 1]?.href !== run.href;
      if (alone && run.text !== run.href && run.text.trim().replace(/ /gu, '%20') === run.href) {
        return run.href;
      }
      const words = runs
        .slice(0, index + 1)
        .filter((other) => other.href === run.href)
        .map((other) => other.text)
        .join('');
      return words.includes(run.href) ? run.text : `${run.text} (${run.href})`;
    })
    .join('');
}

function formattedAt(
  line: string,
  index: number,
  marks: Marks,
  { closing, closers }: { closing: LinkClosing; closers: CloserCache },
): { runs: TextRun[]; end: number } | null {
  const rest = line.slice(index);
  const autolink = AUTOLINK.exec(rest);
  if (autolink?.[1] && marks.href === undefined) {
    return { runs: [{ text: autolink[1], ...marks, href: autolink[1] }], end: index + autolink[0].length };
  }
  const link = mayLink(line, index, closing) ? LINK.exec(rest) : null;
  if (link && marks.href === undefined) {
    const href = link[2] ?? '';
    const allowed = ALLOWED_LINK.test(href);
    const runs = parseInline(link[1] ?? '', allowed ? { ...marks, href } : marks);
    return { runs, end: index + link[0].length };
  }
  for (const delimiter of ['***', '**', '__', '*', '_']) {
    if (!rest.startsWith(delimiter) || !canOpen(line, index, delimiter)) {
      continue;
    }
    const close = cachedCloser(line, index + delimiter.length, delimiter, closers);
    if (close === null) {
      continue;
    }
    const added: Marks = delimiter.length === 1 ? { italic: true } : { bold: true };
    const runs = parseInline(line.slice(index + delimiter.length, close), {
      ...marks,
      ...added,
      ...(delimiter === '***' ? { italic: true } : {}),
    });
    return { runs, end: close + delimiter.length };
  }
  return null;
}

/**
 * The first "]" at or after `from` in the line being read (-1: none; -2: not looked for yet), and whether a
 * well-formed "(address)" follows it. A link's words end at the first "]", so every "[" before it shares the
 * answer: searching afresh at each "[" made a long line of "[" quadratic (over a minute at 380 KB).
 */
interface LinkClosing {
  from: number;
  at: number;
  tail: boolean;
}

const LINK_TAIL = /\(\s*<?[^)\s>]+>?\s*\)/uy;

/** Whether a link can start at `index`: its first "]" is followed by a well-formed "(address)". */
function mayLink(line: string, index: number, closing: LinkClosing): boolean {
  const known = closing.at !== -2 && closing.from <= index && (closing.at === -1 || closing.at >= index);
  if (!known) {
    const at = line.indexOf(']', index);
    LINK_TAIL.lastIndex = at + 1;
    Object.assign(closing, { from: index, at, tail: at !== -1 && LINK_TAIL.test(line) });
  }
  return closing.tail;
}

function canOpen(line: string, index: number, delimiter: string): boolean {
  const next = line[index + delimiter.length] ?? ' ';
  const before = line[index - 1] ?? ' ';
  if (/\s/u.test(next) || next === delimiter[0]) {
    return false;
  }
  return !delimiter.startsWith('_') || !/[\p{L}\p{N}]/u.test(before);
}

/**
 * The last closer search per delimiter in the line being read: where it started and what it found. The first closer
 * after a later start is the same one while that start is still before it (and none when none was found), so a
 * line of openers with no closer ("*a *a *a …") is searched once instead of once per opener (86 s at 150 KB).
 */
type CloserCache = Map<string, { from: number; at: number | null }>;

function cachedCloser(line: string, from: number, delimiter: string, cache: CloserCache): number | null {
  const known = cache.get(delimiter);
  if (known && known.from <= from && (known.at === null || from + 1 <= known.at)) {
    return known.at;
  }
  const at = findCloser(line, from, delimiter);
  cache.set(delimiter, { from, at });
  return at;
}

function findCloser(line: string, from: number, delimiter: string): number | null {
  for (let at = line.indexOf(delimiter, from + 1); at !== -1; at = line.indexOf(delimiter, at + 1)) {
    const before = line[at - 1] ?? ' ';
    const after = line[at + delimiter.length] ?? ' ';
    const partOfLonger = after === delimiter[0] || before === delimiter[0];
    const wordInside = delimiter.startsWith('_') && /[\p{L}\p{N}]/u.test(after);
    if (!/\s/u.test(before) && !partOfLonger && !wordInside) {
      return at;
    }
  }
  return null;
}

function atWordStart(line: string, index: number): boolean {
  return index === 0 || /[\s(<"'“‘[]/u.test(line[index - 1] ?? ' ');
}

/** Writes runs back as a line of Markdown-style text (what {@link parseInline} reads). */
export function runsToMarkup(runs: readonly TextRun[]): string {
  let out = '';
  let index = 0;
  while (index < runs.length) {
    const href = runs[index]?.href;
    let end = index + 1;
    while (end < runs.length && runs[end]?.href === href) {
      end += 1;
    }
    const inner = runs
      .slice(index, end)
      .map((run) => emphasised(run))
      .join('');
    out += href === undefined || inner.trim() === '' ? inner : linked(inner, href);
    index = end;
  }
  return out;
}

function linked(inner: string, href: string): string {
  const words = inner.trim();
  const lead = inner.slice(0, inner.length - inner.trimStart().length);
  const trail = inner.slice(inner.trimEnd().length);
  return words === href ? `${lead}${href}${trail}` : `${lead}[${words}](${href})${trail}`;
}

function emphasised(run: TextRun): string {
  const delimiter = `${run.bold ? '**' : ''}${run.italic ? '*' : ''}`;
  const words = run.text.trim();
  if (delimiter === '' || words === '') {
    return run.text;
  }
  const lead = run.text.slice(0, run.text.length - run.text.trimStart().length);
  const trail = run.text.slice(run.text.trimEnd().length);
  return `${lead}${delimiter}${words}${[...delimiter].reverse().join('')}${trail}`;
}
