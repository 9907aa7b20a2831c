import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { signatoriesCsv, signatoriesPlainText } from '../../../src-common/signatories/csv-export';
import { signatorySchema, type Signatory } from '../../../src-common/signatories/signatory';

function signatory(fields: Partial<Signatory> & { name: string }): Signatory {
  return signatorySchema.parse({ id: fields.name, status: 'confirmed', ...fields });
}

const list = [
  signatory({
    name: 'Uyghur Human Rights Project',
    country: 'US',
    chapter: 'Washington, DC',
    confirmedOn: '2022-05-20',
    directoryId: 'uhrp',
    kind: 'organization',
  }),
  signatory({ name: 'The Association of Ürümqi Exiles', tags: ['Uyghur', 'Diaspora'] }),
  signatory({ name: 'Students for a Free Tibet', country: 'CA', status: 'withdrawn' }),
  signatory({ name: 'Tibet Initiative', chapter: 'Europe' }),
  signatory({ name: 'ئۇيغۇر ياشلار بىرلىكى', status: 'invited' }),
  signatory({ name: '=HYPERLINK("http://evil.example")' }),
];

const contacts: Record<string, { name: string; email: string; phone: string }[]> = {
  uhrp: [
    { name: 'Omer', email: 'omer@example.org', phone: '' },
    { name: 'Peter', email: 'peter@example.org', phone: '+1 202 000' },
  ],
};

function rows(csv: string): string[][] {
  return Papa.parse<Record<string, string>>(csv, { header: true }).data.map((row) => Object.values(row));
}

describe('exporting the list as CSV', () => {
  const csv = signatoriesCsv(list, (entry) => contacts[entry.directoryId ?? ''] ?? [], 'en');

  it('writes every signatory alphabetically ("The" ignored), with status, date, tags and local contacts', () => {
    expect(csv.split('\r\n')[0]).toBe(
      'Organization,Country,Chapter,Kind,Status,Confirmed on,Tags,Contact name,Contact e-mail,Contact phone',
    );
    expect(rows(csv).map((row) => row[0])).toEqual([
      '\'=HYPERLINK("http://evil.example")',
      'The Association of Ürümqi Exiles',
      'Students for a Free Tibet',
      'Tibet Initiative',
      'Uyghur Human Rights Project',
      'ئۇيغۇر ياشلار بىرلىكى',
    ]);
    expect(rows(csv)[4]).toEqual([
      'Uyghur Human Rights Project',
      'United States',
      'Washington, DC',
      'organization',
      'confirmed',
      '2022-05-20',
      '',
      'Omer; Peter',
      'omer@example.org; peter@example.org',
      '+1 202 000',
    ]);
    expect(rows(csv)[1]?.[6]).toBe('Uyghur; Diaspora');
    // No kind set: its cell is empty.
    expect(rows(csv)[2]?.slice(1, 5)).toEqual(['Canada', '', '', 'withdrawn']);
    // A chapter without a country fills only its own column.
    expect(rows(csv)[3]?.slice(1, 3)).toEqual(['', 'Europe']);
  });

  it('names the countries in the language asked for', () => {
    const german = signatoriesCsv(list, () => [], 'en', 'de');
    expect(rows(german)[4]?.slice(1, 3)).toEqual(['Vereinigte Staaten', 'Washington, DC']);
  });
});

describe('copying the list as plain text', () => {
  it('lists the confirmed signatories in published order, chapters after their name', () => {
    expect(signatoriesPlainText(list, 'en').split('\n')).toEqual([
      '=HYPERLINK("http://evil.example")',
      'The Association of Ürümqi Exiles',
      'Tibet Initiative – Europe',
      'Uyghur Human Rights Project – Washington, DC, United States',
    ]);
  });
});

describe('CSV cells a spreadsheet would run', () => {
  it.each([
    ['=1+1', true],
    ['@SUM(A1)', true],
    ['-2+3+cmd|calc', true],
    ['+cmd', true],
    ['+47 22 00 00 00', false],
    ['-', false],
    ['(202) 555-0100', false],
  ])('%s is escaped: %s', (name, escaped) => {
    const csv = signatoriesCsv([signatory({ name })], () => []);
    expect(rows(csv)[0]?.[0]).toBe(escaped ? `'${name}` : name);
  });
});
