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
    country: 'USA',
    confirmedOn: '2022-05-20',
    directoryId: 'uhrp',
  }),
  signatory({ name: 'The Association of Ürümqi Exiles', tags: ['Uyghur', 'Diaspora'] }),
  signatory({ name: 'Students for a Free Tibet', country: 'Canada', status: 'withdrawn' }),
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
      'Organization,Country or chapter,Status,Confirmed on,Tags,Contact name,Contact e-mail,Contact phone',
    );
    expect(rows(csv).map((row) => row[0])).toEqual([
      '\'=HYPERLINK("http://evil.example")',
      'The Association of Ürümqi Exiles',
      'Students for a Free Tibet',
      'Uyghur Human Rights Project',
      'ئۇيغۇر ياشلار بىرلىكى',
    ]);
    expect(rows(csv)[3]).toEqual([
      'Uyghur Human Rights Project',
      'USA',
      'confirmed',
      '2022-05-20',
      '',
      'Omer; Peter',
      'omer@example.org; peter@example.org',
      '+1 202 000',
    ]);
    expect(rows(csv)[1]?.[4]).toBe('Uyghur; Diaspora');
    expect(rows(csv)[2]?.[2]).toBe('withdrawn');
  });
});

describe('copying the list as plain text', () => {
  it('lists the confirmed signatories in published order, chapters after their name', () => {
    expect(signatoriesPlainText(list, 'en').split('\n')).toEqual([
      '=HYPERLINK("http://evil.example")',
      'The Association of Ürümqi Exiles',
      'Uyghur Human Rights Project – USA',
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
