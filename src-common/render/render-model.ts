import * as Y from 'yjs';
import { BODY_FIELD, displayTitle, readLetterMeta } from '../letter/letter-doc';
import { bodyToJson, type ProseMirrorJson } from '../letter/prosemirror-json';
import { NOTE_REFERENCE_NODE, readNotes, type NoteRecord } from '../notes/notes-doc';
import { collectNoteReferences, numberNotes } from '../notes/numbering';
import { findUrls } from '../notes/url-checks';
import { withoutBidiControls, withoutBidiOverrides } from '../text/bidi-controls';
import {
  collatorLocale,
  readSignatoryDisplay,
  type SignatoryDisplay,
  type SignatoryGrouping,
} from '../signatories/display-settings';
import { publishedGroups, type SignatoryGroup } from '../signatories/grouping';
import type { Signatory } from '../signatories/signatory';
import { readSignatories } from '../signatories/signatories-doc';
import { placeText } from '../signatories/signatory-place';
import type { GroupHeadings } from './group-headings';
import type { RenderLetterhead } from './letterhead';
import { resolveSuggestionsInJson, type SuggestionOutcome } from '../suggestions/json-suggestions';

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

/** A signatory as plain text prints it: "Name" or "Name, Country". */
export function signatoryText(entry: RenderSignatory): string {
  const detail = entry.detail?.trim() ?? '';
  return detail === '' ? entry.name : `${entry.name}, ${detail}`;
}

/** A run of the signatory block under its own heading: a country ("Canada") or a tag ("Tibetan"). */
export interface RenderSignatoryGroup {
  heading: string;
  entries: readonly RenderSignatory[];
}

/** The signatory block: a heading, an optional "N organizations" sentence and the names in their chosen order. */
export interface RenderSignatories {
  heading: string;
  countSentence: string | null;
  entries: readonly RenderSignatory[];
  /** Set when the names are published under group headings; `entries` then holds the same names in the same order. */
  groups?: readonly RenderSignatoryGroup[];
  /** Columns on the web page and in the PDF; unset leaves the page's own flowing layout. */
  columns?: SignatoryColumns;
  /** "…and 40 more organizations", printed after the names when the letter counts signatories it does not list. */
  unlistedLine?: string;
}

/** Heading of the group of entries without a country or tag, in a published letter that has other groups. */
export const OTHER_GROUP = 'Other';

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
  /** Unset is `auto`. Ignored when `signatories` is given. */
  groupHeadings?: GroupHeadings;
  /** Pending suggested edits: unset or `rejected` publishes the agreed text, `accepted` takes them in. */
  suggestions?: SuggestionOutcome;
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
  const rawBody = resolveSuggestionsInJson(
    bodyToJson(doc.getXmlFragment(BODY_FIELD)),
    options.suggestions ?? 'rejected',
  );
  // Only references to notes that exist are numbered, so a published letter never skips a number; the dangling
  // references themselves are what `check` reports.
  const numbers = numberNotes(collectNoteReferences(rawBody).filter((id) => notesById.has(id)));
  const listed = options.signatories
    ? { entries: options.signatories.map(publishedSignatory) }
    : listedSignatories(doc, options.lang, options.groupHeadings ?? 'auto');
  return {
    lang: options.lang ?? 'en',
    title: withoutBidiControls(displayTitle(meta.title)),
    date: renderDate(meta.publicationDate),
    body: resolveReferences(rawBody, numbers),
    notesHeading: meta.notesHeading.trim() === '' ? 'Notes' : meta.notesHeading.trim(),
    notes: [...numbers].flatMap(([id, number]) => {
      const note = notesById.get(id);
      return note ? [renderNote(note, number)] : [];
    }),
    signatories: {
      heading: options.signatoriesHeading ?? 'Signed by',
      countSentence: options.countSentence
        ? organizationsSentence(listed.entries.length + meta.unlistedSignatories)
        : null,
      ...listed,
      ...(options.columns ? { columns: options.columns } : {}),
      ...(meta.unlistedSignatories > 0 ? { unlistedLine: unlistedLine(meta.unlistedSignatories) } : {}),
    },
    ...(options.letterhead ? { letterhead: options.letterhead } : {}),
  };
}

// The confirmed entries of the letter's own list, sorted and grouped as chosen in the signatories panel, chapters
// with their country.
function listedSignatories(
  doc: Y.Doc,
  lang: string | undefined,
  headings: GroupHeadings,
): Pick<RenderSignatories, 'entries' | 'groups'> {
  const display = readSignatoryDisplay(doc);
  const language = lang ?? 'en';
  const groups = publishedGroups(
    readSignatories(doc),
    display.grouping,
    collatorLocale(display, lang),
    language,
  );
  // One group under "No country" says nothing a reader needs: the list is published without headings.
  const headed =
    keepsHeadings(headings, display.grouping) && !(groups.length === 1 && isMissingGroup(groups[0], display));
  if (!headed) {
    return {
      entries: groups.flatMap((group) =>
        group.entries.map((entry) => renderSignatory(entry, true, language)),
      ),
    };
  }
  // Under a country's heading, repeating the country after every name would be noise; a chapter is still named.
  const withCountry = display.grouping !== 'country';
  const rendered = groups.map((group) => ({
    // The panel's "No country" is a to-do for the coordinator; in a published letter the rest are simply "Other".
    heading: isMissingGroup(group, display) ? OTHER_GROUP : withoutBidiControls(group.heading),
    entries: group.entries.map((entry) => renderSignatory(entry, withCountry, language)),
  }));
  return { entries: rendered.flatMap((group) => group.entries), groups: rendered };
}

function keepsHeadings(headings: GroupHeadings, grouping: SignatoryGrouping): boolean {
  return headings === 'all' || (headings === 'auto' && grouping !== 'alphabetical');
}

function isMissingGroup(group: SignatoryGroup | undefined, display: SignatoryDisplay): boolean {
  return display.grouping !== 'alphabetical' && group?.key === 'none';
}

function renderSignatory(entry: Signatory, withCountry: boolean, language: string): RenderSignatory {
  const detail = placeText({ country: withCountry ? entry.country : '', chapter: entry.chapter }, language);
  return publishedSignatory(detail ? { name: entry.name, detail } : { name: entry.name });
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
  return count === 1
    ? '1 organization has signed this letter.'
    : `${groupedThousands(count)} organizations have signed this letter.`;
}

/** "…and 40 more organizations": the line that ends a list naming only some of those who signed. */
export function unlistedLine(count: number): string {
  return count === 1 ? '…and 1 more organization' : `…and ${groupedThousands(count)} more organizations`;
}

function groupedThousands(count: number): string {
  return String(count).replace(/\B(?=(\d{3})+$)/gu, ',');
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
  const text = withoutBidiControls(note.text.trim());
  const url = withoutBidiControls(note.url.trim());
  // The address field is published with the note unless the note's text already cites it.
  const full = url !== '' && !text.includes(url) ? [text, url].filter((part) => part !== '').join(' ') : text;
  return { number, id: note.id, text: full, urls: [...new Set(findUrls(full))] };
}

function resolveReferences(node: ProseMirrorJson, numbers: ReadonlyMap<string, number>): ProseMirrorJson {
  if (node.type === 'text') {
    return publishedText(node);
  }
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

// A text node as published: no direction overrides in its words, and none of any direction control in its link.
function publishedText(node: ProseMirrorJson): ProseMirrorJson {
  const marks = node.marks?.map((mark) =>
    mark.type === 'link' && typeof mark.attrs?.href === 'string'
      ? { ...mark, attrs: { ...mark.attrs, href: withoutBidiControls(mark.attrs.href) } }
      : mark,
  );
  return {
    ...node,
    ...(node.text === undefined ? {} : { text: withoutBidiOverrides(node.text) }),
    ...(marks ? { marks } : {}),
  };
}

function publishedSignatory(entry: RenderSignatory): RenderSignatory {
  const name = withoutBidiControls(entry.name);
  return entry.detail === undefined ? { name } : { name, detail: withoutBidiControls(entry.detail) };
}
