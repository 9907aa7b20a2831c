import { describe, expect, it } from 'vitest';
import { generateOrganizations } from '../../../bench/scenarios/signatories';
import { buildAliasIndex } from '../../../src-common/signatories/cleanup/aliases';
import { findDuplicates, type NamedEntry } from '../../../src-common/signatories/cleanup/duplicates';
import { editDistance } from '../../../src-common/signatories/cleanup/edit-distance';
import { nameKey } from '../../../src-common/signatories/cleanup/name-key';

/** The pairs found, as "repeat → kept: why", for readable failures. */
function pairs(
  names: readonly (string | NamedEntry)[],
  aliases?: Parameters<typeof buildAliasIndex>[0],
): string[] {
  const entries = names.map((name) => (typeof name === 'string' ? { name } : name));
  const found = findDuplicates(entries, aliases ? { aliases: buildAliasIndex(aliases) } : {});
  return found.map(
    (match) =>
      `${entries[match.index]?.name ?? ''} → ${entries[match.duplicateOf]?.name ?? ''}: ${match.explanation}`,
  );
}

describe('exact duplicates', () => {
  it('finds the fixture’s repeats after normalising, and keeps the capitalised spelling', () => {
    expect(
      pairs([
        'Dutch Uyghur human rights foundation',
        'East Turkistan New Generation Movement',
        'Dutch Uyghur Human Rights Foundation',
        'East Turkistan New Generation Movement',
      ]),
    ).toEqual([
      'Dutch Uyghur human rights foundation → Dutch Uyghur Human Rights Foundation: same name after normalising',
      'East Turkistan New Generation Movement → East Turkistan New Generation Movement: same name after normalising',
    ]);
  });

  it('treats spacing, "&", a leading "The" and accents as the same name', () => {
    expect(pairs(['Tibet & Himalaya Society', 'The Tibet and Himalaya Society'])).toHaveLength(1);
    expect(pairs(['Amigos del Tíbet Chile', 'Amigos del Tibet Chile'])).toHaveLength(1);
    expect(pairs(['US HongKongers Club', 'US Hong Kongers Club'])).toEqual([
      'US Hong Kongers Club → US HongKongers Club: same name apart from spaces',
    ]);
  });

  it('finds repeats in Chinese and in Uyghur Arabic script', () => {
    expect(pairs(['芝援香港', '（芝援香港）'])).toHaveLength(1);
    expect(pairs(['دۇنيا ئۇيغۇر قۇرۇلتىيى', 'دۇنيا  ئۇيغۇر قۇرۇلتىيى،'])).toHaveLength(1);
  });

  it('finds a Chinese name written with a variant form of one of its characters', () => {
    expect(pairs(['温家傑', '陳潔貞', '溫家傑'])).toHaveLength(1);
  });
});

describe('near duplicates', () => {
  it('finds a one-letter typo and says where', () => {
    expect(pairs(['Tibet Justice Center', 'Tibet Justise Center'])).toEqual([
      'Tibet Justise Center → Tibet Justice Center: differs by one letter (“justise” / “justice”)',
    ]);
  });

  it('finds a one-letter difference in Uyghur Arabic script', () => {
    expect(pairs(['دۇنيا ئۇيغۇر قۇرۇلتىيى', 'دۇنيا ئۇيغۇر قۇرۇلتايى'])).toHaveLength(1);
  });

  it('knows the spellings of Uyghur and Turkistan', () => {
    expect(pairs(['East Turkistan Union in Europe', 'East Turkestan Union in Europe'])).toEqual([
      'East Turkestan Union in Europe → East Turkistan Union in Europe: “Turkestan” is another spelling of “Turkistan”',
    ]);
  });

  it('finds the three Uyghur associations of Victoria, keeping the one with the country', () => {
    expect(
      pairs([
        'Australian Uyghur Association',
        'Uighur Association Victoria Australia',
        { name: 'Uyghur Association of Victoria', country: 'Australia' },
        'Victoria Uyghur Association',
      ]),
    ).toEqual([
      'Uighur Association Victoria Australia → Uyghur Association of Victoria: “Uighur” is another spelling of “Uyghur”',
      'Victoria Uyghur Association → Uyghur Association of Victoria: same words and place, worded differently',
    ]);
  });

  it('finds the same name in another language (Norwegian, German, Swedish)', () => {
    expect(
      pairs(['Den Norske Uyghur komiteen', 'Norsk uyghur komite', 'Norwegian Uyghur Committee']),
    ).toEqual([
      'Den Norske Uyghur komiteen → Norwegian Uyghur Committee: same name in another language',
      'Norsk uyghur komite → Norwegian Uyghur Committee: same name in another language',
    ]);
    expect(pairs(['Uyghurischer Verein Schweiz', 'Uyghur Association Switzerland'])[0]).toContain(
      'same name in another language',
    );
    expect(pairs(['Svenska Uigur Union', 'Sweden Uyghur Union'])).toHaveLength(1);
  });

  it('reads words in another order as the same name', () => {
    expect(pairs(['Tibet Support Group Uganda', 'Uganda Tibet Support Group'])).toHaveLength(1);
  });
});

describe('aliases from the directory', () => {
  const directory = [
    {
      name: 'Uyghur Cultural and Education Union in Germany',
      aliases: ['Uyhur medeniyet we maarip birliki, Germaniye', 'ئۇيغۇر مەدەنىيەت-مائارىپ بىرلىكى'],
    },
  ];

  it('finds names the directory lists as one organization, and keeps the directory’s name', () => {
    expect(
      pairs(
        [
          { name: 'Uyhur medeniyet we maarip birliki', country: 'Germaniye' },
          'Uyghur Cultural and Education Union in Germany',
        ],
        directory,
      ),
    ).toEqual([
      'Uyhur medeniyet we maarip birliki → Uyghur Cultural and Education Union in Germany: alias of “Uyghur Cultural and Education Union in Germany”',
    ]);
  });

  it('matches an alias in another script', () => {
    expect(
      pairs(
        ['ئۇيغۇر مەدەنىيەت-مائارىپ بىرلىكى', 'Uyghur Cultural and Education Union in Germany'],
        directory,
      ),
    ).toHaveLength(1);
  });

  it('finds nothing through an alias the names do not match', () => {
    expect(
      pairs(['Uyghur Human Rights Project', 'Uyghur Cultural and Education Union in Germany'], directory),
    ).toEqual([]);
  });
});

describe('what is not a duplicate', () => {
  it('keeps chapters of one organization apart', () => {
    expect(
      pairs([
        { name: 'Students for a Free Tibet' },
        { name: 'Students for a Free Tibet', country: 'Canada' },
        { name: 'Students for a Free Tibet', country: 'UK' },
        'Free Tibet',
        'Free Tibet Fukuoka',
        'Tibet Society',
        'Tibet Society of South Africa',
        'Casa del Tibet',
        'Casa Tibet México',
        'Uyghur Association France',
        'Uyghur Association Switzerland',
        'Tibetan Community in Britain',
        'Tibetan Community Victoria',
        'Tibetan Community Queensland',
        'Friends of Tibet Costa Rica',
        'Friends of Tibet New Zealand',
        'Les Amis du Tibet Belgium',
        'Les Amis du Tibet Luxembourg',
      ]),
    ).toEqual([]);
  });

  it('keeps a national group apart from a state group, and different kinds apart', () => {
    expect(
      pairs([
        'Australian Uyghur Association',
        { name: 'Uyghur Association of Victoria', country: 'Australia' },
        'World Uyghur Congress',
        'World Uyghur Congress Foundation',
        'Sweden Uyghur Union',
        'Sweden Uyghur Education Union',
        'Save Tibet Foundation',
        { name: 'Save Tibet', country: 'Austria' },
        'Tibet Society',
        'Tibet Solidarity',
      ]),
    ).toEqual([]);
  });

  it('does not read short words one letter apart as typos', () => {
    expect(pairs(['Act with HK', 'Act with UK'])).toEqual([]);
  });
});

describe('at scale', () => {
  it('finds most generated variants among 10,000 names, with few false matches, without comparing all pairs', () => {
    const { entries, originalOf } = generateOrganizations(10_000);
    const start = performance.now();
    const found = findDuplicates(entries);
    const elapsed = performance.now() - start;
    const variants = originalOf.filter((original, index) => original !== index).length;
    const grouped = new Set(found.flatMap((match) => [match.index, match.duplicateOf]));
    const caught = originalOf.filter((original, index) => original !== index && grouped.has(index)).length;
    const wrong = found.filter((match) => originalOf[match.index] !== originalOf[match.duplicateOf]).length;
    expect(caught / variants).toBeGreaterThan(0.95);
    // The generator makes some base names that are other base names reordered ("Youth and Cultural"): true repeats.
    expect(wrong / found.length).toBeLessThan(0.05);
    // The budget is 300 ms (npm run bench); this bound only catches an accidental all-pairs comparison.
    expect(elapsed).toBeLessThan(3000);
  });
});

describe('keys and distances', () => {
  it('reads places, countries and demonyms as places, not words of the name', () => {
    const key = nameKey('Uyghur Association of Victoria', 'Australia');
    expect(key.core).toEqual(['uyghur', 'association']);
    expect(key.places).toEqual(['australia', 'victoria']);
    expect(nameKey('Norsk uyghur komite').canonical).toBe(nameKey('Norwegian Uyghur Committee').canonical);
  });

  it('counts edits, swaps included, and stops past the limit', () => {
    expect(editDistance('uyghur', 'uyghur', 1)).toBe(0);
    expect(editDistance('uyghur', 'uighur', 1)).toBe(1);
    expect(editDistance('uyghur', 'uyhgur', 1)).toBe(1);
    expect(editDistance('uyghur', 'uygur', 1)).toBe(1);
    expect(editDistance('uyghur', 'uigur', 1)).toBe(2);
    expect(editDistance('tibet', 'society', 2)).toBe(3);
  });
});
