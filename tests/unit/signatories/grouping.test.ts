import * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import { buildRenderModel } from '../../../src-common/render/render-model';
import {
  readSignatoryDisplay,
  updateSignatoryDisplay,
} from '../../../src-common/signatories/display-settings';
import {
  groupSignatories,
  initialOf,
  publishedGroups,
  sortSignatories,
} from '../../../src-common/signatories/grouping';
import { addSignatories } from '../../../src-common/signatories/signatories-doc';
import { signatoryName, signatorySchema, type Signatory } from '../../../src-common/signatories/signatory';

const entry = (name: string, fields: Partial<Signatory> = {}): Signatory =>
  signatorySchema.parse({
    id: `${name}|${fields.country ?? ''}|${fields.chapter ?? ''}`,
    name,
    status: 'confirmed',
    ...fields,
  });

const headings = (
  list: Signatory[],
  grouping: 'alphabetical' | 'tag' | 'country',
  locale?: string,
  language?: string,
) =>
  groupSignatories(sortSignatories(list, locale), grouping, locale, language).map((group) => [
    group.heading,
    group.entries.map((item) => signatoryName(item, language)),
  ]);

describe('grouping the signatory list', () => {
  it('files names under their first letter, ignoring "The", case and accents', () => {
    const list = [
      entry('Tibet Action Institute'),
      entry('The Amnesty Circle'),
      entry('émigré Uyghur Union'),
      entry('Églantine Foundation'),
      entry('4 Freedoms'),
      entry('american Tibet Society'),
    ];
    expect(headings(list, 'alphabetical', 'en')).toEqual([
      ['#', ['4 Freedoms']],
      ['A', ['american Tibet Society', 'The Amnesty Circle']],
      ['E', ['Églantine Foundation', 'émigré Uyghur Union']],
      ['T', ['Tibet Action Institute']],
    ]);
  });

  it('follows the chosen alphabet: in Swedish "Ö" is its own letter after "Z"', () => {
    const list = [entry('Östra Tibetgruppen'), entry('Oslo Uyghur Forum'), entry('Zürich Tibeter')];
    expect(headings(list, 'alphabetical', 'en').map(([heading]) => heading)).toEqual(['O', 'Z']);
    expect(headings(list, 'alphabetical', 'sv').map(([heading]) => heading)).toEqual(['O', 'Z', 'Ö']);
    expect(initialOf('ئۇيغۇر ئاكادېمىيىسى', 'ug')).not.toBe('#');
    expect(initialOf('芝援香港')).toBe('芝');
  });

  it('groups by country and by tag, the entries without one last', () => {
    const list = [
      entry('Students for a Free Tibet', { country: 'JP', tags: ['Tibetan', 'Students'] }),
      entry('Students for a Free Tibet', { country: 'CA', tags: ['Tibetan'] }),
      entry('Uyghur Academy', { country: 'jp', tags: ['Uyghur'] }),
      entry('Hong Kong Watch'),
    ];
    expect(headings(list, 'country')).toEqual([
      ['Canada', ['Students for a Free Tibet – Canada']],
      ['Japan', ['Students for a Free Tibet – Japan', 'Uyghur Academy – Japan']],
      ['No country', ['Hong Kong Watch']],
    ]);
    expect(headings(list, 'tag')).toEqual([
      ['Students', ['Students for a Free Tibet – Japan']],
      ['Tibetan', ['Students for a Free Tibet – Canada', 'Students for a Free Tibet – Japan']],
      ['Uyghur', ['Uyghur Academy – Japan']],
      ['No tag', ['Hong Kong Watch']],
    ]);
  });

  it('groups by the country, never the chapter: a city or "Europe" alone is under "No country"', () => {
    const list = [
      entry('Tibet Initiative', { country: 'DE', chapter: 'Munich' }),
      entry('Amnesty International', { chapter: 'Los Angeles' }),
      entry('Uyghur Youth Network', { chapter: 'Europe' }),
      entry('Gesellschaft für bedrohte Völker', { country: 'DE' }),
      entry('Österreichische Tibetgruppe', { country: 'AT' }),
      entry('Tibet Action Institute', { country: 'US', chapter: 'Los Angeles' }),
    ];
    expect(headings(list, 'country')).toEqual([
      ['Austria', ['Österreichische Tibetgruppe – Austria']],
      ['Germany', ['Gesellschaft für bedrohte Völker – Germany', 'Tibet Initiative – Munich, Germany']],
      ['United States', ['Tibet Action Institute – Los Angeles, United States']],
      ['No country', ['Amnesty International – Los Angeles', 'Uyghur Youth Network – Europe']],
    ]);
    // The headings are the countries' names in the language asked for, in that language's order.
    expect(headings(list, 'country', undefined, 'de').map(([heading]) => heading)).toEqual([
      'Deutschland',
      'Österreich',
      'Vereinigte Staaten',
      'No country',
    ]);
  });

  it('publishes the confirmed entries once each, in the panel order', () => {
    const list = [
      entry('Zeta Group', { country: 'AT', tags: ['A', 'B'] }),
      entry('Alpha Group', { country: 'BR', tags: ['B'] }),
      entry('Beta Group', { country: 'AT', status: 'declined' }),
    ];
    const published = (grouping: 'alphabetical' | 'tag' | 'country') =>
      publishedGroups(list, grouping).map((group) => [group.heading, group.entries.map((item) => item.name)]);
    expect(published('country')).toEqual([
      ['Austria', ['Zeta Group']],
      ['Brazil', ['Alpha Group']],
    ]);
    // Zeta Group has tags A and B: it is named once, under A, and B keeps only Alpha Group.
    expect(published('tag')).toEqual([
      ['A', ['Zeta Group']],
      ['B', ['Alpha Group']],
    ]);
    expect(published('alphabetical')).toEqual([
      ['A', ['Alpha Group']],
      ['Z', ['Zeta Group']],
    ]);
  });

  it('drops a tag group whose every entry is already listed under an earlier tag', () => {
    const list = [entry('Zeta Group', { tags: ['A', 'B'] }), entry('Alpha Group', { tags: ['A', 'B'] })];
    expect(publishedGroups(list, 'tag').map((group) => group.heading)).toEqual(['A']);
  });
});

describe('the sort and grouping choices kept with the letter', () => {
  it('are shared with a co-editor and used by the export', () => {
    const first = new Y.Doc();
    addSignatories(first, [entry('Östra Tibetgruppen'), entry('Zürich Tibeter', { country: 'CH' })]);
    expect(readSignatoryDisplay(first)).toEqual({ locale: '', grouping: 'alphabetical' });
    updateSignatoryDisplay(first, { locale: 'sv', grouping: 'country' });
    updateSignatoryDisplay(first, { locale: 'not a locale!' });
    const second = new Y.Doc();
    Y.applyUpdate(second, Y.encodeStateAsUpdate(first));
    expect(readSignatoryDisplay(second)).toEqual({ locale: 'sv', grouping: 'country' });
    const names = (doc: Y.Doc) => buildRenderModel(doc).signatories.entries.map((item) => item.name);
    expect(names(second)).toEqual(['Zürich Tibeter', 'Östra Tibetgruppen']);
    updateSignatoryDisplay(second, { grouping: 'alphabetical' });
    expect(names(second)).toEqual(['Zürich Tibeter', 'Östra Tibetgruppen']);
    updateSignatoryDisplay(second, { locale: 'en' });
    expect(names(second)).toEqual(['Östra Tibetgruppen', 'Zürich Tibeter']);
  });
});
