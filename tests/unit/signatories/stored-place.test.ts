import * as Y from 'yjs';
import { z } from 'zod';
import { describe, expect, it } from 'vitest';
import {
  addSignatories,
  readSignatories,
  signatoriesMap,
} from '../../../src-common/signatories/signatories-doc';
import { updateSignatoryDetails } from '../../../src-common/signatories/signatory-edits';
import { placeFromText } from '../../../src-common/signatories/signatory-place';
import { signatorySchema, type Signatory } from '../../../src-common/signatories/signatory';

const entry = (id: string, fields: Partial<Signatory> = {}): Signatory =>
  signatorySchema.parse({ id, name: `Organization ${id}`, status: 'confirmed', ...fields });

// A letter as the app wrote it before country and chapter were apart: one free text under `country`.
function oldLetter(places: Record<string, string>): Y.Doc {
  const doc = new Y.Doc();
  doc.transact(() => {
    for (const [id, country] of Object.entries(places)) {
      const fields = signatoriesMap(doc).set(id, new Y.Map<unknown>());
      fields.set('name', `Organization ${id}`);
      fields.set('status', 'confirmed');
      if (country !== '') {
        fields.set('country', country);
      }
    }
  });
  return doc;
}

// What an app of that age reads: the text under `country`, shown after the name.
const oldReader = z.object({ name: z.string(), country: z.string().max(100).default('') });
const oldView = (doc: Y.Doc, id: string) => oldReader.parse(signatoriesMap(doc).get(id)?.toJSON()).country;
// What an app of that age writes when its "Country or chapter" box is changed.
const oldEdit = (doc: Y.Doc, id: string, text: string) => signatoriesMap(doc).get(id)?.set('country', text);

const placeOf = (doc: Y.Doc, id: string) => {
  const found = readSignatories(doc).find((signatory) => signatory.id === id);
  return found ? { country: found.country, chapter: found.chapter } : null;
};

function sync(a: Y.Doc, b: Y.Doc): void {
  Y.applyUpdate(a, Y.encodeStateAsUpdate(b));
  Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
}

describe('a letter written before country and chapter were apart', () => {
  it('opens with a country name in any language as the country, and anything else as the chapter', () => {
    const doc = oldLetter({
      a: 'Germany',
      b: 'Allemagne',
      c: 'Munich',
      d: 'Los Angeles',
      e: 'Europe',
      f: 'Munich, Germany',
      g: 'USA',
      h: '',
      i: '香港',
    });
    expect(
      readSignatories(doc).map((signatory) => [signatory.id, signatory.country, signatory.chapter]),
    ).toEqual([
      ['a', 'DE', ''],
      ['b', 'DE', ''],
      ['c', '', 'Munich'],
      ['d', '', 'Los Angeles'],
      ['e', '', 'Europe'],
      ['f', 'DE', 'Munich'],
      ['g', 'US', ''],
      ['h', '', ''],
      ['i', 'HK', ''],
    ]);
  });

  it('does not read a two-letter state after a comma as a country', () => {
    expect(placeFromText('Columbus, GA')).toEqual({ country: '', chapter: 'Columbus, GA' });
    expect(placeFromText('Washington, DC')).toEqual({ country: '', chapter: 'Washington, DC' });
  });
});

describe('an entry written by this app', () => {
  it('keeps the place as text an older app shows, and reads it back the same', () => {
    const doc = new Y.Doc();
    addSignatories(doc, [
      entry('a', { country: 'DE', chapter: 'Munich' }),
      entry('b', { chapter: 'Europe' }),
      entry('c', { country: 'CA' }),
      entry('d'),
    ]);
    expect(['a', 'b', 'c', 'd'].map((id) => oldView(doc, id))).toEqual([
      'Munich, Germany',
      'Europe',
      'Canada',
      '',
    ]);
    // The text says it all: no other key is stored for it.
    expect([...(signatoriesMap(doc).get('a')?.keys() ?? [])].sort()).toEqual([
      'country',
      'history',
      'name',
      'status',
    ]);
    expect(placeOf(doc, 'a')).toEqual({ country: 'DE', chapter: 'Munich' });
  });

  it('stores a chapter that reads as a country apart, so it is not taken for one', () => {
    const doc = new Y.Doc();
    addSignatories(doc, [
      entry('a', { country: 'US', chapter: 'Georgia' }),
      entry('b', { chapter: 'Georgia' }),
    ]);
    expect(placeOf(doc, 'a')).toEqual({ country: 'US', chapter: 'Georgia' });
    expect(placeOf(doc, 'b')).toEqual({ country: '', chapter: 'Georgia' });
    expect(oldView(doc, 'b')).toBe('Georgia');
  });
});

describe('a long chapter', () => {
  it('is kept whole, while an older app is given a text short enough to show', () => {
    const chapter = `Coordinating Committee of the ${'Very '.repeat(9)}Long Regional Network`;
    expect(chapter.length).toBeLessThanOrEqual(100);
    const doc = new Y.Doc();
    addSignatories(doc, [entry('a', { country: 'DE', chapter })]);
    expect(placeOf(doc, 'a')).toEqual({ country: 'DE', chapter });
    expect(oldView(doc, 'a').length).toBeLessThanOrEqual(100);
    updateSignatoryDetails(doc, 'a', { country: 'AT' });
    expect(placeOf(doc, 'a')).toEqual({ country: 'AT', chapter });
    expect(oldView(doc, 'a')).toBe(`${chapter}, Austria`.slice(0, 100).trim());
  });
});

describe('co-editing the place', () => {
  it('keeps both when one co-editor changes the country and another the chapter offline', () => {
    const first = new Y.Doc();
    addSignatories(first, [entry('a', { country: 'DE', chapter: 'Munich' })]);
    updateSignatoryDetails(first, 'a', { note: 'settled' });
    updateSignatoryDetails(first, 'a', { chapter: 'Munich' });
    const second = new Y.Doc();
    Y.applyUpdate(second, Y.encodeStateAsUpdate(first));
    // Once edited here, the halves have keys of their own.
    updateSignatoryDetails(first, 'a', { chapter: 'Bavaria' });
    updateSignatoryDetails(first, 'a', { chapter: 'Munich' });
    sync(first, second);
    updateSignatoryDetails(first, 'a', { country: 'AT' });
    updateSignatoryDetails(second, 'a', { chapter: 'Vienna' });
    sync(first, second);
    expect(placeOf(first, 'a')).toEqual({ country: 'AT', chapter: 'Vienna' });
    expect(placeOf(second, 'a')).toEqual({ country: 'AT', chapter: 'Vienna' });
  });

  it('shows an older app the place this app wrote, and takes in what that app writes after', () => {
    const doc = oldLetter({ a: 'Munich' });
    updateSignatoryDetails(doc, 'a', { country: 'DE' });
    expect(placeOf(doc, 'a')).toEqual({ country: 'DE', chapter: 'Munich' });
    expect(oldView(doc, 'a')).toBe('Munich, Germany');
    oldEdit(doc, 'a', 'Berlin, Germany');
    expect(placeOf(doc, 'a')).toEqual({ country: 'DE', chapter: 'Berlin' });
    oldEdit(doc, 'a', 'Los Angeles');
    expect(placeOf(doc, 'a')).toEqual({ country: '', chapter: 'Los Angeles' });
    updateSignatoryDetails(doc, 'a', { country: 'US' });
    expect(placeOf(doc, 'a')).toEqual({ country: 'US', chapter: 'Los Angeles' });
    expect(oldView(doc, 'a')).toBe('Los Angeles, United States');
  });

  it('agrees on one place, with nothing lost, when an older app and this one change it at once', () => {
    const current = oldLetter({ a: 'Munich', b: 'Munich' });
    const older = new Y.Doc();
    Y.applyUpdate(older, Y.encodeStateAsUpdate(current));
    updateSignatoryDetails(current, 'a', { country: 'DE' });
    updateSignatoryDetails(current, 'b', { note: 'called' });
    oldEdit(older, 'a', 'Hamburg');
    oldEdit(older, 'b', 'Hamburg');
    sync(current, older);
    expect(placeOf(current, 'a')).toEqual(placeOf(older, 'a'));
    expect([
      { country: 'DE', chapter: 'Munich' },
      { country: '', chapter: 'Hamburg' },
    ]).toContainEqual(placeOf(current, 'a'));
    // A change of another field keeps the older app's place.
    expect(placeOf(current, 'b')).toEqual({ country: '', chapter: 'Hamburg' });
    expect(readSignatories(current).find((signatory) => signatory.id === 'b')?.note).toBe('called');
  });

  it('refuses a country that is not an ISO code', () => {
    const doc = new Y.Doc();
    addSignatories(doc, [entry('a')]);
    expect(updateSignatoryDetails(doc, 'a', { country: 'Germany' })).toBe(false);
    expect(updateSignatoryDetails(doc, 'a', { country: 'de' })).toBe(true);
    expect(placeOf(doc, 'a')).toEqual({ country: 'DE', chapter: '' });
    expect(
      signatorySchema.safeParse({ id: 'x', name: 'X', status: 'confirmed', country: 'EU' }).success,
    ).toBe(false);
  });
});
