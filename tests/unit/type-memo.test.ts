import * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import { memoOnType } from '../../src-common/letter/type-memo';
import {
  addSignatories,
  readSignatories,
  setSignatoryStatus,
  signatoriesMap,
} from '../../src-common/signatories/signatories-doc';
import { signatorySchema, type Signatory } from '../../src-common/signatories/signatory';

const entry = (id: string, name: string, status: Signatory['status'] = 'invited'): Signatory =>
  signatorySchema.parse({ id, name, status });

// A read that counts how often it ran, over a map with nested maps as the signatory list has.
function countedRead() {
  let reads = 0;
  const read = memoOnType(
    (doc) => doc.getMap<Y.Map<string>>('list'),
    (doc) => {
      reads += 1;
      return [...doc.getMap<Y.Map<string>>('list').values()].map((fields) => fields.get('name') ?? '');
    },
  );
  return { read, reads: () => reads };
}

function addItem(doc: Y.Doc, id: string, name: string): Y.Map<string> {
  const fields = doc.getMap<Y.Map<string>>('list').set(id, new Y.Map<string>());
  fields.set('name', name);
  return fields;
}

describe('a value remembered until its shared type changes', () => {
  it('reads once for any number of readers while nothing changes', () => {
    const doc = new Y.Doc();
    addItem(doc, 'a', 'Uyghur Human Rights Project');
    const { read, reads } = countedRead();
    const first = read(doc);
    expect(read(doc)).toBe(first);
    expect(reads()).toBe(1);
  });

  it('reads again after a change at any depth, here or from a co-editor', () => {
    const doc = new Y.Doc();
    const fields = addItem(doc, 'a', 'Uyghur Human Rights Project');
    const { read, reads } = countedRead();
    read(doc);
    fields.set('name', 'Tibet Action Institute');
    expect(read(doc)).toEqual(['Tibet Action Institute']);
    const coEditor = new Y.Doc();
    Y.applyUpdate(coEditor, Y.encodeStateAsUpdate(doc));
    addItem(coEditor, 'b', 'Hong Kong Watch');
    Y.applyUpdate(doc, Y.encodeStateAsUpdate(coEditor, Y.encodeStateVector(doc)));
    expect(read(doc)).toEqual(['Tibet Action Institute', 'Hong Kong Watch']);
    expect(reads()).toBe(3);
  });

  it('keeps the value through changes to other parts of the letter', () => {
    const doc = new Y.Doc();
    addItem(doc, 'a', 'Uyghur Human Rights Project');
    const { read, reads } = countedRead();
    read(doc);
    doc.getMap('meta').set('title', 'A letter');
    doc.getText('body').insert(0, 'We, the undersigned');
    read(doc);
    expect(reads()).toBe(1);
  });

  it('reads afresh inside a transaction and in observers, where a change may not be reported yet', () => {
    const doc = new Y.Doc();
    addItem(doc, 'a', 'Uyghur Human Rights Project');
    const { read } = countedRead();
    read(doc);
    const seenByObserver: string[][] = [];
    // Registered before the memo's own listener could be, as a panel that subscribed first would be.
    doc.getMap('meta').observe(() => seenByObserver.push(read(doc)));
    doc.transact(() => {
      addItem(doc, 'b', 'Hong Kong Watch');
      expect(read(doc)).toEqual(['Uyghur Human Rights Project', 'Hong Kong Watch']);
      doc.getMap('meta').set('title', 'A letter');
    });
    expect(seenByObserver).toEqual([['Uyghur Human Rights Project', 'Hong Kong Watch']]);
    expect(read(doc)).toEqual(['Uyghur Human Rights Project', 'Hong Kong Watch']);
  });

  it('keeps each doc apart', () => {
    const one = new Y.Doc();
    const other = new Y.Doc();
    addItem(one, 'a', 'Uyghur Human Rights Project');
    addItem(other, 'b', 'Hong Kong Watch');
    const { read } = countedRead();
    expect(read(one)).toEqual(['Uyghur Human Rights Project']);
    expect(read(other)).toEqual(['Hong Kong Watch']);
  });
});

describe('the signatory list read once per change', () => {
  it('hands every reader the same frozen list until the list changes', () => {
    const doc = new Y.Doc();
    addSignatories(doc, [entry('a', 'Uyghur Human Rights Project'), entry('b', 'Hong Kong Watch')]);
    const first = readSignatories(doc);
    expect(readSignatories(doc)).toBe(first);
    expect(Object.isFrozen(first)).toBe(true);
    expect(first.every((signatory) => Object.isFrozen(signatory))).toBe(true);
    setSignatoryStatus(doc, ['b'], 'confirmed', '2026-01-05', 'Tenzin');
    const after = readSignatories(doc);
    expect(after).not.toBe(first);
    expect(after.find((signatory) => signatory.id === 'b')?.status).toBe('confirmed');
  });

  it('still checks an entry a co-editor wrote unchecked, and reads it again once fixed', () => {
    const doc = new Y.Doc();
    addSignatories(doc, [entry('a', 'Uyghur Human Rights Project')]);
    expect(readSignatories(doc)).toHaveLength(1);
    // A shape this app does not know: no name.
    const odd = signatoriesMap(doc).set('b', new Y.Map<unknown>());
    odd.set('status', 'invited');
    expect(readSignatories(doc).map((signatory) => signatory.id)).toEqual(['a']);
    odd.set('name', 'Hong Kong Watch');
    expect(readSignatories(doc).map((signatory) => signatory.id)).toEqual(['a', 'b']);
  });
});
