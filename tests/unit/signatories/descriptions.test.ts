import { describe, expect, it } from 'vitest';
import { readPastedList } from '../../../src-common/signatories/cleanup/pasted-list';
import { allSuggestionIds, applySuggestions } from '../../../src-common/signatories/cleanup/suggestions';

function read(lines: readonly string[]): { name: string; country: string; note: string }[] {
  const list = readPastedList(lines.join('\n'));
  if (!list.parse) {
    throw new Error(list.refusal);
  }
  return applySuggestions(list.parse, allSuggestionIds(list.parse)).map(({ name, country, note }) => ({
    name,
    country,
    note: note ?? '',
  }));
}

// md-it-en-acta-open-letter-2009: each organization linked, with its country, then a sentence about it.
describe('a sentence describing the linked name above it', () => {
  it('is the note of that name, not a name', () => {
    expect(
      read([
        '[April](http://www.april.org/) - France',
        'April is the main French advocacy association devoted to promote and protect Free/Libre Software',
        '[Chaos Computer Club (CCC)](http://www.ccc.de/) - Germany',
        "Europe's largest hacker group, founded in 1981.",
        '[Constant vzw](http://www.constantvzw.org/) - Belgium',
        'Association for arts and media',
        '[Exgae](http://www.exgae.net/) - Spain',
        'La primera asesoría legal especializada en librar a los ciudadanos de los abusos. 24',
        'identidades, entre asociaciones y ciudadanos, están detrás de esta iniciativa.',
      ]),
    ).toEqual([
      {
        name: 'April',
        country: 'France',
        note: 'April is the main French advocacy association devoted to promote and protect Free/Libre Software',
      },
      {
        name: 'Chaos Computer Club (CCC)',
        country: 'Germany',
        note: "Europe's largest hacker group, founded in 1981.",
      },
      { name: 'Constant vzw', country: 'Belgium', note: 'Association for arts and media' },
      {
        name: 'Exgae',
        country: 'Spain',
        note:
          'La primera asesoría legal especializada en librar a los ciudadanos de los abusos. 24 identidades, entre ' +
          'asociaciones y ciudadanos, están detrás de esta iniciativa.',
      },
    ]);
  });

  it('leaves names without links between linked ones as names', () => {
    expect(
      read([
        '[April](http://www.april.org/) - France',
        'Bits of Freedom',
        '[Constant vzw](http://www.constantvzw.org/) - Belgium',
        'Electronic Frontier Finland',
        '[Exgae](http://www.exgae.net/) - Spain',
      ]).map(({ name }) => name),
    ).toEqual(['April', 'Bits of Freedom', 'Constant vzw', 'Electronic Frontier Finland', 'Exgae']);
  });

  it('reads sentences in a list without linked names as they are', () => {
    const lines = ['Association for arts and media', 'Movimento de mulheres camponesas – MMC', 'Greenpeace'];
    expect(read(lines)).toHaveLength(3);
  });
});
