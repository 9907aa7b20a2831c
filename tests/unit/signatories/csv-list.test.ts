import { describe, expect, it } from 'vitest';
import { csvAsList, guessMapping, readCsv } from '../../../src-common/signatories/csv-list';

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
    expect(guessMapping(table.columns)).toEqual({ name: 'Organization', country: 'Country' });
  });

  it('becomes a pasted list without the contact details', () => {
    const table = readCsv(GOOGLE_FORMS);
    const list = csvAsList(table, { name: 'Organization', country: 'Country' });
    expect(list).toBe(
      'Uyghur Human Rights Project, USA\nStudents for a Free Tibet, Canada\n芝援香港 Chicago Solidarity with Hong Kong',
    );
    expect(list).not.toContain('@');
  });

  it('has no guess when no column looks like an organization', () => {
    expect(guessMapping(['Timestamp', 'Email'])).toBeNull();
  });
});
