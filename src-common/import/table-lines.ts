import { tokenizeLine } from '../signatories/cleanup/line-tokens';
import { isCountrySlot } from '../signatories/cleanup/places';
import { gridReadingOrder } from './html-table-order';

/** What a column of a table of signatories holds, from its heading or its cells. */
type ColumnRole = 'number' | 'name' | 'organization' | 'affiliation' | 'country' | 'place' | 'other';

// Column headings in the languages letters come in, by the role they give the column. A heading is read by its
// words, so "Organisation name", "Country/Region" and "Nº" are understood; the first role whose words it holds wins.
const HEADING_ROLES: readonly (readonly [ColumnRole, RegExp])[] = [
  [
    'number',
    /^(?:#|n[º°o]?\.?|nr\.?|no\.?|num\.?|nummer|number|numero|número|lp\.?|s\.?\s?no\.?|序號|序号|編號)$/u,
  ],
  [
    'name',
    /(?:^|\s)(?:names?|nome|nom|nombre|naam|navn|namn|nimi|imię|имя|signator(?:y|ies)|signatári[oa]s?|signataires?|firmantes?|unterzeichner(?:in|innen)?|姓名|名稱|名称|署名)(?:$|\s)/u,
  ],
  [
    'other',
    /(?:^|\s)(?:types?|typ|tipo|kind|categor(?:y|ies)|kategorie|catégorie|sector|sektor|websites?|url|web|homepage|site|sitio|comments?|kommentar|commentaires?|comentários?|comentarios?|commento|message|nachricht|mensaje|mensagem|notes?|remarks?|reason|why|date|datum|data|fecha|time|signed|e-?mail|status|rolle)(?:$|\s)/u,
  ],
  [
    'country',
    /(?:^|\s)(?:countr(?:y|ies)|land|länder|pays|país|países|paese|paesi|nation|staat|country\/region|國家|国家|國家\/地區|國家或地區)(?:$|\s)/u,
  ],
  [
    'place',
    /(?:^|\s)(?:cit(?:y|ies)|stadt|ort|ville|cidade|ciudad|città|locations?|place|lieu|local|localidade|localidad|regions?|région|região|región|state|province|provincia|bundesland|城市|地區|地区)(?:$|\s)/u,
  ],
  [
    'affiliation',
    /(?:^|\s)(?:affiliations?|institutions?|institución|instituição|istituzione|einrichtung|employer|arbeitgeber|universit(?:y|ies)|universidad|universidade|universität|title|position|funktion|cargo)(?:$|\s)/u,
  ],
  [
    'organization',
    /(?:^|\s)(?:organi[sz]ations?|organisationen|organização|organisação|organizações|organización|organizaciones|organizzazione|organisme|groups?|gruppen?|grupos?|entit(?:y|ies)|entidades?|associations?|associação|asociación|verein|verband|company|companies|empresa|unternehmen|團體|組織|机构|機構)(?:$|\s)/u,
  ],
];
const SAMPLE_CELLS = 200;
const ROW_NUMBER = /^(?:n[º°o]\.?\s*)?\d{1,6}[.)]?$/iu;
const ADDRESS = /^(?:https?:\/\/|www\.)\S+$|^[\w-]+(?:\.[\w-]+)+\/?$/iu;

/** The role a column heading gives its column; null for a heading this reader does not know. */
export function headingRole(heading: string): ColumnRole | null {
  const words = heading
    .toLowerCase()
    .replace(/[:*()[\]]/gu, ' ')
    .replace(/\s+/gu, ' ')
    .trim();
  return HEADING_ROLES.find(([, pattern]) => pattern.test(words))?.[0] ?? null;
}

/**
 * True for a row of column headings ("Organization", "Country"), which names no signatory: a row of several header
 * cells (<th>), or one whose every cell is a heading this reader knows.
 */
export function isHeaderRow(cells: readonly string[], allHeaderCells: boolean): boolean {
  const filled = cells.filter((cell) => cell.trim() !== '');
  return filled.length > 1 && (allHeaderCells || filled.every((cell) => headingRole(cell) !== null));
}

/** What a table's rows become: its lines, and each row's cells that no line holds, as one line ('' for none). */
export interface TableReading {
  lines: string[];
  leftOut: string[];
}

/**
 * The lines a table's rows become. A table of signatories (its headings name a name, organization or country
 * column, or its cells a column of countries beside the names) gives one line a row: "Name, Affiliation – Country",
 * the signatory reader taking the country from after the dash; row numbers, types, websites, comments and dates are
 * left out. Any other table is a layout grid of names or of text: each cell is a line of its own, down the columns
 * when the names run in order that way.
 */
export function tableLines(rows: readonly (readonly string[])[], headings: readonly string[] = []): string[] {
  return readTable(rows, headings).lines;
}

/**
 * The table's lines (see tableLines), and the text each row leaves out: its types, websites, comments and dates,
 * shown after the letter so that nothing of the page is lost unseen. Row numbers are not kept: a row's number is
 * its place in the list, which the list keeps.
 */
export function readTable(
  rows: readonly (readonly string[])[],
  headings: readonly string[] = [],
): TableReading {
  const roles = columnRoles(rows, headings);
  const name = roles.indexOf('name') === -1 ? roles.indexOf('organization') : roles.indexOf('name');
  const isList = name !== -1 && roles.some((role, column) => column !== name && role !== null);
  if (!isList) {
    return {
      lines: gridLines(rows.map((row) => row.filter((_cell, column) => roles[column] !== 'number'))),
      leftOut: rows.map(() => ''),
    };
  }
  const read = rows.map((row) => listRow(row, roles, name));
  return { lines: read.flatMap((row) => row.line), leftOut: read.map((row) => row.leftOut) };
}

function listRow(
  row: readonly string[],
  roles: readonly (ColumnRole | null)[],
  name: number,
): { line: string[]; leftOut: string } {
  const columnsOf = (wanted: readonly ColumnRole[]): number[] =>
    row.flatMap((cell, column) =>
      column !== name && wanted.includes(roles[column] ?? 'other') && cell !== '' ? [column] : [],
    );
  const used = new Set([name, ...columnsOf(['organization', 'affiliation'])]);
  const [country] = columnsOf(['country']);
  const place = country ?? columnsOf(['place'])[0];
  const who = [...used].map((column) => row[column] ?? '').filter((cell) => cell !== '');
  if (place !== undefined) {
    used.add(place);
  }
  const leftOut = row
    .filter((cell, column) => !used.has(column) && roles[column] !== 'number' && cell.trim() !== '')
    .join(' | ');
  const placeText = place === undefined ? '' : (row[place] ?? '');
  if (who.length === 0) {
    return { line: placeText === '' ? [] : [placeText], leftOut };
  }
  return { line: [placeText === '' ? who.join(', ') : `${who.join(', ')} – ${placeText}`], leftOut };
}

/** Each column's role: from its heading when the table has headings, else from its cells; null when unknown. */
function columnRoles(
  rows: readonly (readonly string[])[],
  headings: readonly string[],
): (ColumnRole | null)[] {
  const columns = rows.reduce((most, row) => Math.max(most, row.length), headings.length);
  const roles = Array.from({ length: columns }, (_unused, column) => {
    const heading = headings[column];
    return heading === undefined || heading === '' ? null : headingRole(heading);
  });
  if (roles.some((role) => role === 'name' || role === 'organization')) {
    return roles.map((role) => role ?? 'other');
  }
  // Without a name heading, the cells tell: a column of row numbers, of web addresses, of countries.
  const cellRoles = roles.map((role, column) => role ?? roleFromCells(rows.map((row) => row[column] ?? '')));
  const names = cellRoles.flatMap((role, column) => (role === null ? [column] : []));
  const [only] = names;
  const described = cellRoles.some((role) => role === 'country' || role === 'place');
  return names.length === 1 && only !== undefined && described
    ? cellRoles.map((role, column) => (column === only ? 'name' : role))
    : cellRoles;
}

function roleFromCells(cells: readonly string[]): ColumnRole | null {
  // The first cells tell a column's role as well as all of them, and a table of 100,000 rows costs no more.
  const filled = cells.filter((cell) => cell.trim() !== '').slice(0, SAMPLE_CELLS);
  const share = (test: (cell: string) => boolean): number =>
    filled.length === 0 ? 0 : filled.filter((cell) => test(cell.trim())).length / filled.length;
  if (filled.length === 0 || share((cell) => ROW_NUMBER.test(cell)) >= 0.8) {
    return 'number';
  }
  if (share((cell) => ADDRESS.test(cell)) >= 0.8) {
    return 'other';
  }
  const places = share((cell) => isCountrySlot(tokenizeLine(cell).map((token) => token.word)));
  return places >= 0.5 ? 'country' : null;
}

/** A grid's cells, one a line, read across the rows or down the columns (see gridReadingOrder). */
function gridLines(rows: readonly (readonly string[])[]): string[] {
  return gridReadingOrder(rows).filter((cell) => cell.trim() !== '');
}
