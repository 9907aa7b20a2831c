import { tableLines } from './table-lines';

/** Turns a cell's Markdown into letter text lines (a grid table's cell may hold paragraphs). */
export type CellReader = (markdown: string) => string[];

const SEPARATOR_CELL = /^:?-+:?$/u;
const GRID_RULE = /^\s*\+(?:[-=:]+\+)+\s*$/u;
const NUMBER_CELL = /^\d{1,5}[.)]?$/u;

/** True for a pipe table's row ("| a | b |", or "a | b" in a table). */
export function isTableRow(line: string): boolean {
  return /^\s*\|.*\|/u.test(line) || /^\s*\S.*\|.*\S/u.test(line);
}

/** True for the line under a pipe table's header ("|---|:--:|"). */
export function isTableSeparator(line: string): boolean {
  const cells = splitRow(line);
  return line.includes('-') && cells.length > 0 && cells.every((cell) => SEPARATOR_CELL.test(cell));
}

/** True for a grid table's rule line ("+-----+-----+"), which opens and closes its rows. */
export function isGridRule(line: string): boolean {
  return GRID_RULE.test(line);
}

/**
 * A pipe table's rows as letter text lines: the separator row is dropped, and so are the column headings of a table
 * of several columns ("Organization | Country") and a column of row numbers. A one-column table's heading is a
 * label ("**Supported by:**") and stays, and so does a first row of names set in the heading's place (see
 * isRowOfNames). The rows then become lines as an HTML table's do (see tableLines):
 * "Organization – Country" for a table of names and places.
 */
export function pipeTableLines(lines: readonly string[], read: CellReader): string[] {
  const rows = lines.map(splitRow);
  const separator = rows.findIndex((row) => row.every((cell) => SEPARATOR_CELL.test(cell)));
  const columns = rows.reduce((most, row) => Math.max(most, row.length), 0);
  const keepsHead =
    columns === 1 || isRowOfNames(rows.slice(0, Math.max(0, separator)), rows.slice(separator + 1));
  const body = rows.filter((_row, index) => index !== separator && (keepsHead || index > separator));
  return rowLines(body.map((row) => row.map((cell) => read(cell))));
}

// Words a column heading is made of, folded to lower case: "Name | Land | Kommentar", "Organization | Country".
const HEADING_WORDS =
  /^(?:#|no\.?|nr\.?|n[ºo°]|names?|nom|nome|nombre|vorname|nachname|surname|first name|last name|organi[sz]ations?|organisation|organiza[cç][aã]o|organización|entity|entidade|group|gruppe|country|countries|land|pays|país|pais|città|city|stadt|ciudad|cidade|comments?|kommentar|commentaire|comentario|comentário|title|titel|role|affiliation|institution|institución|instituição|position|signatory|signatories|unterzeichner\S*|signataires?|firmantes?|姓名|名稱|名称|機構|机构|組織|组织|團體|团体|職位|职位|學校|学校|國家|国家)$/iu;

/**
 * Whether the row in a table's heading place holds names like the rows under it ("| 劉修妍 | 陳潔貞 | 鄧振強 |" above a
 * grid of principals' names): no cell is a column heading's word, and each is written in its column's script and
 * as long as that column's cells are.
 */
function isRowOfNames(head: readonly (readonly string[])[], body: readonly (readonly string[])[]): boolean {
  const [first] = head;
  if (head.length !== 1 || first === undefined || body.length === 0) {
    return false;
  }
  return first.every((cell, column) => {
    const cells = body.map((row) => row[column] ?? '').filter((text) => text !== '');
    if (cell === '' || HEADING_WORDS.test(cell.replace(/[*_:：]/gu, '').trim()) || cells.length === 0) {
      return false;
    }
    const lengths = cells.map((text) => [...text].length);
    const length = [...cell].length;
    const sameScript = cells.every((text) => isHan(text) === isHan(cell));
    return sameScript && length >= Math.min(...lengths) && length <= Math.max(...lengths);
  });
}

function isHan(text: string): boolean {
  return /\p{Script=Han}/u.test(text);
}

/**
 * A grid table ("+---+" rules, "|" cell walls) as letter text lines. A cell's text runs over several lines of
 * the table; where a line fills its cell to the wall, the word goes on in the next line (a long address is cut
 * that way), otherwise the lines are the cell's own Markdown lines.
 */
export function gridTableLines(lines: readonly string[], read: CellReader): string[] {
  const walls = [...(lines[0] ?? '')].flatMap((char, index) => (char === '+' ? [index] : []));
  const rows: string[][][] = [];
  let cells: string[] = [];
  for (const line of lines.slice(1)) {
    if (isGridRule(line)) {
      rows.push(cells.map((text) => read(text)));
      cells = [];
      continue;
    }
    walls.slice(0, -1).forEach((wall, column) => {
      const inner = line.slice(wall + 1, walls[column + 1] ?? line.length).replace(/^ /u, '');
      cells[column] = (cells[column] ?? '') + cellPiece(inner);
    });
  }
  if (cells.length > 0) {
    rows.push(cells.map((text) => read(text)));
  }
  return rowLines(rows);
}

// A line of a cell. A word longer than the cell is cut at the wall and goes on in the next line, with no space
// between; a line of several words that happens to reach the wall was wrapped at a space, and ends a line.
function cellPiece(inner: string): string {
  const text = inner.trimEnd();
  const fills = text.length > 0 && text.length >= inner.length - 1 && inner.length > 1 && !/\s/u.test(text);
  return fills ? text : `${text}\n`;
}

/** Rows of cells (each cell its lines) as lines, dropping empty cells and a column of row numbers. */
function rowLines(rows: readonly (readonly string[][])[]): string[] {
  const numbered = numberColumns(rows);
  const kept = rows.map((row) => row.filter((cell, column) => !numbered.has(column) && cell.length > 0));
  if (kept.every((row) => row.every((cell) => cell.length === 1))) {
    return tableLines(kept.map((row) => row.map((cell) => cell[0] ?? '')).filter((row) => row.length > 0));
  }
  return kept.flatMap((row) => row.flat());
}

function numberColumns(rows: readonly (readonly string[][])[]): Set<number> {
  const columns = rows.reduce((most, row) => Math.max(most, row.length), 0);
  const numbered = new Set<number>();
  for (let column = 0; column < columns && columns > 1; column += 1) {
    const cells = rows.map((row) => (row[column] ?? []).join(' ')).filter((cell) => cell !== '');
    if (cells.length > 0 && cells.every((cell) => NUMBER_CELL.test(cell))) {
      numbered.add(column);
    }
  }
  return numbered;
}

/** A pipe table's row as its cells, split at each "|" that is not escaped ("\|"). */
function splitRow(line: string): string[] {
  const trimmed = line
    .trim()
    .replace(/^\|/u, '')
    .replace(/(?<!\\)\|$/u, '');
  return trimmed.split(/(?<!\\)\|/u).map((cell) => cell.trim().replace(/\\\|/gu, '|'));
}
