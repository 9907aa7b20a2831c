import { describe, expect, it } from 'vitest';
import { parseSignatoryBlock } from '../../../src-common/signatories/block-parser';
import { directoryBlockOptions, directoryIdFinder } from '../../../src-common/signatories/directory-names';
import { directorySignatures, signatoryFieldsFor } from '../../../src-common/signatories/directory-link';
import { signatorySchema } from '../../../src-common/signatories/signatory';

const directory = [
  {
    id: 'nuc',
    name: 'Norwegian Uyghur Committee',
    aliases: ['Norsk uyghur komite', 'نورۋېگىيە ئۇيغۇر كومىتېتى'],
  },
  { id: 'tai', name: 'Tibet Action Institute', aliases: [] },
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
      country: 'Canada',
      tags: ['Tibetan'],
    });
    expect(signatoryFieldsFor({ ...chapter, country: '' }).country).toBe('SFT Canada');
    expect(signatoryFieldsFor({ ...chapter, parentName: null, country: 'Canada' }).name).toBe('SFT Canada');
  });

  it('records each linked organization once, with the status that says most', () => {
    const entry = (id: string, status: string, directoryId?: string) =>
      signatorySchema.parse({ id, name: id, status, directoryId });
    expect(
      directorySignatures([
        entry('a', 'withdrawn', 'nuc'),
        entry('b', 'confirmed', 'nuc'),
        entry('c', 'invited', 'tai'),
        entry('d', 'confirmed'),
      ]),
    ).toEqual([
      { entryId: 'nuc', status: 'confirmed' },
      { entryId: 'tai', status: 'invited' },
    ]);
  });
});
