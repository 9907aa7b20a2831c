import * as Y from 'yjs';
import { BODY_FIELD, displayTitle, readLetterMeta } from '../letter/letter-doc';
import { bodyToJson, type ProseMirrorJson } from '../letter/prosemirror-json';
import { NOTE_REFERENCE_NODE, readNotes, type NoteRecord } from '../notes/notes-doc';
import { collectNoteReferences, numberNotes } from '../notes/numbering';
import { findUrls } from '../notes/url-checks';
import { collatorLocale, readSignatoryDisplay } from '../signatories/display-settings';
import { publishedOrder } from '../signatories/grouping';
import { readSignatories } from '../signatories/signatories-doc';
import type { RenderLetterhead } from './letterhead';

/** One signatory as the signatory block shows it: an organization's name and an optional detail (a country). */
export interface RenderSignatory {
  name: string;
  detail?: string;
}

/** A note as published: its number, its text (with its address field when the text lacks it) and its addresses. */
export interface RenderNote {
  number: number;
  id: string;
  text: string;
  urls: string[];
}

/** The signatory block: a heading, an optional "N organizations" sentence and the names in their chosen order. */
export interface RenderSignatories {
  heading: string;
  countSentence: string | null;
  entries: readonly RenderSignatory[];
  /** Columns on the web page and in the PDF; unset leaves the page's own flowing layout. */
  columns?: SignatoryColumns;
}

/** How many columns the signatory block is laid out in. */
export type SignatoryColumns = 1 | 2 | 3;

/** The publication date, as stored (YYYY-MM-DD) and as written in the letter ("23 May 2022"). */
export interface RenderDate {
  iso: string;
  text: string;
}

/**
 * Everything an exporter needs, and nothing more: every format is made from this one model so that no two copies of
 * a letter can drift apart. In `body`, each `noteReference` node carries `number`, its note's number.
 */
export interface RenderModel {
  lang: string;
  title: string;
  date: RenderDate | null;
  body: ProseMirrorJson;
  notesHeading: string;
  notes: RenderNote[];
  signatories: RenderSignatories;
  /** An image printed at the top of the first page. */
  letterhead?: RenderLetterhead | null;
}

/** Choices made when exporting. */
export interface RenderOptions {
  /** The signatory block in its final order (the sign-on list does not exist yet, so the caller supplies it). */
  signatories?: readonly RenderSignatory[];
  /** Adds "N organizations have signed this letter." computed from the list. */
  countSentence?: boolean;
  /** The language of the letter (BCP 47), for `lang` and hyphenation. */
  lang?: string;
  signatoriesHeading?: string;
  columns?: SignatoryColumns;
  letterhead?: RenderLetterhead | null;
}

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** Reads the render model from a letter's Y.Doc. */
export function buildRenderModel(doc: Y.Doc, options: RenderOptions = {}): RenderModel {
  const meta = readLetterMeta(doc);
  const notesById = new Map(readNotes(doc).map((note) => [note.id, note]));
  const rawBody = bodyToJson(doc.getXmlFragment(BODY_FIELD));
  // Only references to notes that exist are numbered, so a published letter never skips a number; the dangling
  // references themselves are what `check` reports.
  const numbers = numberNotes(collectNoteReferences(rawBody).filter((id) => notesById.has(id)));
  const entries = options.signatories ?? listedSignatories(doc, options.lang);
  return {
    lang: options.lang ?? 'en',
    title: displayTitle(meta.title),
    date: renderDate(meta.publicationDate),
    body: resolveReferences(rawBody, numbers),
    notesHeading: meta.notesHeading.trim() === '' ? 'Notes' : meta.notesHeading.trim(),
    notes: [...numbers].flatMap(([id, number]) => {
      const note = notesById.get(id);
      return note ? [renderNote(note, number)] : [];
    }),
    signatories: {
      heading: options.signatoriesHeading ?? 'Signed by',
      countSentence: options.countSentence ? organizationsSentence(entries.length) : null,
      entries,
      ...(options.columns ? { columns: options.columns } : {}),
    },
    ...(options.letterhead ? { letterhead: options.letterhead } : {}),
  };
}

// The confirmed entries of the letter's own list, sorted and grouped as chosen in the signatories panel, chapters
// with their country.
function listedSignatories(doc: Y.Doc, lang: string | undefined): RenderSignatory[] {
  const display = readSignatoryDisplay(doc);
  return publishedOrder(readSignatories(doc), display.grouping, collatorLocale(display, lang)).map((entry) =>
    entry.country ? { name: entry.name, detail: entry.country } : { name: entry.name },
  );
}

/** Reads the render model from a letter's saved state (a Yjs update, as in a letter file's `yjsState`). */
export function renderModelFromState(state: Uint8Array, options: RenderOptions = {}): RenderModel {
  const doc = new Y.Doc();
  try {
    Y.applyUpdate(doc, state);
    return buildRenderModel(doc, options);
  } finally {
    doc.destroy();
  }
}

/** "230 organizations have signed this letter.", with thousands grouped the same way on every machine. */
export function organizationsSentence(count: number): string {
  const grouped = String(count).replace(/\B(?=(\d{3})+$)/gu, ',');
  return count === 1
    ? '1 organization has signed this letter.'
    : `${grouped} organizations have signed this letter.`;
}

/** A YYYY-MM-DD date written out in English, or null when the letter has none. */
export function renderDate(iso: string): RenderDate | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/u.exec(iso);
  const month = MONTHS[Number(match?.[2]) - 1];
  if (!match || month === undefined) {
    return null;
  }
  return { iso, text: `${Number(match[3])} ${month} ${match[1]}` };
}

function renderNote(note: NoteRecord, number: number): RenderNote {
  const text = note.text.trim();
  const url = note.url.trim();
  // The address field is published with the note unless the note's text already cites it.
  const full = url !== '' && !text.includes(url) ? [text, url].filter((part) => part !== '').join(' ') : text;
  return { number, id: note.id, text: full, urls: [...new Set(findUrls(full))] };
}

function resolveReferences(node: ProseMirrorJson, numbers: ReadonlyMap<string, number>): ProseMirrorJson {
  if (node.type === NOTE_REFERENCE_NODE) {
    const noteId = node.attrs?.noteId;
    const number = typeof noteId === 'string' ? numbers.get(noteId) : undefined;
    return { type: node.type, attrs: { ...node.attrs, number: number ?? null } };
  }
  if (!node.content) {
    return node;
  }
  return { ...node, content: node.content.map((child) => resolveReferences(child, numbers)) };
}
