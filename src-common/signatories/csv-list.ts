import Papa from 'papaparse';
import { countryCodeOf } from './country-codes';
import type { SignatoryKind } from './signatory';
import { placeText, type SignatoryPlace } from './signatory-place';

/** A CSV sign-on list: its column names and rows. */
export interface CsvTable {
  columns: string[];
  rows: Record<string, string>[];
}

/**
 * Which columns hold the organization's name, its country, its chapter and whether it is an organization or a
 * person (found by its name, "Kind", as the CSV export writes it); contact columns are never read.
 */
export interface CsvMapping {
  name: string;
  country: string | null;
  chapter: string | null;
  kind?: string | null;
}

/** One organization of a CSV list, its place read from its own columns. */
export interface CsvRow {
  name: string;
  place: SignatoryPlace;
  /** Absent when the list has no kind column, or its cell is empty or says something else. */
  kind?: SignatoryKind;
}

const NAME_COLUMNS = /^(organi[sz]ation( name)?|group|name of (the )?organi[sz]ation|signatory|name)$/iu;
const COUNTRY_COLUMNS = /^(country|country\/region|nation)$/iu;
const CHAPTER_COLUMNS = /^(chapter|location|city|region|country or chapter)$/iu;
const KIND_COLUMNS = /^(kind|signs as|organi[sz]ation or person)$/iu;
const PERSON_CELL = /^(person|individual|people)$/iu;
const ORGANIZATION_CELL = /^(organi[sz]ation|group)$/iu;

/** Reads CSV text (a Google Forms export, a spreadsheet) with its header row. */
export function readCsv(text: string): CsvTable {
  const parsed = Papa.parse<Record<string, string>>(text.trim(), {
    header: true,
    skipEmptyLines: 'greedy',
    transformHeader: (header) => header.trim(),
  });
  return { columns: parsed.meta.fields ?? [], rows: parsed.data };
}

/** The columns that most likely hold the name, country and chapter, for the mapping step to start from. */
export function guessMapping(columns: readonly string[]): CsvMapping | null {
  const name = columns.find((column) => NAME_COLUMNS.test(column)) ?? null;
  if (name === null) {
    return null;
  }
  return {
    name,
    country: columns.find((column) => COUNTRY_COLUMNS.test(column)) ?? null,
    chapter: columns.find((column) => CHAPTER_COLUMNS.test(column)) ?? null,
    kind: columns.find((column) => KIND_COLUMNS.test(column)) ?? null,
  };
}

/**
 * The rows that name an organization, each with its place: a country column's country name becomes its code (one it
 * does not know, "Europe", is read as the chapter), a chapter column's text is the chapter.
 */
export function csvRows(table: CsvTable, mapping: CsvMapping): CsvRow[] {
  const cell = (row: Record<string, string>, column: string | null) =>
    column === null ? '' : (row[column] ?? '').replace(/\s+/gu, ' ').trim();
  return table.rows.flatMap((row) => {
    const name = cell(row, mapping.name);
    const countryText = cell(row, mapping.country);
    const code = countryText === '' ? null : countryCodeOf(countryText);
    const chapter = [cell(row, mapping.chapter), code === null ? countryText : '']
      .filter((part) => part !== '')
      .join(', ');
    if (name === '') {
      return [];
    }
    const kind = kindCell(cell(row, mapping.kind ?? null));
    const place = { country: code ?? '', chapter };
    return [kind === undefined ? { name, place } : { name, place, kind }];
  });
}

function kindCell(text: string): SignatoryKind | undefined {
  if (PERSON_CELL.test(text)) {
    return 'person';
  }
  return ORGANIZATION_CELL.test(text) ? 'organization' : undefined;
}

/** The table as a pasted list ("Name, Place" per line), so it goes through the same clean-up as a pasted one. */
export function csvAsList(table: CsvTable, mapping: CsvMapping): string {
  return csvRows(table, mapping)
    .map(({ name, place }) => {
      const written = placeText(place);
      // A name that already ends with its chapter ("Students for a Free Tibet, Canada") is not given it twice.
      const hasPlace = written === '' || name.toLowerCase().endsWith(written.toLowerCase());
      return hasPlace ? name : `${name}, ${written}`;
    })
    .join('\n');
}

/**
 * The row a cleaned-up entry of a CSV list comes from, whose own columns say its name and place better than the
 * pasted-list reading ("Name, Munich, Germany" reads as "Name, Munich" in Germany); null when the entry is not one
 * row's organization (a line split in two).
 */
export function csvRowOf(rows: readonly CsvRow[], entry: { line: number; name: string }): CsvRow | null {
  const row = rows[entry.line - 1];
  return row && entry.name.startsWith(row.name) ? row : null;
}
