import * as Y from 'yjs';
import { BODY_FIELD, seedLetter } from '../../src-common/letter/letter-doc';
import { writeLetterFile, type LetterFile } from '../../src-common/letter-file/letter-file';
import { addNote, NOTE_REFERENCE_NODE } from '../../src-common/notes/notes-doc';
import { addSignatories } from '../../src-common/signatories/signatories-doc';
import type { Signatory } from '../../src-common/signatories/signatory';

/** The shape of a real coalition letter at its largest: how long, how many notes, how many signed. */
export interface LetterSize {
  characters: number;
  notes: number;
  signatories: number;
}

/** The letter the issue measured: 20,000 characters, 50 notes, 2,000 signatories. */
export const REAL_LETTER: LetterSize = { characters: 20_000, notes: 50, signatories: 2_000 };

const WORDS = [
  'the',
  'undersigned',
  'organizations',
  'call',
  'on',
  'governments',
  'to',
  'end',
  'transnational',
  'repression',
  'of',
  'communities',
  'in',
  'exile',
  'and',
  'protect',
  'their',
  'right',
  'speak',
  'freely',
  'without',
  'fear',
  'for',
  'families',
  'at',
  'home',
  'we',
  'ask',
  'a',
  'public',
  'reply',
];

/** The paragraphs of the body, each with the text before and after its note reference (when it has one). */
export interface GeneratedParagraph {
  before: string;
  after: string;
  noteId: string | null;
}

/**
 * Paragraphs of plain sentences totalling `size.characters`, the first holding a count claim the list bears out
 * (so the count check has something to check), one note reference in each of the first `size.notes` paragraphs.
 */
export function letterParagraphs(size: LetterSize): GeneratedParagraph[] {
  const paragraphCount = Math.max(size.notes, Math.ceil(size.characters / 400));
  const length = Math.floor(size.characters / paragraphCount);
  return Array.from({ length: paragraphCount }, (_, index) => {
    const opening = index === 0 ? `We, ${size.signatories.toLocaleString('en')} organizations, write. ` : '';
    const text = opening + sentences(index, length - opening.length);
    const middle = text.indexOf(' ', Math.floor(text.length / 2));
    const noteId = index < size.notes ? `benchnote${String(index).padStart(3, '0')}` : null;
    return noteId
      ? { before: text.slice(0, middle), after: text.slice(middle), noteId }
      : { before: text, after: '', noteId: null };
  });
}

function sentences(seed: number, length: number): string {
  let text = '';
  let index = seed * 7;
  let inSentence = 0;
  while (text.length < length) {
    const word = WORDS[index % WORDS.length] ?? 'the';
    index += 3 + (index % 5);
    inSentence += 1;
    const start = inSentence === 1;
    text += (start ? word.charAt(0).toUpperCase() + word.slice(1) : word) + (inSentence >= 12 ? '. ' : ' ');
    inSentence = inSentence >= 12 ? 0 : inSentence;
  }
  return text.slice(0, length).trimEnd() + '.';
}

/** The letter as the app keeps it: the body with its note references, the notes, and every signatory confirmed. */
export function appLetterDoc(size: LetterSize): Y.Doc {
  const doc = new Y.Doc();
  Y.applyUpdate(doc, seedLetter('A real-sized coalition letter'));
  const paragraphs = letterParagraphs(size);
  doc.getXmlFragment(BODY_FIELD).insert(0, paragraphs.map(paragraphWithReference));
  paragraphs.forEach(({ noteId }, index) => {
    if (noteId) {
      addNote(doc, noteId, { text: `Source ${index + 1}, https://example.org/reports/${index + 1}` });
    }
  });
  addSignatories(doc, generatedSignatories(size.signatories));
  return doc;
}

function paragraphWithReference({ before, after, noteId }: GeneratedParagraph): Y.XmlElement {
  const paragraph = new Y.XmlElement('paragraph');
  const parts: (Y.XmlText | Y.XmlElement)[] = [new Y.XmlText(before)];
  if (noteId) {
    const reference = new Y.XmlElement(NOTE_REFERENCE_NODE);
    reference.setAttribute('noteId', noteId);
    parts.push(reference, new Y.XmlText(after));
  }
  paragraph.insert(0, parts);
  return paragraph;
}

/** The same text in a body bare TipTap can hold: no note references (its schema has none), nothing else. */
export function bareLetterState(size: LetterSize): Uint8Array {
  const doc = new Y.Doc();
  doc.getXmlFragment(BODY_FIELD).insert(
    0,
    letterParagraphs(size).map(({ before, after }) => {
      const paragraph = new Y.XmlElement('paragraph');
      paragraph.insert(0, [new Y.XmlText(before + after)]);
      return paragraph;
    }),
  );
  const state = Y.encodeStateAsUpdate(doc);
  doc.destroy();
  return state;
}

/** The letter as a file "Open letter file…" takes. */
export function appLetterFile(size: LetterSize): LetterFile {
  const doc = appLetterDoc(size);
  const file = writeLetterFile('benchTypingLetter01', doc, new Date());
  doc.destroy();
  return file;
}

function generatedSignatories(count: number): Signatory[] {
  return Array.from({ length: count }, (_, index) => ({
    id: `bench-signatory-${index}`,
    name: `Coalition Member Organization ${String(index + 1).padStart(4, '0')}`,
    country: ['CA', 'FR', 'IN', 'JP', 'KE'][index % 5] ?? '',
    chapter: '',
    tags: index % 3 === 0 ? ['diaspora'] : [],
    status: 'confirmed',
    confirmedOn: '2026-11-20',
    note: '',
    addedBy: 'Bench',
  }));
}
