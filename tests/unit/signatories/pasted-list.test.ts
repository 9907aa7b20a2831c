import { describe, expect, it } from 'vitest';
import { readPastedList } from '../../../src-common/signatories/cleanup/pasted-list';
import { mergedListLetter } from '../../support/long-lists';

describe('a pasted list', () => {
  it('is read by the clean-up engine', () => {
    const pasted = readPastedList('Free Tibet\nFree Tibet\nWorld Uyghur Congress');
    expect(pasted.parse?.entries).toHaveLength(3);
    expect(pasted.parse?.suggestions.map((suggestion) => suggestion.kind)).toEqual(['remove-duplicate']);
    expect(pasted.refusal).toBeUndefined();
  });

  it('is refused in one sentence past the line limit, before it is read', () => {
    expect(readPastedList('Free Tibet\n'.repeat(100_001))).toEqual({
      refusal: 'This text has more than 100,000 lines, more than a letter can have. Nothing was imported.',
    });
  });

  it('is refused past 100,000 organizations, counting each organization of a merged line', () => {
    expect(readPastedList(mergedListLetter(60_000)).refusal).toMatch(/more than 100,000 signatories/u);
  });
});
