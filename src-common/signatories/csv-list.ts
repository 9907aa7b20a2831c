import Papa from 'papaparse';

/** A CSV sign-on list: its column names and rows. */
export interface CsvTable {
  columns: string[];
  rows: Record<string, string>[];
}

/** Which columns hold the organization's name and its country; contact columns are never read into the letter. */
export interface CsvMapping {
  name: string;
  country: string | null;
}

const NAME_COLUMNS = /^(organi[sz]ation( name)?|group|name of (the )?organi[sz]ation|signatory|name)$/iu;
const COUNTRY_COLUMNS = /^(country|chapter|country\/region|location|city)$/iu;

/** Reads CSV text (a Google Forms export, a spreadsheet) with its header row. */
export function readCsv(text: string): CsvTable {
  const parsed = Papa.parse<Record<string, string>>(text.trim(), {
    header: true,
    skipEmptyLines: 'greedy',
    transformHeader: (header) => header.trim(),
  });
  return { columns: parsed.meta.fields ?? [], rows: parsed.data };
}

/** The columns that most likely hold the name and country, for the mapping step to start from. */
export function guessMapping(columns: readonly string[]): CsvMapping | null {
  const name = columns.find((column) => NAME_COLUMNS.test(column)) ?? null;
  if (name === null) {
    return null;
  }
  return { name, country: columns.find((column) => COUNTRY_COLUMNS.test(column)) ?? null };
}

/** The table as a pasted list ("Name, Country" per line), so it goes through the same clean-up as a pasted one. */
export function csvAsList(table: CsvTable, mapping: CsvMapping): string {
  return table.rows
    .map((row) => {
      const name = (row[mapping.name] ?? '').replace(/\s+/gu, ' ').trim();
      const country = mapping.country ? (row[mapping.country] ?? '').replace(/\s+/gu, ' ').trim() : '';
      // A name that already ends with its chapter ("Students for a Free Tibet, Canada") is not given it twice.
      const hasCountry = country === '' || name.toLowerCase().endsWith(country.toLowerCase());
      return name === '' ? '' : hasCountry ? name : `${name}, ${country}`;
    })
    .filter((line) => line !== '')
    .join('\n');
}
