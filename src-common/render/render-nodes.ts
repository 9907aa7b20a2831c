import type { ProseMirrorJson } from '../letter/prosemirror-json';
import { NOTE_REFERENCE_NODE } from '../notes/notes-doc';
import { findUrls } from '../notes/url-checks';

// What every exporter asks of the body's ProseMirror JSON, answered once so that all formats read it alike.

const LINK_PROTOCOLS = new Set(['http:', 'https:', 'mailto:']);

/**
 * The address a link may point to in a published letter: web and e-mail addresses only. Anything else
 * (`javascript:`, `data:`, relative or malformed addresses) yields null, and exporters then print the text alone.
 */
export function safeHref(raw: unknown): string | null {
  if (typeof raw !== 'string' || raw.trim() === '') {
    return null;
  }
  let url: URL;
  try {
    url = new URL(raw.trim());
  } catch {
    return null;
  }
  // The parsed form is returned, not the raw one: the parser already dropped the tabs and line breaks that can
  // disguise a scheme, so what is checked is exactly what is linked.
  return LINK_PROTOCOLS.has(url.protocol) ? url.href : null;
}

/** The link a text node carries, when it carries one that may be published. */
export function linkOf(node: ProseMirrorJson): string | null {
  const link = node.marks?.find((mark) => mark.type === 'link');
  return link ? safeHref(link.attrs?.href) : null;
}

/** Whether a text node carries a mark. */
export function hasMark(node: ProseMirrorJson, type: string): boolean {
  return node.marks?.some((mark) => mark.type === type) ?? false;
}

/** A block's text direction as the editor stored it; `auto` when none, so Uyghur paragraphs still read right to left. */
export function directionOf(node: ProseMirrorJson): 'ltr' | 'rtl' | 'auto' {
  const dir = node.attrs?.dir;
  return dir === 'ltr' || dir === 'rtl' ? dir : 'auto';
}

const RIGHT_TO_LEFT_LETTER =
  /[\p{Script=Arabic}\p{Script=Hebrew}\p{Script=Syriac}\p{Script=Thaana}\p{Script=Nko}]/u;

/**
 * Whether text reads right to left, judged as browsers judge `dir="auto"`: by its first letter. Formats without an
 * "auto" direction (Word) need the answer spelled out, or an untagged Uyghur paragraph would run left to right.
 */
export function isRightToLeftText(text: string): boolean {
  const first = /\p{L}/u.exec(text)?.[0];
  return first !== undefined && RIGHT_TO_LEFT_LETTER.test(first);
}

/** A block's direction as it will read: as stored, else from its first letter. */
export function resolvedDirection(node: ProseMirrorJson): 'ltr' | 'rtl' {
  const stored = directionOf(node);
  if (stored !== 'auto') {
    return stored;
  }
  return isRightToLeftText(plainTextOf(node)) ? 'rtl' : 'ltr';
}

/** A heading's level, kept between 1 and 6; 1 when missing or malformed. */
export function headingLevel(node: ProseMirrorJson): number {
  const level = node.attrs?.level;
  return typeof level === 'number' && Number.isInteger(level) ? Math.min(Math.max(level, 1), 6) : 1;
}

/** The first number of an ordered list. */
export function listStart(node: ProseMirrorJson): number {
  const start = node.attrs?.start;
  return typeof start === 'number' && Number.isInteger(start) && start >= 0 ? start : 1;
}

/** The note number a reference resolves to, or null for a reference whose note does not exist. */
export function noteNumberOf(node: ProseMirrorJson): number | null {
  if (node.type !== NOTE_REFERENCE_NODE) {
    return null;
  }
  const number = node.attrs?.number;
  return typeof number === 'number' ? number : null;
}

/** The text of a node and its descendants (note references and breaks left out). */
export function plainTextOf(node: ProseMirrorJson): string {
  if (node.type === 'text') {
    return node.text ?? '';
  }
  return (node.content ?? []).map(plainTextOf).join('');
}

/** A piece of a note's text: prose, or a web address to link. */
export type NoteTextPiece = { text: string } | { url: string; href: string | null };

/** Splits a note's text at its web addresses, so each exporter can link them in its own way. */
export function splitAtUrls(text: string): NoteTextPiece[] {
  const pieces: NoteTextPiece[] = [];
  let rest = text;
  for (const url of findUrls(text)) {
    const at = rest.indexOf(url);
    if (at < 0) {
      continue;
    }
    if (at > 0) {
      pieces.push({ text: rest.slice(0, at) });
    }
    const withScheme = url.toLowerCase().startsWith('www.') ? `https://${url}` : url;
    pieces.push({ url, href: safeHref(withScheme) });
    rest = rest.slice(at + url.length);
  }
  if (rest !== '') {
    pieces.push({ text: rest });
  }
  return pieces;
}

/** A run of inline nodes that share one link (or none): exporters write one link per run, not one per mark change. */
export interface LinkRun {
  href: string | null;
  nodes: ProseMirrorJson[];
}

/** Groups a block's inline children into runs of the same link. */
export function linkRuns(nodes: readonly ProseMirrorJson[]): LinkRun[] {
  const runs: LinkRun[] = [];
  for (const node of nodes) {
    const href = node.type === 'text' ? linkOf(node) : null;
    const last = runs.at(-1);
    if (last && href !== null && last.href === href) {
      last.nodes.push(node);
    } else {
      runs.push({ href, nodes: [node] });
    }
  }
  return runs;
}
