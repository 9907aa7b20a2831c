import * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import { addSignatories, readSignatories } from '../../../src-common/signatories/signatories-doc';
import {
  addTagToSignatories,
  parseTags,
  updateSignatoryDetails,
} from '../../../src-common/signatories/signatory-edits';
import { signatorySchema, type Signatory } from '../../../src-common/signatories/signatory';

const SFT = signatorySchema.parse({
  id: 'sft',
  name: 'Students for a Free Tibet',
  country: 'CA',
  tags: ['Tibetan'],
  status: 'confirmed',
  note: '',
});
const UHRP = signatorySchema.parse({ id: 'uhrp', name: 'Uyghur Human Rights Project', status: 'invited' });

function letterWith(entries: Signatory[]): Y.Doc {
  const doc = new Y.Doc();
  addSignatories(doc, entries);
  return doc;
}

/** A second co-editor's copy of the same letter. */
function copyOf(doc: Y.Doc): Y.Doc {
  const copy = new Y.Doc();
  Y.applyUpdate(copy, Y.encodeStateAsUpdate(doc));
  return copy;
}

/** Both copies exchange what the other is missing, as when two co-editors come back online. */
function merge(a: Y.Doc, b: Y.Doc): void {
  const fromA = Y.encodeStateAsUpdate(a, Y.encodeStateVector(b));
  const fromB = Y.encodeStateAsUpdate(b, Y.encodeStateVector(a));
  Y.applyUpdate(b, fromA);
  Y.applyUpdate(a, fromB);
}

const byId = (doc: Y.Doc, id: string) => readSignatories(doc).find((entry) => entry.id === id);

describe('updateSignatoryDetails', () => {
  it('changes name, country, chapter, tags and note, trimming them and dropping repeated tags', () => {
    const doc = letterWith([SFT]);
    const saved = updateSignatoryDetails(doc, 'sft', {
      name: ' SFT ',
      country: ' jp ',
      chapter: ' Tokyo ',
      tags: ['Tibetan', 'tibetan', ' Youth '],
      note: 'Signed by phone',
    });
    expect(saved).toBe(true);
    expect(byId(doc, 'sft')).toMatchObject({
      name: 'SFT',
      country: 'JP',
      chapter: 'Tokyo',
      tags: ['Tibetan', 'Youth'],
      note: 'Signed by phone',
      status: 'confirmed',
    });
  });

  it('refuses an empty name and an entry that is gone, leaving the list as it was', () => {
    const doc = letterWith([SFT]);
    expect(updateSignatoryDetails(doc, 'sft', { name: '  ', country: '', tags: [], note: '' })).toBe(false);
    expect(updateSignatoryDetails(doc, 'gone', { name: 'X', country: '', tags: [], note: '' })).toBe(false);
    expect(readSignatories(doc)).toEqual([SFT]);
  });

  it('keeps both co-editors’ changes to different fields of the same entry made offline', () => {
    const alice = letterWith([SFT, UHRP]);
    const bob = copyOf(alice);
    updateSignatoryDetails(alice, 'sft', { ...SFT, country: 'JP' });
    updateSignatoryDetails(bob, 'sft', { ...SFT, tags: ['Tibetan', 'Students'], note: 'Board approved' });
    merge(alice, bob);
    const expected = { country: 'JP', tags: ['Tibetan', 'Students'], note: 'Board approved' };
    expect(byId(alice, 'sft')).toMatchObject(expected);
    expect(byId(bob, 'sft')).toMatchObject(expected);
    expect(byId(alice, 'uhrp')).toEqual(UHRP);
  });

  it('ends with the same tags on both copies when both changed them offline (one whole list wins)', () => {
    const alice = letterWith([SFT]);
    const bob = copyOf(alice);
    updateSignatoryDetails(alice, 'sft', { ...SFT, tags: ['Tibetan', 'Youth'] });
    updateSignatoryDetails(bob, 'sft', { ...SFT, tags: ['Tibetan', 'Diaspora'] });
    merge(alice, bob);
    const tags = byId(alice, 'sft')?.tags;
    expect(byId(bob, 'sft')?.tags).toEqual(tags);
    expect([
      ['Tibetan', 'Youth'],
      ['Tibetan', 'Diaspora'],
    ]).toContainEqual(tags);
  });
});

describe('addTagToSignatories', () => {
  it('adds the tag to each entry once, whatever its letter case', () => {
    const doc = letterWith([SFT, UHRP]);
    addTagToSignatories(doc, ['sft', 'uhrp'], ' tibetan ');
    addTagToSignatories(doc, ['uhrp'], 'Uyghur');
    expect(byId(doc, 'sft')?.tags).toEqual(['Tibetan']);
    expect(byId(doc, 'uhrp')?.tags).toEqual(['tibetan', 'Uyghur']);
  });
});

describe('parseTags', () => {
  it('splits on Latin and Arabic commas and drops blanks and repeats', () => {
    expect(parseTags('Uyghur, Tibetan ,, hong kong، Hong Kong , uyghur')).toEqual([
      'Uyghur',
      'Tibetan',
      'hong kong',
    ]);
  });
});
