import { appendAll, pushTo } from '../collections';

/** A problem with a web address in a note, with the fix where one is certain enough to offer in one click. */
export interface UrlIssue {
  kind: 'split-url' | 'missing-scheme' | 'unbalanced-brackets' | 'insecure-url' | 'duplicate-url';
  /** The address as written. */
  url: string;
  message: string;
  /** Replace `find` in the note's text with `replace`. */
  fix?: { find: string; replace: string };
}

const URL_START = /(?:https?:\/\/|www\.)[^\s<>"“”‘’]+/giu;
const URL_CHARACTERS = /^[A-Za-z0-9\-._~%/?#&=+:@!$*,;]+$/u;
const JOINERS = /^[-/?#&=_.]/u;
const TRAILING = /[.,;:!?'’”)\]]+$/u;
const NEXT_WORD = /([ \t]+|[ \t]*\n[ \t]*)(\S+)/uy;
// Only spaces, or a ";", before the line ends.
const LINE_ENDS = /[^\S\n\r\u2028\u2029]*(?:;|$)/muy;

/** The web addresses in a note's text, as written (trailing punctuation removed, broken addresses left broken). */
export function findUrls(text: string): string[] {
  return [...text.matchAll(URL_START)].map((match) => trimTrailing(match[0]));
}

/**
 * Finds what breaks the addresses of one note: a space or line break inside an address (as PDFs leave them:
 * "…michelle-bachelet -after-official", "…human-r ights"), a missing scheme, an unbalanced bracket, and `http://`
 * where the library knows the `https://` address.
 */
export function checkNoteUrls(text: string, secureUrls: ReadonlySet<string> = new Set()): UrlIssue[] {
  const issues: UrlIssue[] = [];
  for (const match of text.matchAll(URL_START)) {
    const url = trimTrailing(match[0]);
    const split = splitContinuation(text, (match.index ?? 0) + match[0].length, match[0]);
    if (split) {
      issues.push({
        kind: 'split-url',
        url,
        message: `This address is broken by a space or line break. Did you mean ${match[0] + split.fragment}?`,
        fix: { find: match[0] + split.gap + split.fragment, replace: match[0] + split.fragment },
      });
    }
    appendAll(issues, shapeIssues(url, secureUrls));
  }
  return issues;
}

/** Addresses that appear in more than one note: one `duplicate-url` issue per repeat, naming the other notes. */
export function findDuplicateUrls(notes: readonly { id: string; text: string }[]): Map<string, UrlIssue[]> {
  const owners = new Map<string, string[]>();
  for (const note of notes) {
    for (const url of new Set(findUrls(note.text))) {
      pushTo(owners, url, note.id);
    }
  }
  const issues = new Map<string, UrlIssue[]>();
  for (const [url, ids] of owners) {
    if (ids.length < 2) {
      continue;
    }
    for (const id of ids) {
      const issue: UrlIssue = {
        kind: 'duplicate-url',
        url,
        message: `The same address is cited in ${ids.length} notes.`,
      };
      pushTo(issues, id, issue);
    }
  }
  return issues;
}

function shapeIssues(url: string, secureUrls: ReadonlySet<string>): UrlIssue[] {
  const issues: UrlIssue[] = [];
  if (url.toLowerCase().startsWith('www.')) {
    issues.push({
      kind: 'missing-scheme',
      url,
      message: 'This address has no https:// in front.',
      fix: { find: url, replace: `https://${url}` },
    });
  }
  if (count(url, '(') !== count(url, ')') || count(url, '[') !== count(url, ']')) {
    issues.push({
      kind: 'unbalanced-brackets',
      url,
      message: 'This address has a bracket that is never closed or opened.',
    });
  }
  const secure = url.replace(/^http:\/\//iu, 'https://');
  if (secure !== url && secureUrls.has(secure)) {
    issues.push({
      kind: 'insecure-url',
      url,
      message: 'The library has this address with https://.',
      fix: { find: url, replace: secure },
    });
  }
  return issues;
}

/**
 * The fragment after a space that continues an address: it starts like the rest of a path ("-after-official",
 * "/page"), or it is made of address characters only and ends the line ("ights", "oms-china?LangID=E").
 */
function splitContinuation(
  text: string,
  end: number,
  head: string,
): { gap: string; fragment: string } | null {
  // Read in place (sticky) and only as far as needed: copying the rest of the note, or reading to the end of the line
  // for every address, made a note with many addresses quadratic (seconds at 40 KB).
  NEXT_WORD.lastIndex = end;
  const rest = NEXT_WORD.exec(text);
  if (!rest?.[1] || !rest[2]) {
    return null;
  }
  const [, gap, token] = rest;
  LINE_ENDS.lastIndex = NEXT_WORD.lastIndex;
  const fragment = trimTrailing(token);
  if (!URL_CHARACTERS.test(fragment) || /^(https?:|www\.)/iu.test(fragment)) {
    return null;
  }
  const endsLine = LINE_ENDS.test(text);
  const looksJoined = JOINERS.test(fragment) || /[-/]$/u.test(head);
  // A plain word after an address joins it only when the line ends there and either the word carries address
  // punctuation ("oms-china?LangID=E") or the address stops mid-word ("…human-r" + "ights").
  const looksCut = /[-/?=&.#_]/u.test(fragment) || /-[A-Za-z0-9]{1,2}$/u.test(head);
  const acrossLines = gap.includes('\n');
  const joins = acrossLines ? looksJoined && endsLine : looksJoined || (endsLine && looksCut);
  return joins ? { gap, fragment } : null;
}

function trimTrailing(url: string): string {
  const trimmed = url.replace(TRAILING, '');
  // A closing bracket that belongs to the address (as in Wikipedia links) is kept.
  return url.endsWith(')') && count(trimmed, '(') > count(trimmed, ')') ? `${trimmed})` : trimmed;
}

function count(text: string, character: string): number {
  return text.split(character).length - 1;
}
