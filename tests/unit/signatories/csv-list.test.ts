import { describe, expect, it } from 'vitest';
import {
  csvAsList,
  csvRowOf,
  csvRows,
  guessMapping,
  readCsv,
} from '../../../src-common/signatories/csv-list';

const GOOGLE_FORMS = [
  'Timestamp,Organization,Country,Contact name,Email',
  '2022/05/20 10:01:02,Uyghur Human Rights Project,USA,Omer Kanat,omer@example.org',
  '"2022/05/20 11:15:40","Students for a Free Tibet, Canada",Canada,Someone,"someone@example.org"',
  '2022/05/21 09:00:00,"芝援香港 Chicago Solidarity with Hong Kong",,X,x@example.org',
  ',,,,',
].join('\n');

describe('a CSV sign-on list', () => {
  it('reads a Google Forms export and maps its Organization and Country columns', () => {
    const table = readCsv(GOOGLE_FORMS);
    expect(table.columns).toEqual(['Timestamp', 'Organization', 'Country', 'Contact name', 'Email']);
    expect(table.rows).toHaveLength(3);
    expect(guessMapping(table.columns)).toEqual({
      name: 'Organization',
      country: 'Country',
      chapter: null,
      kind: null,
    });
  });

  it('becomes a pasted list without the contact details', () => {
    const table = readCsv(GOOGLE_FORMS);
    const list = csvAsList(table, { name: 'Organization', country: 'Country', chapter: null });
    expect(list).toBe(
      'Uyghur Human Rights Project, United States\nStudents for a Free Tibet, Canada\n芝援香港 Chicago Solidarity with Hong Kong',
    );
    expect(list).not.toContain('@');
  });

  it('reads separate Country and Chapter columns, as the CSV export writes them', () => {
    const table = readCsv(
      [
        'Organization,Country,Chapter,Kind,Status',
        'Tibet Initiative,Germany,Munich,organization,confirmed',
        'Amnesty International,,Los Angeles,,confirmed',
        'Uyghur Youth Network,Europe,,,invited',
        'Students for a Free Tibet,Canada,,Person,confirmed',
      ].join('\n'),
    );
    const mapping = guessMapping(table.columns);
    expect(mapping).toEqual({ name: 'Organization', country: 'Country', chapter: 'Chapter', kind: 'Kind' });
    if (!mapping) {
      return;
    }
    const rows = csvRows(table, mapping);
    expect(rows.map((row) => row.place)).toEqual([
      { country: 'DE', chapter: 'Munich' },
      { country: '', chapter: 'Los Angeles' },
      // Not a country: the Country column's "Europe" is where the chapter is.
      { country: '', chapter: 'Europe' },
      { country: 'CA', chapter: '' },
    ]);
    // The Kind column, as the export writes it: an empty cell is "not set".
    expect(rows.map((row) => row.kind)).toEqual(['organization', undefined, undefined, 'person']);
    expect(csvAsList(table, mapping).split('\n')[0]).toBe('Tibet Initiative, Munich, Germany');
    // The clean-up reads "Tibet Initiative, Munich" and "Germany"; the row's columns say better.
    expect(csvRowOf(rows, { line: 1, name: 'Tibet Initiative, Munich' })).toEqual({
      name: 'Tibet Initiative',
      place: { country: 'DE', chapter: 'Munich' },
      kind: 'organization',
    });
    expect(csvRowOf(rows, { line: 1, name: 'Initiative' })).toBeNull();
  });

  it('has no guess when no column looks like an organization', () => {
    expect(guessMapping(['Timestamp', 'Email'])).toBeNull();
  });
});
