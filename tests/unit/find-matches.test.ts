import { describe, expect, it } from 'vitest';
import { findMatches } from '../../src-common/text/find-matches';

describe('finding text', () => {
  it('finds every occurrence, ignoring case unless asked', () => {
    expect(findMatches('Tibet, TIBET and tibetan', 'tibet', { caseSensitive: false })).toEqual([
      { start: 0, end: 5 },
      { start: 7, end: 12 },
      { start: 17, end: 22 },
    ]);
    expect(findMatches('Tibet, TIBET and tibetan', 'tibet', { caseSensitive: true })).toEqual([
      { start: 17, end: 22 },
    ]);
  });

  it('does not overlap matches and finds nothing for an empty term', () => {
    expect(findMatches('aaaa', 'aa', { caseSensitive: false })).toHaveLength(2);
    expect(findMatches('text', '', { caseSensitive: false })).toEqual([]);
  });

  it('keeps offsets right around characters whose lower case is longer', () => {
    expect(findMatches('İstanbul Declaration', 'declaration', { caseSensitive: false })).toEqual([
      { start: 9, end: 20 },
    ]);
  });

  it('finds Uyghur and Chinese text', () => {
    expect(findMatches('ئۇيغۇر كىشىلىك ھوقۇق', 'كىشىلىك', { caseSensitive: false })).toEqual([
      { start: 7, end: 14 },
    ]);
    expect(findMatches('芝加哥支援香港', '支援香港', { caseSensitive: false })).toEqual([
      { start: 3, end: 7 },
    ]);
  });
});
