import * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import { readLetterFile, writeLetterFile } from '../../../src-common/letter-file/letter-file';
import {
  addSignatories,
  readSignatories,
  signatoriesMap,
} from '../../../src-common/signatories/signatories-doc';
import { signatorySchema } from '../../../src-common/signatories/signatory';
import { draftChanges, draftOf } from '../../../src-common/signatories/signatory-draft';
import { updateSignatoryDetails } from '../../../src-common/signatories/signatory-edits';

// Whether an entry is a person or an organization: absent when nobody said, on letters written before it existed too.

const EFF = signatorySchema.parse({ id: 'eff', name: 'Electronic Frontier Foundation', status: 'confirmed' });
const ADA = signatorySchema.parse({
  id: 'ada',
  name: 'Ada Lovelace',
  status: 'confirmed',
  note: 'Professor, University of London',
  kind: 'person',
});

function letterWith(...entries: Parameters<typeof addSignatories>[1]): Y.Doc {
  const doc = new Y.Doc();
  addSignatories(doc, entries);
  return doc;
}

function copyOf(doc: Y.Doc): Y.Doc {
  const copy = new Y.Doc();
  Y.applyUpdate(copy, Y.encodeStateAsUpdate(doc));
  return copy;
}

function merge(a: Y.Doc, b: Y.Doc): void {
  Y.applyUpdate(b, Y.encodeStateAsUpdate(a, Y.encodeStateVector(b)));
  Y.applyUpdate(a, Y.encodeStateAsUpdate(b, Y.encodeStateVector(a)));
}

const kindOf = (doc: Y.Doc, id: string) => readSignatories(doc).find((entry) => entry.id === id)?.kind;

describe('the kind of a stored signatory', () => {
  it('reads an entry an older app wrote, without a kind, as not known', () => {
    const doc = new Y.Doc();
    doc.transact(() => {
      const fields = signatoriesMap(doc).set('old', new Y.Map<unknown>());
      fields.set('name', 'Tibet Action Institute');
      fields.set('status', 'confirmed');
    });
    const [read] = readSignatories(doc);
    expect(read).toEqual({
      ...signatorySchema.parse({ id: 'old', name: 'Tibet Action Institute', status: 'confirmed' }),
    });
    expect(read && 'kind' in read).toBe(false);
  });

  it('skips a kind this app does not know rather than reading a wrong one', () => {
    const doc = letterWith(EFF);
    signatoriesMap(doc).get('eff')?.set('kind', 'collective');
    expect(readSignatories(doc)).toEqual([]);
  });

  it('stores a kind only when set, and keeps a person’s affiliation in the note', () => {
    const doc = letterWith(EFF, ADA);
    expect(signatoriesMap(doc).get('eff')?.has('kind')).toBe(false);
    expect(readSignatories(doc)).toEqual([EFF, ADA]);
  });

  it('travels in a letter file and back', () => {
    const file = writeLetterFile('abcdefgh12345678', letterWith(EFF, ADA), new Date('2026-12-01T10:00:00Z'));
    expect(file.signatories).toMatchObject([{ id: 'ada', kind: 'person' }, { id: 'eff' }]);
    expect(file.signatories[1]).not.toHaveProperty('kind');
    const read = readLetterFile(JSON.stringify(file));
    if (!read.ok) {
      throw new Error(read.problem);
    }
    const copy = new Y.Doc();
    Y.applyUpdate(copy, read.state);
    expect(readSignatories(copy)).toEqual([EFF, ADA]);
  });

  it('is set and taken back through the edit dialog’s draft, writing nothing when unchanged', () => {
    const doc = letterWith(EFF);
    const base = draftOf(EFF);
    expect(base.kind).toBe('');
    expect(draftChanges(base, base)).toEqual({});
    expect(updateSignatoryDetails(doc, 'eff', draftChanges({ ...base, kind: 'organization' }, base))).toBe(
      true,
    );
    expect(kindOf(doc, 'eff')).toBe('organization');
    const set = draftOf({ ...EFF, kind: 'organization' });
    expect(updateSignatoryDetails(doc, 'eff', draftChanges({ ...set, kind: '' }, set))).toBe(true);
    expect(kindOf(doc, 'eff')).toBeUndefined();
    expect(signatoriesMap(doc).get('eff')?.has('kind')).toBe(false);
  });

  it('keeps one co-editor’s kind and the other’s note, set on the same entry offline', () => {
    const alice = letterWith(EFF);
    const bob = copyOf(alice);
    updateSignatoryDetails(alice, 'eff', { kind: 'organization' });
    updateSignatoryDetails(bob, 'eff', { note: 'Signed by the board' });
    merge(alice, bob);
    for (const doc of [alice, bob]) {
      expect(readSignatories(doc)).toEqual([{ ...EFF, note: 'Signed by the board', kind: 'organization' }]);
    }
  });

  it('ends the same on both copies when both set a kind offline', () => {
    const alice = letterWith(ADA);
    const bob = copyOf(alice);
    updateSignatoryDetails(alice, 'ada', { kind: 'organization' });
    updateSignatoryDetails(bob, 'ada', { kind: '' });
    merge(alice, bob);
    expect(kindOf(alice, 'ada')).toBe(kindOf(bob, 'ada'));
  });
});
