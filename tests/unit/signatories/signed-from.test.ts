import { describe, expect, it } from 'vitest';
import { readPastedList } from '../../../src-common/signatories/cleanup/pasted-list';
import { allSuggestionIds, applySuggestions } from '../../../src-common/signatories/cleanup/suggestions';

function read(lines: readonly string[]): { name: string; country: string; note?: string }[] {
  const list = readPastedList(lines.join('\n'));
  if (!list.parse) {
    throw new Error(list.refusal);
  }
  return applySuggestions(list.parse, allSuggestionIds(list.parse)).map(({ name, country, note }) =>
    note === undefined ? { name, country } : { name, country, note },
  );
}

// Lines of md-en-github-do-not-ban-us-supporters-2019: people, and their GitHub user names, signing "from" a country
// written out, as a flag, or as a shortcode.
describe('people signing from a country', () => {
  it('reads "Name from Country 🇮🇷 ([handle](url))" as the person, the country and the handle', () => {
    expect(
      read([
        '- Sadra Hallaj from Iran 🇮🇷([sadrahallaj](https://github.com/sadrahallaj))',
        '- mehran motiee from Iran 🇮🇷 ([straxico](http://github.com/straxico))',
        '- rajabiseraji from Iran 🇮🇷',
      ]),
    ).toEqual([
      { name: 'Sadra Hallaj', country: 'Iran', note: 'sadrahallaj' },
      { name: 'mehran motiee', country: 'Iran', note: 'straxico' },
      { name: 'rajabiseraji', country: 'Iran' },
    ]);
  });

  it('reads a flag after "from", and a user name repeated in brackets', () => {
    expect(
      read([
        '- Conner Orth from 🇳🇱',
        '- 88250 from 🇨🇳 ([88250](https://github.com/88250))',
        '- 1995parham from Iran 🇮🇷 ([1995parham](https://github.com/1995parham))',
      ]),
    ).toEqual([
      { name: 'Conner Orth', country: 'Netherlands' },
      { name: '88250', country: 'China', note: '88250' },
      { name: '1995parham', country: 'Iran', note: '1995parham' },
    ]);
  });

  it('reads a flag shortcode (":cn:") as the flag, and names the country as the flag does', () => {
    expect(
      read([
        '- jocs from China :cn: ([jocs](https://github.com/Jocs))',
        '- Duncan Sparks from the U.S. 🇺🇸 ([DuncanSparks](https://github.com/DuncanSparks))',
      ]),
    ).toEqual([
      { name: 'jocs', country: 'China', note: 'jocs' },
      { name: 'Duncan Sparks', country: 'United States', note: 'DuncanSparks' },
    ]);
  });

  it('leaves an organization whose name says "from" whole', () => {
    expect(
      read(['Students from Hong Kong', 'Voices from Palestine', 'Time: 10:30:00 – Letters from Iran']),
    ).toEqual([
      { name: 'Students from Hong Kong', country: '' },
      { name: 'Voices from Palestine', country: '' },
      { name: 'Time: 10:30:00 – Letters from Iran', country: '' },
    ]);
  });
});
