import * as Y from 'yjs';
import { bodyBlocks, writeBodyBlocks } from '../../src-common/import/body-blocks';
import { BODY_FIELD, updateLetterMeta } from '../../src-common/letter/letter-doc';
import { addNote } from '../../src-common/notes/notes-doc';

/** What "New letter" starts from. */
export type LetterStart = 'blank' | 'template';

// The parts of a sign-on letter, in the order readers expect them; the words in brackets are to be replaced. "[1]"
// is a reference to the template's one note, so the notes section has its heading and an example from the start.
// "Signed by" is the heading every export prints above the confirmed list (see the render model): a heading of that
// name in the body would print twice, so the body only says where the block goes.
const TEMPLATE_LINES = [
  'Dear [name and title of the person you write to],',
  'We, the undersigned [number] organizations, write to [say in one sentence what you ask and why now].',
  '[The situation, in two or three short paragraphs: what is happening, to whom, and what shows it.] [1]',
  '## Our ask',
  'We call on you to:',
  '- [the first thing you ask for]',
  '- [the second thing you ask for]',
  'Sincerely,',
  '[Signed by: every export lists the confirmed organizations here, under “Signed by”. Add them in the Signatories tab, then delete this line.]',
];

const TEMPLATE_NOTE = '[Source of the statement above: author, title, publisher, date, web address.]';

/**
 * Writes the template into a new, empty letter: salutation, opening, body with one note, the ask, the "Signed by"
 * block and the notes heading. Only the letter's creator calls this, once, right after creating it (as with
 * seedLetter: filling a letter that is already shared would duplicate the text when the copies merge).
 */
export function writeLetterTemplate(doc: Y.Doc, noteId: string): void {
  doc.transact(() => {
    addNote(doc, noteId, { text: TEMPLATE_NOTE });
    writeBodyBlocks(doc.getXmlFragment(BODY_FIELD), bodyBlocks(TEMPLATE_LINES), new Map([[1, noteId]]));
    updateLetterMeta(doc, { notesHeading: 'Notes' });
  });
}

/** The update that turns a letter's first state into the template, for `letters:save`. */
export function templateUpdate(state: Uint8Array, noteId: string): Uint8Array {
  const doc = new Y.Doc();
  try {
    Y.applyUpdate(doc, state);
    const before = Y.encodeStateVector(doc);
    writeLetterTemplate(doc, noteId);
    return Y.encodeStateAsUpdate(doc, before);
  } finally {
    doc.destroy();
  }
}
