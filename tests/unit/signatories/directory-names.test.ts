import { describe, expect, it } from 'vitest';
import { parseSignatoryBlock } from '../../../src-common/signatories/cleanup/block-parser';
import {
  directoryBlockOptions,
  directoryIdFinder,
} from '../../../src-common/signatories/cleanup/directory-names';
import { directorySignatures, signatoryFieldsFor } from '../../../src-common/signatories/directory-link';
import { signatorySchema } from '../../../src-common/signatories/signatory';

const directory = [
  {
    id: 'nuc',
    name: 'Norwegian Uyghur Committee',
    aliases: ['Norsk uyghur komite', 'نورۋېگىيە ئۇيغۇر كومىتېتى'],
    country: 'Norway',
    parentName: null,
  },
  { id: 'tai', name: 'Tibet Action Institute', aliases: [], country: '', parentName: null },
  { id: 'sft', name: 'Students for a Free Tibet', aliases: ['SFT'], country: '', parentName: null },
  { id: 'sft-ca', name: 'Students for a Free Tibet', aliases: [], country: 'Canada', parentName: null },
  { id: 'sft-jp', name: 'SFT Japan', aliases: [], country: 'Japan', parentName: 'Students for a Free Tibet' },
];

describe('the directory in the clean-up engine', () => {
  it('suggests removing a pasted line that is an alias of another, saying which organization', () => {
    const parse = parseSignatoryBlock(
      'Norwegian Uyghur Committee\nTibet Action Institute\nنورۋېگىيە ئۇيغۇر كومىتېتى',
      directoryBlockOptions(directory),
    );
    expect(parse.suggestions.map((suggestion) => suggestion.explanation)).toEqual([
      expect.stringContaining('alias of “Norwegian Uyghur Committee”'),
    ]);
    expect(parseSignatoryBlock('Norwegian Uyghur Committee\nنورۋېگىيە ئۇيغۇر كومىتېتى').suggestions).toEqual(
      [],
    );
  });

  it('links a pasted name to its directory entry through the name, an alias or a spelling variant', () => {
    const find = directoryIdFinder(directory);
    expect(find('Norsk Uyghur Komite')).toBe('nuc');
    expect(find('نورۋېگىيە ئۇيغۇر كومىتېتى')).toBe('nuc');
    expect(find('The Tibet Action Institute')).toBe('tai');
    expect(find('Uyghur Human Rights Project')).toBeNull();
  });

  it('finds a chapter by its place, the organization when no chapter is known, and nothing when unsure', () => {
    const find = directoryIdFinder(directory);
    expect(find('Students for a Free Tibet', 'Canada')).toBe('sft-ca');
    expect(find('Students for a Free Tibet', 'Japan')).toBe('sft-jp');
    expect(find('SFT', 'India')).toBe('sft');
    expect(find('Students for a Free Tibet')).toBe('sft');
    expect(find('Norwegian Uyghur Committee')).toBe('nuc');
    expect(find('Norwegian Uyghur Committee', 'Sweden')).toBeNull();
    const twins = directoryIdFinder([
      { id: 'a', name: 'Hong Kong Watch', aliases: [], country: 'UK', parentName: null },
      { id: 'b', name: 'Hong Kong Watch', aliases: [], country: 'Canada', parentName: null },
    ]);
    expect(twins('Hong Kong Watch')).toBeNull();
    expect(twins('Hong Kong Watch', 'Canada')).toBe('b');
  });
});

describe('signatories linked to the directory', () => {
  it('lists a chapter under its organization, with its country or its own name', () => {
    const chapter = {
      id: 'c',
      name: 'SFT Canada',
      parentName: 'Students for a Free Tibet',
      tags: ['Tibetan'],
    };
    expect(signatoryFieldsFor({ ...chapter, country: 'Canada' })).toEqual({
      name: 'Students for a Free Tibet',
      country: 'CA',
      chapter: '',
      tags: ['Tibetan'],
    });
    expect(signatoryFieldsFor({ ...chapter, country: '' })).toMatchObject({
      country: '',
      chapter: 'SFT Canada',
    });
    // The directory keeps its place as written: a city and country are read apart.
    expect(signatoryFieldsFor({ ...chapter, country: 'Toronto, Canada' })).toMatchObject({
      country: 'CA',
      chapter: 'Toronto',
    });
    expect(signatoryFieldsFor({ ...chapter, parentName: null, country: 'Canada' }).name).toBe('SFT Canada');
  });

  it('records each linked organization once, with the status that says most', () => {
    const entry = (id: string, status: string, directoryId?: string) =>
      signatorySchema.parse({ id, name: id, status, directoryId });
    expect(
      directorySignatures(
        [
          entry('a', 'withdrawn', 'nuc'),
          entry('b', 'confirmed', 'nuc'),
          entry('c', 'invited', 'tai'),
          entry('d', 'confirmed'),
        ],
        (signatory) => signatory.directoryId ?? null,
      ),
    ).toEqual([
      { entryId: 'nuc', status: 'confirmed' },
      { entryId: 'tai', status: 'invited' },
    ]);
  });
});
