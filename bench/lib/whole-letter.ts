import * as Y from 'yjs';
import { BODY_FIELD } from '../../src-common/letter/letter-doc';
import { appLetterDoc, bareLetterState, type LetterSize } from './typing-letter';

/**
 * The app's whole letter (metadata, notes, signatories) with the body bare TipTap can hold in place of its own: a
 * bare page given it holds the letter's data as the window does, so the two heaps differ by the app alone.
 */
export function wholeLetterBareState(size: LetterSize): Uint8Array {
  const doc = appLetterDoc(size);
  const body = doc.getXmlFragment(BODY_FIELD);
  // The bare page's schema has no note references; the body is replaced by the same text without them.
  body.delete(0, body.length);
  const bare = new Y.Doc();
  Y.applyUpdate(bare, bareLetterState(size));
  const paragraphs = bare
    .getXmlFragment(BODY_FIELD)
    .toArray()
    .map((node) => node.clone());
  body.insert(
    0,
    paragraphs.filter((node) => node instanceof Y.XmlElement),
  );
  const state = Y.encodeStateAsUpdate(doc);
  doc.destroy();
  bare.destroy();
  return state;
}
