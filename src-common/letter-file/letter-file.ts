import * as Y from 'yjs';
import { z } from 'zod';
import { letterIdSchema } from '../api/letters-schemas';
import { hasControlCharacter } from '../text/text-rules';
import { findThreadAnchors, inDocumentOrder } from '../comments/anchors';
import { readThreads } from '../comments/threads-doc';
import { base64Schema, decodeBinary, encodeBinary } from '../letter/encoding';
import { BODY_FIELD, letterMetaSchema, readLetterMeta } from '../letter/letter-doc';
import { readNotes, type NoteRecord } from '../notes/notes-doc';
import { collectNoteReferences, numberNotes } from '../notes/numbering';
import { bodyToJson, proseMirrorJsonSchema, type ProseMirrorJson } from '../letter/prosemirror-json';
import { collatorLocale, readSignatoryDisplay } from '../signatories/display-settings';
import { sortSignatories } from '../signatories/grouping';
import { readSignatories } from '../signatories/signatories-doc';

/** The `format` field every letter file carries. */
export const LETTER_FILE_FORMAT = 'undersigned-letter';

/** The version of the letter file's schema this app writes and reads. */
export const LETTER_FILE_VERSION = 1;

/** A file name ends so, to be recognisable in an e-mail attachment list. */
export const LETTER_FILE_SUFFIX = '.letter.json';

/**
 * A portable letter (`*.letter.json`). `yjsState` is authoritative: it lets two copies of one letter merge.
 * The readable fields (`meta`, `body`, `notes`, `signatories` sorted by name, `comments` in the order of the words
 * they are about) are derived from it when the file is written, for people and other tools; reading a file ignores
 * them.
 */
export const letterFileSchema = z.object({
  format: z.literal(LETTER_FILE_FORMAT),
  version: z.literal(LETTER_FILE_VERSION),
  letterId: letterIdSchema,
  exportedAt: z.iso.datetime(),
  meta: letterMetaSchema,
  body: proseMirrorJsonSchema,
  notes: z.array(z.unknown()),
  signatories: z.array(z.unknown()),
  /** Absent when the letter has no comments (and in files written before comments existed). */
  comments: z.array(z.unknown()).optional(),
  yjsState: base64Schema,
});

/** See {@link letterFileSchema}. */
export type LetterFile = z.output<typeof letterFileSchema>;

/** The result of reading a letter file: the letter, or every reason it could not be read, in plain words. */
export type LetterFileRead =
  { ok: true; file: LetterFile; state: Uint8Array } | { ok: false; problem: string };

/** Writes a letter file from a letter's Y.Doc. */
export function writeLetterFile(letterId: string, doc: Y.Doc, exportedAt: Date): LetterFile {
  const body = bodyToJson(doc.getXmlFragment(BODY_FIELD));
  return {
    format: LETTER_FILE_FORMAT,
    version: LETTER_FILE_VERSION,
    letterId,
    exportedAt: exportedAt.toISOString(),
    meta: readLetterMeta(doc),
    body,
    notes: numberedNotes(doc, body),
    signatories: sortSignatories(readSignatories(doc), collatorLocale(readSignatoryDisplay(doc))),
    ...commentsForReaders(doc, body),
    yjsState: encodeBinary(Y.encodeStateAsUpdate(doc)),
  };
}

/** The notes in number order, each with its number (null for a note nothing refers to), for readers of the file. */
function numberedNotes(doc: Y.Doc, body: ProseMirrorJson): (NoteRecord & { number: number | null })[] {
  const numbers = numberNotes(collectNoteReferences(body));
  return readNotes(doc)
    .map((note) => ({ ...note, number: numbers.get(note.id) ?? null }))
    .sort((a, b) => (a.number ?? Infinity) - (b.number ?? Infinity));
}

/**
 * The comment threads in the order of their words, detached ones last and said to be, for readers of the file; a
 * letter without comments has no `comments` field, as files written before comments existed.
 */
function commentsForReaders(doc: Y.Doc, body: ProseMirrorJson): Pick<LetterFile, 'comments'> {
  const anchors = findThreadAnchors(body);
  const threads = inDocumentOrder(readThreads(doc), anchors);
  if (threads.length === 0) {
    return {};
  }
  return { comments: threads.map((thread) => ({ ...thread, detached: !anchors.has(thread.id) })) };
}

/** Reads and checks a letter file's text; never throws. */
export function readLetterFile(text: string): LetterFileRead {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { ok: false, problem: 'This is not a letter file: it is not JSON text.' };
  }
  const header = z.object({ format: z.literal(LETTER_FILE_FORMAT), version: z.number() }).safeParse(json);
  if (!header.success) {
    return { ok: false, problem: 'This is not an Undersigned letter file.' };
  }
  if (header.data.version > LETTER_FILE_VERSION) {
    return {
      ok: false,
      problem: `This letter file was made by a newer version of Undersigned (file version ${header.data.version}). Please update the app to open it.`,
    };
  }
  const parsed = letterFileSchema.safeParse(json);
  if (!parsed.success) {
    const fields = [
      ...new Set(parsed.error.issues.map((issue) => issue.path.map(String).join('.') || 'file')),
    ];
    return { ok: false, problem: `This letter file is damaged (${fields.join(', ')} could not be read).` };
  }
  return readState(parsed.data);
}

function readState(file: LetterFile): LetterFileRead {
  const state = decodeBinary(file.yjsState);
  try {
    Y.decodeUpdate(state);
    const doc = new Y.Doc();
    Y.applyUpdate(doc, state);
    doc.destroy();
  } catch {
    return { ok: false, problem: 'This letter file is damaged: the letter’s saved state could not be read.' };
  }
  return { ok: true, file, state };
}

/** A file name for a letter: its title made safe for every file system, then the letter suffix. */
export function letterFileName(title: string): string {
  return `${safeFileStem(title)}${LETTER_FILE_SUFFIX}`;
}

/** A title made safe as a file name on every file system (no control characters, no reserved characters). */
export function safeFileStem(title: string): string {
  const printable = [...title]
    .map((character) => (hasControlCharacter(character) ? ' ' : character))
    .join('');
  const safe = printable
    .replace(/[\\/:*?"<>|]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, 120);
  return safe || 'Untitled letter';
}
