import Papa from 'papaparse';
import { countryName } from './country-codes';
import { compareSignatories, publishedSignatories } from './order';
import { signatoryName, type Signatory } from './signatory';

/** A person to write to about a signature, from this computer's directory (never from the letter). */
export interface ExportContact {
  name: string;
  email: string;
  phone: string;
}

// A spreadsheet runs a cell starting with = + - @ as a formula; a phone number ("+47 22 00 00 00") cannot do harm
// and must stay readable, so only a + or - followed by anything but digits and separators is escaped.
const FORMULA_START = /^(?:[=@\t\r]|[+-](?![\d\s().-]*$))/u;

const COLUMNS = [
  'Organization',
  'Country',
  'Chapter',
  'Kind',
  'Status',
  'Confirmed on',
  'Tags',
  'Contact name',
  'Contact e-mail',
  'Contact phone',
];

/**
 * The list as CSV for follow-up mail: every signatory in alphabetical order with its country (named in `language`),
 * chapter, kind (organization, person, or empty when not set), status and, from the local directory, its contacts (several are joined with "; " so each organization
 * stays one row).
 */
export function signatoriesCsv(
  signatories: readonly Signatory[],
  contactsOf: (signatory: Signatory) => readonly ExportContact[],
  locale?: string,
  language = 'en',
): string {
  const rows = [...signatories].sort(compareSignatories(locale)).map((signatory) => {
    const contacts = contactsOf(signatory);
    const join = (field: keyof ExportContact) =>
      contacts
        .map((contact) => contact[field])
        .filter((value) => value !== '')
        .join('; ');
    return [
      signatory.name,
      signatory.country === '' ? '' : countryName(signatory.country, language),
      signatory.chapter,
      signatory.kind ?? '',
      signatory.status,
      signatory.confirmedOn,
      signatory.tags.join('; '),
      join('name'),
      join('email'),
      join('phone'),
    ];
  });
  return Papa.unparse({ fields: COLUMNS, data: rows }, { escapeFormulae: FORMULA_START, newline: '\r\n' });
}

/** The published list as plain text: the confirmed signatories in published order, one per line. */
export function signatoriesPlainText(
  signatories: readonly Signatory[],
  locale?: string,
  language = 'en',
): string {
  return publishedSignatories(signatories, locale)
    .map((signatory) => signatoryName(signatory, language))
    .join('\n');
}
