import { describe, expect, it } from 'vitest';
import { splitChapter } from '../../../src-common/signatories/cleanup/chapters';
import {
  fillFragments,
  fragmentWords,
  type ListEntry,
} from '../../../src-common/signatories/cleanup/fragments';
import { displayName } from '../../../src-common/signatories/signatory';
import { placeFromText } from '../../../src-common/signatories/signatory-place';

const entries = (...names: string[]): ListEntry[] =>
  names.map((name, index) => ({ id: `e${index}`, name, country: '' }));

describe('chapters written after a comma or dash', () => {
  it.each([
    ['Bharrat Tibbat Samvad Manch, India', 'Bharrat Tibbat Samvad Manch', 'India'],
    ['Hong Kong Forum, Los Angeles', 'Hong Kong Forum', 'Los Angeles'],
    ['TSG – Slovenia', 'TSG', 'Slovenia'],
    ['Uyghur Association of Victoria, Australia', 'Uyghur Association of Victoria', 'Australia'],
    ['Uyhur medeniyet we maarip birliki, Germaniye', 'Uyhur medeniyet we maarip birliki', 'Germaniye'],
    ['Friends of Tibet, Costa Rica', 'Friends of Tibet', 'Costa Rica'],
  ])('reads “%s” as a name and its country', (text, name, country) => {
    expect(splitChapter(text)).toEqual({ name, country });
  });

  it('keeps a city before the country with the place, to be read as the chapter and its country', () => {
    const munich = splitChapter('Students for a Free Tibet, Munich, Germany');
    expect(munich).toEqual({ name: 'Students for a Free Tibet', country: 'Munich, Germany' });
    expect(placeFromText(munich.country)).toEqual({ country: 'DE', chapter: 'Munich' });
    expect(splitChapter('Amnesty International – Los Angeles, United States')).toEqual({
      name: 'Amnesty International',
      country: 'Los Angeles, United States',
    });
    // Two countries are not a city and its country; nor is a part of the name that is no place.
    expect(splitChapter('Uyghur Forum, France, Germany')).toEqual({
      name: 'Uyghur Forum, France',
      country: 'Germany',
    });
    expect(splitChapter('Free Tibet, Inc., USA')).toEqual({ name: 'Free Tibet, Inc.', country: 'USA' });
  });

  it.each([
    'Uyghur Association France',
    'Maison du Tibet – Tibet Info',
    'Women of the World, teaming for Tibetans',
    'The Youth Liberation Front of Tibet, Mongolia and Turkestan',
    'Canada',
  ])('keeps “%s” as one name', (text) => {
    expect(splitChapter(text)).toEqual({ name: text, country: '' });
  });

  it('prints a chapter as "Name – Country"', () => {
    expect(displayName({ name: 'Students for a Free Tibet', country: 'Canada' })).toBe(
      'Students for a Free Tibet – Canada',
    );
    expect(displayName({ name: 'Free Tibet', country: '' })).toBe('Free Tibet');
  });
});

describe('fragment lines', () => {
  it('recognises lines made only of places and organization-type words', () => {
    expect(fragmentWords('Canada Denmark France India Japan UK')?.map((word) => word.text)).toEqual([
      'Canada',
      'Denmark',
      'France',
      'India',
      'Japan',
      'UK',
    ]);
    expect(fragmentWords('USA Association')).toEqual([
      { text: 'USA', place: true },
      { text: 'Association', place: false },
    ]);
    expect(fragmentWords('Costa Rica New Zealand')?.map((word) => word.text)).toEqual([
      'Costa Rica',
      'New Zealand',
    ]);
  });

  it('does not take names for fragments', () => {
    expect(fragmentWords('Free Tibet')).toBeNull();
    expect(fragmentWords('UK Uyghur Community')).toBeNull();
    expect(fragmentWords('Tibet Society')).toBeNull();
  });

  it('completes seven “Students for a Free Tibet” with six places: the first line is the organization itself', () => {
    const above = entries(
      'Sierra Friends of Tibet',
      ...Array.from({ length: 7 }, () => 'Students for a Free Tibet'),
      'Support Hong Kong Independence Movement',
      'Tibet Solidarity',
    );
    const fill = fillFragments(fragmentWords('Canada Denmark France India Japan UK') ?? [], above);
    expect(fill?.runName).toBe('Students for a Free Tibet');
    expect(fill?.runLength).toBe(7);
    expect(fill?.completions.map((completion) => [completion.entryId, displayName(completion)])).toEqual([
      ['e2', 'Students for a Free Tibet – Canada'],
      ['e3', 'Students for a Free Tibet – Denmark'],
      ['e4', 'Students for a Free Tibet – France'],
      ['e5', 'Students for a Free Tibet – India'],
      ['e6', 'Students for a Free Tibet – Japan'],
      ['e7', 'Students for a Free Tibet – UK'],
    ]);
    expect(fill?.unplaced).toEqual([]);
  });

  it('gives the word out of alphabetical order to the next cut-short name: “Uyghur American” + “Association”', () => {
    const above = entries(
      ...Array.from({ length: 7 }, () => 'Uyghur Academy'),
      'Uyghur American',
      'Uyghur Association France',
      'Uyghur Center for Human Rights and Democracy',
    );
    const words = [
      ...(fragmentWords('Australia Canada Europe Foundation Japan') ?? []),
      ...(fragmentWords('USA Association') ?? []),
    ];
    const fill = fillFragments(words, above);
    expect(fill?.completions.map(displayName)).toEqual([
      'Uyghur Academy – Australia',
      'Uyghur Academy – Canada',
      'Uyghur Academy – Europe',
      'Uyghur Academy Foundation',
      'Uyghur Academy – Japan',
      'Uyghur Academy – USA',
      'Uyghur American Association',
    ]);
    expect(fill?.completions[0]?.entryId).toBe('e1');
  });

  it('reports words no name can take, and nothing when no name repeats above', () => {
    const fill = fillFragments(
      fragmentWords('Canada Denmark Foundation') ?? [],
      entries('A Group', 'A Group'),
    );
    expect(fill?.completions.map(displayName)).toEqual(['A Group – Canada', 'A Group – Denmark']);
    expect(fill?.unplaced).toEqual(['Foundation']);
    expect(fillFragments(fragmentWords('Canada') ?? [], entries('Free Tibet', 'Tibet Society'))).toBeNull();
  });
});
