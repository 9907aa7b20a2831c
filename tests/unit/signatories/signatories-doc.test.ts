import * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import { findLetterProblems } from '../../../src-common/checks/letter-problems';
import { buildRenderModel } from '../../../src-common/render/render-model';
import { publishedSignatories } from '../../../src-common/signatories/order';
import {
  addSignatories,
  dismissedSuggestions,
  dismissSuggestions,
  readSignatories,
  setSignatoryStatus,
  statusHistory,
} from '../../../src-common/signatories/signatories-doc';
import { signatorySchema, type Signatory } from '../../../src-common/signatories/signatory';

const entry = (id: string, name: string, status: Signatory['status'], country = ''): Signatory =>
  signatorySchema.parse({ id, name, country, status });

describe('the signatory list in a letter', () => {
  it('stores only the fields an entry sets, and reads the rest back as their defaults', () => {
    const doc = new Y.Doc();
    const full = signatorySchema.parse({
      id: 'b',
      name: 'Tibet Action Institute',
      country: 'CA',
      chapter: 'Toronto',
      tags: ['Tibetan'],
      status: 'confirmed',
      confirmedOn: '2022-05-20',
      note: 'by phone',
      addedBy: 'Tenzin',
    });
    addSignatories(doc, [entry('a', 'Uyghur Human Rights Project', 'invited'), full]);
    const stored = doc.getMap<Y.Map<unknown>>('signatories');
    // An imported list of 100,000 is half the size for it: the id is the key, defaults read back the same.
    expect([...(stored.get('a')?.keys() ?? [])].sort()).toEqual(['history', 'name', 'status']);
    expect(readSignatories(doc)).toEqual([entry('a', 'Uyghur Human Rights Project', 'invited'), full]);
  });

  it('merges two co-editors changing statuses offline, keeping the history of each change', () => {
    const first = new Y.Doc();
    addSignatories(first, [
      entry('a', 'Uyghur Human Rights Project', 'invited'),
      entry('b', 'Tibet Action Institute', 'invited'),
    ]);
    const second = new Y.Doc();
    Y.applyUpdate(second, Y.encodeStateAsUpdate(first));
    setSignatoryStatus(first, ['a'], 'confirmed', '2022-05-20', 'Rushan');
    setSignatoryStatus(second, ['b'], 'declined', '2022-05-21', 'Tenzin');
    Y.applyUpdate(first, Y.encodeStateAsUpdate(second));
    Y.applyUpdate(second, Y.encodeStateAsUpdate(first));
    expect(readSignatories(first)).toEqual(readSignatories(second));
    expect(
      readSignatories(first).map((signatory) => [signatory.id, signatory.status, signatory.confirmedOn]),
    ).toEqual([
      ['a', 'confirmed', '2022-05-20'],
      ['b', 'declined', ''],
    ]);
    setSignatoryStatus(first, ['a'], 'withdrawn', '2022-05-25', 'Rushan');
    expect(statusHistory(first, 'a').map((change) => change.status)).toEqual(['confirmed', 'withdrawn']);
  });

  it('publishes only the confirmed, alphabetically, ignoring case, accents and a leading “The”', () => {
    const doc = new Y.Doc();
    addSignatories(doc, [
      entry('1', 'Students for a Free Tibet', 'confirmed', 'CA'),
      entry('2', 'The Ámsterdam Tibet Group', 'confirmed'),
      entry('3', 'amigos del Tíbet Chile', 'confirmed'),
      entry('4', 'Invited Only', 'invited'),
      entry('5', 'Withdrew Later', 'withdrawn'),
    ]);
    expect(publishedSignatories(readSignatories(doc)).map((signatory) => signatory.name)).toEqual([
      'amigos del Tíbet Chile',
      'The Ámsterdam Tibet Group',
      'Students for a Free Tibet',
    ]);
    expect(buildRenderModel(doc, { countSentence: true }).signatories).toMatchObject({
      countSentence: '3 organizations have signed this letter.',
      entries: [
        { name: 'amigos del Tíbet Chile' },
        { name: 'The Ámsterdam Tibet Group' },
        { name: 'Students for a Free Tibet', detail: 'Canada' },
      ],
    });
  });
});

describe('dismissed clean-up suggestions', () => {
  it('are remembered with the letter and shared with co-editors', () => {
    const first = new Y.Doc();
    dismissSuggestions(first, ['split:L12', 'dup:L40']);
    const second = new Y.Doc();
    Y.applyUpdate(second, Y.encodeStateAsUpdate(first));
    expect(dismissedSuggestions(second)).toEqual(new Set(['split:L12', 'dup:L40']));
  });
});

describe('the checks of a letter', () => {
  it('compare its claims with the confirmed count of its list, once it has one', () => {
    const doc = new Y.Doc();
    const paragraph = new Y.XmlElement('paragraph');
    paragraph.insert(0, [new Y.XmlText('We, over 230 groups, call for her resignation.')]);
    doc.getXmlFragment('body').insert(0, [paragraph]);
    expect(findLetterProblems(doc)).toEqual([]);
    addSignatories(doc, [
      entry('a', 'Campaign for Uyghurs', 'confirmed'),
      entry('b', 'Tibet Watch', 'invited'),
    ]);
    expect(findLetterProblems(doc).map((problem) => problem.kind)).toEqual(['count-claim']);
    expect(findLetterProblems(doc)[0]?.message).toContain('but 1 signatory has confirmed');
  });
});
