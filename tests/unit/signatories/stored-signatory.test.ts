import { describe, expect, it } from 'vitest';
import { CANONICAL_FIELDS, canonicalSignatory } from '../../../src-common/signatories/stored-signatory';
import { signatorySchema } from '../../../src-common/signatories/signatory';

const canonical: Record<string, unknown> = {
  id: 'a',
  name: 'Tibet Action Institute',
  country: 'CA',
  chapter: 'Toronto',
  tags: ['Tibetan', 'Youth'],
  status: 'confirmed',
  confirmedOn: '2022-05-20',
  note: 'by phone',
  addedBy: 'Tenzin',
  directoryId: 'dir-1',
  kind: 'organization',
  // Kept beside an entry in the doc, and never part of what is read.
  history: [{ status: 'confirmed', on: '2022-05-20', by: 'Tenzin' }],
  countryWritten: 'Toronto, Canada',
};

// Each field's values that matter to the schema: the usual, the edges of its bounds, and what it refuses or changes.
const VARIANTS: Record<string, unknown[]> = {
  id: ['b', '', 7, undefined],
  name: ['Hong Kong Watch', ' Hong Kong Watch', 'x'.repeat(300), 'x'.repeat(301), '', '   ', null, undefined],
  country: ['', 'DE', 'de', ' DE', 'EU', 'XX', 'Germany', null, undefined],
  chapter: ['', 'Munich', ' Munich ', 'x'.repeat(100), 'x'.repeat(101), 3, null, undefined],
  tags: [
    [],
    ['Uyghur'],
    [' Uyghur'],
    [''],
    ['x'.repeat(60)],
    ['x'.repeat(61)],
    [3],
    'Uyghur',
    null,
    undefined,
  ],
  status: ['invited', 'declined', 'withdrawn', 'signed', '', null, undefined],
  confirmedOn: ['', '2024-02-29', '2023-02-30', '2024-13-01', '20240101', ' 2024-01-01', null, undefined],
  note: ['', ' spaced ', 'x'.repeat(2000), 'x'.repeat(2001), false, null, undefined],
  addedBy: ['', ' Dolkar', 'x'.repeat(200), 'x'.repeat(201), null, undefined],
  directoryId: ['dir-2', '', 5, null, undefined],
  kind: ['person', '', 'Person', 'group', null, undefined],
};

function variants(): Record<string, unknown>[] {
  return Object.entries(VARIANTS).flatMap(([field, values]) =>
    values.map((value) => {
      const entry = { ...canonical };
      if (value === undefined) {
        delete entry[field];
      } else {
        entry[field] = value;
      }
      return entry;
    }),
  );
}

describe('an entry read without the general parse when it is already in the schema’s form', () => {
  it('knows exactly the schema’s fields, in its order', () => {
    expect([...CANONICAL_FIELDS]).toEqual(Object.keys(signatorySchema.shape));
  });

  it('gives what the schema gives, key order too, or leaves the entry to the schema', () => {
    let taken = 0;
    for (const entry of [canonical, ...variants()]) {
      const fast = canonicalSignatory(entry);
      if (fast === null) {
        continue;
      }
      taken += 1;
      const parsed = signatorySchema.safeParse(entry);
      expect(parsed.success, JSON.stringify(entry)).toBe(true);
      expect(JSON.stringify(fast), JSON.stringify(entry)).toBe(JSON.stringify(parsed.data));
    }
    // The fast reading is used, not only refused: the canonical entry and most of its in-bounds variants.
    expect(taken).toBeGreaterThan(25);
  });

  it('takes an entry as this app writes it, with only the fields it sets', () => {
    expect(canonicalSignatory({ id: 'a', name: 'Uyghur Human Rights Project', status: 'invited' })).toEqual(
      signatorySchema.parse({ id: 'a', name: 'Uyghur Human Rights Project', status: 'invited' }),
    );
  });

  it('leaves to the schema what it would trim, upper-case or refuse', () => {
    for (const odd of [
      { ...canonical, name: ' Hong Kong Watch' },
      { ...canonical, country: 'de' },
      { ...canonical, status: 'signed' },
      { ...canonical, confirmedOn: '2023-02-30' },
      { ...canonical, note: null },
    ]) {
      expect(canonicalSignatory(odd)).toBeNull();
    }
  });
});
