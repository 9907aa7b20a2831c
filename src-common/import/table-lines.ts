import { tokenizeLine } from '../signatories/line-tokens';
import { isPlace } from '../signatories/places';

const COLUMN_HEADER =
  /^(?:no\.?|#|names?|organi[sz]ations?|groups?|countr(?:y|ies)|locations?|cit(?:y|ies)|regions?|signator(?:y|ies))$/iu;

/** True for a row of column headings ("Organization", "Country"), which names no signatory. */
export function isHeaderRow(cells: readonly string[], allHeaderCells: boolean): boolean {
  return cells.length > 1 && (allHeaderCells || cells.every((cell) => COLUMN_HEADER.test(cell)));
}

/**
 * The lines a table's rows become. A table whose two-cell rows mostly end in a place is a list of organizations and
 * their countries: each such row becomes "Organization – Country" (the signatory reader takes the country from it).
 * Any other table is a layout grid of names: each cell is a line of its own.
 */
export function tableLines(rows: readonly (readonly string[])[]): string[] {
  const pairs = rows.filter((row) => row.length === 2);
  const withPlace = pairs.filter((row) => isPlace(tokenizeLine(row[1] ?? '').map((token) => token.word)));
  const namesAndPlaces = withPlace.length > 0 && withPlace.length * 2 >= pairs.length;
  return rows.flatMap((row) =>
    namesAndPlaces && row.length === 2 ? [`${row[0] ?? ''} – ${row[1] ?? ''}`] : [...row],
  );
}
