import * as Y from 'yjs';
import { BODY_FIELD, MAX_UNLISTED_SIGNATORIES, seedLetter, updateLetterMeta } from '../letter/letter-doc';
import { addNote } from '../notes/notes-doc';
import { findUrls } from '../notes/url-checks';
import { readPastedList } from '../signatories/cleanup/pasted-list';
import { recordCleanups } from '../signatories/cleanup/cleanup-history';
import { cleanupRecords, type CleanupStamp } from '../signatories/cleanup/cleanup-record';
import { addSignatories, dismissSuggestions } from '../signatories/signatories-doc';
import { fitsSignatory, signatorySchema, type SignatoryKind } from '../signatories/signatory';
import { placeFromText } from '../signatories/signatory-place';
import {
  acceptedExcept,
  applySuggestions,
  type BlockEntry,
  type BlockParse,
} from '../signatories/cleanup/suggestions';
import { blockTexts, bodyBlocks, writeBodyBlocks } from './body-blocks';
import { readFrontMatter } from './front-matter';
import { ImportTooLarge } from '../limits';
import { textWithAddresses } from '../text/inline-marks';
import { parseNotesBlock, type ParsedNote } from './notes-block';
import { findPublicationDate } from './segment-junk';
import { subjectInHead } from './segment-title';
import { signatoryBlockLines } from './segment-signatory-lines';
import {
  blockLines,
  headingOf,
  lineText,
  linesOf,
  normaliseSegments,
  segmentLetter,
  splitLines,
  type LetterSegments,
} from './segment';

/** What an import turned a pasted text into, before the signatory block is cleaned up. */
export interface ImportedLetter {
  doc: Y.Doc;
  segments: LetterSegments;
  title: string;
  paragraphs: string[];
  notes: { number: number; text: string; urls: string[] }[];
  /** Body markers "[n]" with no note n. */
  missingNotes: number[];
  /** Notes no marker refers to. */
  unusedNotes: number[];
  /** The raw lines of the signatory block. */
  signatoryLines: string[];
  /** What the clean-up engine made of the signatory block: entries, suggestions and problems. */
  signatoryBlock: BlockParse;
  /** The clean-up suggestions accepted: all but the ones the review dismissed. */
  accepted: Set<string>;
  /** The signatories with the accepted clean-up suggestions applied, as the report lists them. */
  signatories: { name: string; country?: string; kind?: SignatoryKind }[];
  /** How many more signed than the block names ("…and 40 more organizations"). */
  unlisted: number;
  /** The text around the letter, left out of it: a news lede before it, the page's lines after it. */
  aroundText: string;
}

/** Choices the review screen made: where each part of the text starts and ends. */
export interface ImportOptions {
  segments?: LetterSegments | undefined;
  /** Clean-up suggestions the person dismissed; every other one is applied. */
  dismissed?: readonly string[] | undefined;
  /** When and by whom, for the record of each clean-up kept with the signatories; today, unnamed, if absent. */
  stamp?: CleanupStamp | undefined;
}

/**
 * Builds a new letter from imported text (plain, or Markdown-style as the HTML and Word readers write it): title,
 * body blocks with their bold, italic and links and with note references where "[n]" matches a note, the notes,
 * and the signatories. `newId` makes ids (the caller has the random source). Throws {@link ImportTooLarge} for a
 * list of more signatories than IMPORT_LIMITS allows.
 */
export function importLetterText(
  text: string,
  newId: () => string,
  options: ImportOptions = {},
): ImportedLetter {
  const lines = splitLines(text);
  const front = readFrontMatter(lines);
  const segments = options.segments
    ? normaliseSegments(options.segments, lines.length)
    : segmentLetter(lines, { from: front.lineCount, knownTitle: front.title });
  // A letter that opens with its head after a news lede ("A seguir, a íntegra da carta:", then the date and the
  // addressees) has no title line; its "Assunto:" line gives the title, and stays in the body with the head.
  const subject = subjectOfBody(lines, segments);
  const title = titleText(
    subject === null ? linesOf(lines, segments.title) : [lines[subject] ?? ''],
    front.title,
  );
  // Read first: a list over the signatory limit is refused before anything else is built.
  const signatoryRaw = signatoryBlockLines(lines, segments.signatories);
  const signatoryLines = signatoryRaw.lines.map(lineText);
  // The list reader gets the lines with their marks: bold, links and table cells tell where a name ends.
  const signatoryBlock = readSignatoryBlock(signatoryRaw.lines);
  // Letter text has one block a line: Markdown's wrapped lines were joined when it was read (letterTextFrom).
  const blocks = bodyBlocks(linesOf(lines, segments.body));
  const parsedNotes = parseNotesBlock(blockLines(lines, segments.notes).map(textWithAddresses));
  const doc = new Y.Doc();
  Y.applyUpdate(doc, seedLetter(title));
  const noteIds = new Map(parsedNotes.map((note) => [note.number, newId()]));
  // One transaction for all the notes: a transaction per note makes a long notes block slow to import.
  doc.transact(() => {
    parsedNotes.forEach((note) => addNote(doc, noteIds.get(note.number) ?? newId(), { text: note.text }));
  });
  const heading = headingOf(lines, segments.notes);
  const published = front.date ?? findPublicationDate(lines, segments);
  const unlisted = Math.min(signatoryBlock.unlisted, MAX_UNLISTED_SIGNATORIES);
  updateLetterMeta(doc, {
    ...(heading ? { notesHeading: heading } : {}),
    ...(published ? { publicationDate: published } : {}),
    ...(unlisted > 0 ? { unlistedSignatories: unlisted } : {}),
  });
  let referenced = new Set<number>();
  doc.transact(() => {
    referenced = writeBodyBlocks(doc.getXmlFragment(BODY_FIELD), blocks, noteIds);
  });
  const paragraphs = blockTexts(blocks);
  const accepted = acceptedExcept(signatoryBlock, options.dismissed ?? []);
  // A "name" too long for a signatory is left out; the block's problems say so.
  const cleaned = withHeadingKinds(
    withDescriptions(
      applySuggestions(signatoryBlock, accepted).filter(fitsSignatory),
      signatoryRaw.descriptions,
    ),
    signatoryRaw.kinds,
  );
  const signatories = cleaned.map((entry) => ({
    name: entry.name,
    ...(entry.country ? { country: entry.country } : {}),
    ...(entry.kind ? { kind: entry.kind } : {}),
  }));
  addCleanedSignatories(doc, cleaned, newId, {
    parse: signatoryBlock,
    accepted,
    stamp: options.stamp ?? { on: new Date().toISOString().slice(0, 10), by: '' },
  });
  return {
    doc,
    segments,
    title,
    paragraphs,
    notes: parsedNotes.map((note) => ({ number: note.number, text: note.text, urls: findUrls(note.text) })),
    missingNotes: missingMarkers(paragraphs, parsedNotes),
    unusedNotes: parsedNotes.map((note) => note.number).filter((number) => !referenced.has(number)),
    signatoryLines,
    signatoryBlock,
    accepted,
    signatories,
    unlisted,
    aroundText: [...linesOf(lines, segments.preamble), ...linesOf(lines, segments.junk)]
      .map(lineText)
      .join('\n'),
  };
}

/**
 * Adds the cleaned list with the record of each accepted clean-up, and remembers the dismissed suggestions, so
 * "Paste a list…" does not offer them again on this letter.
 */
function addCleanedSignatories(
  doc: Y.Doc,
  cleaned: readonly BlockEntry[],
  newId: () => string,
  choices: { parse: BlockParse; accepted: ReadonlySet<string>; stamp: CleanupStamp },
): void {
  const ids = new Map(cleaned.map((entry) => [entry.id, newId()]));
  const records = cleanupRecords(choices.parse, choices.accepted, choices.stamp);
  doc.transact(() => {
    // A published letter's signatories have all signed: they come in as confirmed.
    addSignatories(
      doc,
      cleaned.map((entry) =>
        signatorySchema.parse({
          id: ids.get(entry.id) ?? newId(),
          name: entry.name,
          // The place as written: a country's name becomes its code, anything else is the chapter.
          ...placeFromText(entry.country),
          ...(entry.note ? { note: entry.note } : {}),
          ...(entry.kind ? { kind: entry.kind } : {}),
          status: 'confirmed',
        }),
      ),
    );
    recordCleanups(
      doc,
      new Map(
        [...records].flatMap(([entryId, kept]) => {
          const id = ids.get(entryId);
          return id === undefined ? [] : [[id, kept] as const];
        }),
      ),
    );
    dismissSuggestions(
      doc,
      choices.parse.suggestions.map((suggestion) => suggestion.id).filter((id) => !choices.accepted.has(id)),
    );
  });
}

/**
 * The title from its lines: a headline wrapped over two lines is one title, and a "Subject:" label is not part of
 * it. A line that only repeats part of the front matter's title gives way to the whole of it.
 */
function titleText(titleLines: readonly string[], known: string | undefined): string {
  const text = titleLines
    .map(lineText)
    .join(' ')
    .replace(/^(?:subject|re|betreff|assunto|asunto|objet|oggetto|onderwerp)\s*[:：]\s*/iu, '')
    // Chinese prints a title between book-title marks: 《譴責打壓結社自由公民權利不容讓步》.
    .replace(/^《([^《》]+)》$/u, '$1');
  if (known !== undefined && (text === '' || comparable(known).includes(comparable(text)))) {
    return known;
  }
  return text;
}

/** The "Subject:" line at the head of the body when the title part is empty, or null. */
function subjectOfBody(lines: readonly string[], segments: LetterSegments): number | null {
  const { title, body } = segments;
  if (title.end > title.start || body.end <= body.start) {
    return null;
  }
  // The head is the first few lines: a long body is not read to its end.
  const head = lines.slice(body.start, Math.min(body.end, body.start + 60)).map(lineText);
  const index = subjectInHead(head, 0, head.length);
  return index === null ? null : body.start + index;
}

function comparable(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** The signatory block read by the clean-up engine; throws {@link ImportTooLarge} past the signatory limit. */
function readSignatoryBlock(lines: readonly string[]): BlockParse {
  const list = readPastedList(lines.join('\n'));
  if (list.refusal !== undefined) {
    throw new ImportTooLarge(list.refusal);
  }
  return list.parse;
}

// The longest note a signatory holds (see signatorySchema).
const MAX_NOTE_LENGTH = 2000;

/** A sentence the block gives about a name ("EFF is the leading civil liberties group…") becomes its note. */
function withDescriptions(
  entries: readonly BlockEntry[],
  descriptions: ReadonlyMap<number, string>,
): BlockEntry[] {
  if (descriptions.size === 0) {
    return [...entries];
  }
  return entries.map((entry) => {
    const description = descriptions.get(entry.line - 1);
    if (description === undefined) {
      return entry;
    }
    const note = [entry.note, description].filter((part) => part !== undefined && part !== '').join('; ');
    return { ...entry, note: note.slice(0, MAX_NOTE_LENGTH) };
  });
}

/**
 * The kind the group's heading names ("Individuals:", "Organizações") is each of its entries': the letter says it,
 * so it stands over what a name's own words suggested.
 */
function withHeadingKinds(
  entries: readonly BlockEntry[],
  kinds: ReadonlyMap<number, SignatoryKind>,
): BlockEntry[] {
  if (kinds.size === 0) {
    return [...entries];
  }
  return entries.map((entry) => {
    const kind = kinds.get(entry.line - 1);
    return kind === undefined || kind === entry.kind ? entry : { ...entry, kind };
  });
}

function missingMarkers(paragraphs: readonly string[], notes: readonly ParsedNote[]): number[] {
  const known = new Set(notes.map((note) => note.number));
  const markers = paragraphs.flatMap((paragraph) =>
    [...paragraph.matchAll(/\[\^?(\d{1,3})\]/gu)].map((match) => Number(match[1])),
  );
  return [...new Set(markers.filter((number) => !known.has(number)))];
}
