import * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import { addSignatories, readSignatories } from '../../../src-common/signatories/signatories-doc';
import {
  draftChanges,
  draftOf,
  rebaseDraft,
  type DetailsDraft,
} from '../../../src-common/signatories/signatory-draft';
import { updateSignatoryDetails } from '../../../src-common/signatories/signatory-edits';
import { signatorySchema } from '../../../src-common/signatories/signatory';

const SFT = signatorySchema.parse({
  id: 'sft',
  name: 'Students for a Free Tibet',
  country: 'CA',
  tags: ['Tibetan'],
  status: 'confirmed',
  note: 'Signed by phone',
});

const base: DetailsDraft = draftOf(SFT);

describe('an open edit dialog when a co-editor changes the same entry', () => {
  it('shows the co-editor’s value in the fields the person has not touched', () => {
    const draft = { ...base, name: 'Students for a Free Tibet (SFT)' };
    const latest = { ...base, chapter: 'Toronto', tags: 'Tibetan, Students' };
    expect(rebaseDraft(draft, base, latest)).toEqual({
      draft: { ...latest, name: 'Students for a Free Tibet (SFT)' },
      conflicts: [],
    });
  });

  it('keeps what the person typed where both changed a field, and says so', () => {
    const draft = { ...base, country: 'DK' };
    const latest = { ...base, country: 'NO' };
    expect(rebaseDraft(draft, base, latest)).toEqual({ draft, conflicts: ['country'] });
    // Both typing the same value is no conflict.
    expect(rebaseDraft(draft, base, { ...base, country: 'DK' }).conflicts).toEqual([]);
    // Country and chapter are apart: a co-editor's chapter joins the country picked here.
    expect(rebaseDraft(draft, base, { ...base, chapter: 'Copenhagen' })).toEqual({
      draft: { ...draft, chapter: 'Copenhagen' },
      conflicts: [],
    });
  });

  it('treats tags that differ only in spacing as the same', () => {
    const draft = { ...base, tags: 'Tibetan' };
    expect(rebaseDraft(draft, base, { ...base, tags: ' Tibetan ,' }).conflicts).toEqual([]);
    expect(draftChanges({ ...base, tags: 'Tibetan,' }, base)).toEqual({});
  });
});

describe('saving an edit dialog', () => {
  it('writes only the fields the person changed, so a co-editor’s newer country survives', () => {
    const doc = new Y.Doc();
    addSignatories(doc, [SFT]);
    const draft = { ...base, name: 'SFT', tags: 'Tibetan, Students' };
    // A co-editor moves the chapter while the dialog, opened on "Canada", is still open.
    updateSignatoryDetails(doc, 'sft', { country: 'DK' });
    expect(draftChanges(draft, base)).toEqual({ name: 'SFT', tags: ['Tibetan', 'Students'] });
    expect(updateSignatoryDetails(doc, 'sft', draftChanges(draft, base))).toBe(true);
    expect(readSignatories(doc)[0]).toMatchObject({
      name: 'SFT',
      country: 'DK',
      tags: ['Tibetan', 'Students'],
      note: 'Signed by phone',
    });
  });

  it('refuses an empty name without writing anything', () => {
    const doc = new Y.Doc();
    addSignatories(doc, [SFT]);
    expect(updateSignatoryDetails(doc, 'sft', { name: '  ', country: 'NO' })).toBe(false);
    expect(readSignatories(doc)[0]).toMatchObject({ name: SFT.name, country: 'CA' });
  });
});
