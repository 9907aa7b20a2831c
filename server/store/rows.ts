/**
 * Columns of rows the server's own SQLite file holds, read on the paths every connection takes (its token, its
 * letter, its backlog) and checked column by column. zod's object schemas compile a parser on their first use, which a
 * fresh process paid on its first connection (about 4 ms), and a backlog of 500 envelopes paid a parse per row.
 */
type Row = Record<string, unknown>;

function isRow(value: unknown): value is Row {
  return typeof value === 'object' && value !== null;
}

/** The row's whole-number column, or null when there is no row or the column holds something else. */
export function integerColumn(row: unknown, column: string): number | null {
  const value = isRow(row) ? row[column] : undefined;
  return typeof value === 'number' && Number.isSafeInteger(value) ? value : null;
}

/** The row's blob column, or null. */
export function bytesColumn(row: unknown, column: string): Uint8Array | null {
  const value = isRow(row) ? row[column] : undefined;
  return value instanceof Uint8Array ? value : null;
}

/** The row's text column, or null. */
export function textColumn(row: unknown, column: string): string | null {
  const value = isRow(row) ? row[column] : undefined;
  return typeof value === 'string' ? value : null;
}
