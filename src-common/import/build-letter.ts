import * as Y from 'yjs';
import { BODY_FIELD, seedLetter, updateLetterMeta } from '../letter/letter-doc';
import { addNote, NOTE_REFERENCE_NODE } from '../notes/notes-doc';
import { findUrls } from '../notes/url-checks';
import { parseSignatoryBlock } from '../signatories/block-parser';
import { addSignatories } from '../signatories/signatories-doc';
import { signatorySchema } from '../signatories/signatory';
import { allSuggestionIds, applySuggestions, type BlockParse } from '../signatories/suggestions';
import { parseNotesBlock, splitNoteMarkers, type ParsedNote } from './notes-block';
import { headingBefore, linesOf, segmentLetter, type LetterSegments } from './segment';

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
  /** The signatories with every clean-up suggestion accepted, as the report lists them. */
  signatories: { name: string; country?: string }[];
}

/**
 * Builds a new letter from pasted text: title, body paragraphs with note references where "[n]" matches a note,
 * and the notes. `newId` makes note ids (the caller has the random source).
 */
export function importLetterText(text: string, newId: () => string): ImportedLetter {
  const lines = text.replace(/\r\n?/gu, '\n').split('\n');
  const segments = segmentLetter(lines);
  const title = linesOf(lines, segments.title)[0] ?? '';
  const paragraphs = linesOf(lines, segments.body);
  const parsedNotes = parseNotesBlock(lines.slice(segments.notes.start, segments.notes.end));
  const doc = new Y.Doc();
  Y.applyUpdate(doc, seedLetter(title));
  const noteIds = new Map(parsedNotes.map((note) => [note.number, newId()]));
  parsedNotes.forEach((note) => addNote(doc, noteIds.get(note.number) ?? newId(), { text: note.text }));
  const heading = headingBefore(lines, segments.notes);
  if (heading) {
    updateLetterMeta(doc, { notesHeading: heading });
  }
  const referenced = writeBody(doc, paragraphs, noteIds);
  const signatoryLines = linesOf(lines, segments.signatories);
  const signatoryBlock = parseSignatoryBlock(signatoryLines.join('\n'));
  const cleaned = applySuggestions(signatoryBlock, allSuggestionIds(signatoryBlock));
  const signatories = cleaned.map((entry) =>
    entry.country ? { name: entry.name, country: entry.country } : { name: entry.name },
  );
  // A published letter's signatories have all signed: they come in as confirmed.
  addSignatories(
    doc,
    cleaned.map((entry) =>
      signatorySchema.parse({ id: newId(), name: entry.name, country: entry.country, status: 'confirmed' }),
    ),
  );
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
    signatories,
  };
}

function writeBody(
  doc: Y.Doc,
  paragraphs: readonly string[],
  noteIds: ReadonlyMap<number, string>,
): Set<number> {
  const referenced = new Set<number>();
  const known = new Set(noteIds.keys());
  const elements = paragraphs.map((paragraph) => {
    const element = new Y.XmlElement('paragraph');
    const children = splitNoteMarkers(paragraph, known).map((piece) => {
      if ('text' in piece) {
        return new Y.XmlText(piece.text);
      }
      referenced.add(piece.noteNumber);
      const reference = new Y.XmlElement(NOTE_REFERENCE_NODE);
      reference.setAttribute('noteId', noteIds.get(piece.noteNumber) ?? '');
      return reference;
    });
    element.insert(0, children);
    return element;
  });
  doc.getXmlFragment(BODY_FIELD).insert(0, elements);
  return referenced;
}

function missingMarkers(paragraphs: readonly string[], notes: readonly ParsedNote[]): number[] {
  const known = new Set(notes.map((note) => note.number));
  const markers = paragraphs.flatMap((paragraph) =>
    [...paragraph.matchAll(/\[(\d{1,3})\]/gu)].map((match) => Number(match[1])),
  );
  return [...new Set(markers.filter((number) => !known.has(number)))];
}
