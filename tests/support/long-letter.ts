import * as Y from 'yjs';
import { BODY_FIELD, seedLetter } from '../../src-common/letter/letter-doc';
import { addSignatories } from '../../src-common/signatories/signatories-doc';
import type { Signatory } from '../../src-common/signatories/signatory';

const CAUSES = ['Tibet', 'Uyghur', 'Hong Kong', 'Southern Mongolia', 'Taiwan', 'Human Rights'];
const KINDS = ['Action', 'Network', 'Council', 'Alliance', 'Société', 'Förening', 'Comité'];

/** The name of the `index`th organization: unique by its number, which tests count by. */
export function organizationName(index: number): string {
  const cause = CAUSES[index % CAUSES.length] ?? 'Tibet';
  const kind = KINDS[Math.floor(index / CAUSES.length) % KINDS.length] ?? 'Action';
  return `${cause} ${kind} ${String(index + 1).padStart(4, '0')}`;
}

/** Finds the numbers of the organizations named in an exported text, once per mention. */
export function namedNumbers(text: string): number[] {
  const pattern = new RegExp(`(?:${CAUSES.join('|')}) (?:${KINDS.join('|')}) (\\d{4})`, 'gu');
  return [...text.matchAll(pattern)].map((match) => Number(match[1]));
}

/** A letter of a few paragraphs signed by `count` confirmed organizations, as a Yjs update. */
export function longLetterState(count: number): Uint8Array {
  const doc = new Y.Doc();
  Y.applyUpdate(doc, seedLetter('Joint letter on the 2,000 signatories'));
  doc.getXmlFragment(BODY_FIELD).insert(
    0,
    [
      'We, the undersigned organizations, call on the High Commissioner to publish the assessment.',
      'The undersigned represent communities in more than forty countries.',
      'We ask for a reply within thirty days.',
    ].map((text) => {
      const paragraph = new Y.XmlElement('paragraph');
      paragraph.insert(0, [new Y.XmlText(text)]);
      return paragraph;
    }),
  );
  const entries: Signatory[] = Array.from({ length: count }, (_, index) => ({
    id: `organization-${index}`,
    name: organizationName(index),
    country: '',
    chapter: '',
    tags: [],
    status: 'confirmed',
    confirmedOn: '2026-11-20',
    note: '',
    addedBy: '',
  }));
  addSignatories(doc, entries);
  const state = Y.encodeStateAsUpdate(doc);
  doc.destroy();
  return state;
}
