import { dropFurniture } from './html-furniture';
import { NoteParagraphs } from './html-note-paragraphs';
import { PageLeftOut } from './html-left-out';
import { letterContent } from './html-main-content';
import { readSignatureShapes } from './html-signature-shapes';
import {
  cellMarkup,
  CELL_BREAK,
  inlineMarks,
  isWrappedLine,
  markup,
  type OpenElement,
} from './html-text-runs';
import { tokenizeHtml, type HtmlToken } from './html-tokens';
import { buildHtmlTree, replayTokens, type HtmlNode } from './html-tree';
import type { TextRun } from '../text/inline-marks';
import { withLeftOut } from './left-out';
import { escapeWordStars, keepTypedNumber } from './markdown-escapes';
import { isNotesHeading } from './segment';
import { isHeaderRow, readTable } from './table-lines';
import { appendAll } from '../collections';

const VOID = new Set(['br', 'img', 'hr', 'input', 'meta', 'link', 'wbr', 'col', 'source', 'area', 'base']);
const PARAGRAPHS =
  /^(p|div|section|article|main|header|footer|nav|aside|blockquote|figure|figcaption|address|pre|dl|dt|dd|form|h[1-6])$/u;
// Word (through mammoth) writes "footnote-1" and "endnote-1"; Markdown converters and blogs "fn1" or "fn:1". A
// WordPress footnotes plugin writes "footnote_0_1234" (the note's place from 0, then the post's id): such an item's
// number is its place in the list.
const NOTE_ITEM = /^(?:(?:foot|end)note|fn)[-:_]?(\d{1,3})$/iu;
const NOTE_ITEM_PLACED = /^(?:foot|end)note_\d{1,3}_\d+$/iu;
/**
 * Turns an HTML page (or what a Word file converts to) into letter text, one block per line, keeping what the letter
 * needs: bold, italic and links written the Markdown way (see parseInline), headings as "#", list items as "- " or
 * "1. ", superscript note numbers as "[n]", and a Word file's footnotes as a "Notes" block of "[n] …" lines. A table
 * row of an organization and a country becomes "Organization – Country"; other rows put each cell on its own line.
 * What a reader of the page sees but the letter does not take (menus, share and cookie blocks, the site's header and
 * footer, a table's comment column) follows the letter under its own heading (see withLeftOut), in the page's order.
 */
export function htmlToLetterText(html: string): string {
  const root = buildHtmlTree(tokenizeHtml(html));
  const leftOut = new PageLeftOut(root);
  readSignatureShapes(root, leftOut);
  dropFurniture(root, leftOut);
  const writer = new LetterTextWriter(leftOut);
  replayTokens(letterContent(root, leftOut), (token, node) => writer.take(token, node));
  return withLeftOut(writer.finish(), leftOut.lines());
}

/** A table being read: its headings, and its rows with the row element each came from. */
interface OpenTable {
  headings: string[];
  rows: string[][];
  rowNodes: HtmlNode[];
}

class LetterTextWriter {
  private lines: string[] = [];
  private runs: TextRun[] = [];
  private prefix = '';
  private open: OpenElement[] = [];
  private lists: { ordered: boolean; next: number }[] = [];
  private cells: TextRun[][] | null = null;
  // The rows of each open table (tables nest), read as a whole when the table ends: see tableLines.
  private tables: OpenTable[] = [];
  // The node the token being read comes from, and the table row being read: left-out cells stand where it stands.
  private node: HtmlNode | null = null;
  private row: HtmlNode | null = null;
  private headerRow = true;
  // The last line ended at a <br>: the next may be the rest of its sentence (see isWrappedLine).
  private afterBreak = false;
  private inCell = false;
  private superscriptStart: number | null = null;
  // Notes set as paragraphs of their own (see NoteParagraphs), and whether the paragraph being read is one.
  private readonly noteParagraphs = new NoteParagraphs();
  private noteParagraph = false;
  // The address of the link the last token closed, if it did (see take): '' for a link to nowhere.
  private linkEnded: string | null = null;
  private linkHref = '';

  constructor(private readonly leftOut: PageLeftOut) {}

  take(token: HtmlToken, node: HtmlNode): void {
    this.node = node;
    if (token.kind === 'open' && token.name === 'a') {
      const href = token.attrs.href ?? '';
      // Links set side by side with not even a space between them ("<a>Tor</a><a>EFF</a>", buttons the page's
      // style sets apart) are never words of one sentence: each is read as a line of its own. One link an editor
      // split in two ('<a href="x">"</a><a href="x">Foreign Policy"</a>') goes to one address: it stays one.
      if (this.linkEnded !== null && (href === '' || href !== this.linkEnded)) {
        this.breakLine(false);
      }
      this.linkHref = href;
    }
    this.linkEnded = token.kind === 'close' && token.name === 'a' ? this.linkHref : null;
    if (token.kind === 'text') {
      this.text(token.text);
    } else if (token.kind === 'open') {
      this.start(token.name, token.attrs);
    } else {
      this.end(token.name);
    }
  }

  finish(): string {
    while (this.tables.length > 0) {
      this.endTable();
    }
    this.flush();
    this.noteParagraphs.appendTo(this.lines);
    return this.lines
      .join('\n')
      .replace(/\n{3,}/gu, '\n\n')
      .trim();
  }

  private text(raw: string): void {
    const top = this.marks();
    if (top.internal && /^[^\p{L}\p{N}]*$/u.test(raw)) {
      return; // a footnote's "↑" link back to its reference
    }
    const text = escapeWordStars(raw.replace(/[\s\u00a0]+/gu, ' '));
    this.runs.push({
      text,
      ...(top.bold ? { bold: true } : {}),
      ...(top.italic ? { italic: true } : {}),
      ...(top.href ? { href: top.href } : {}),
    });
  }

  private start(name: string, attrs: Record<string, string>): void {
    if (name === 'br' || name === 'hr') {
      this.breakLine(name === 'hr');
      this.afterBreak = name === 'br' && !this.inCell;
      return;
    }
    if (this.blockStart(name, attrs)) {
      return;
    }
    if (VOID.has(name)) {
      return;
    }
    if (name === 'sup') {
      this.superscriptStart = this.runs.length;
    }
    this.open.push({ name, ...inlineMarks(name, attrs, this.marks()) });
  }

  private blockStart(name: string, attrs: Record<string, string>): boolean {
    if (/^h[1-6]$/u.test(name)) {
      this.breakLine(true);
      this.prefix = `${'#'.repeat(Math.min(Number(name[1]), 3))} `;
      return true;
    }
    if (name === 'ul' || name === 'ol') {
      this.breakLine(this.lists.length === 0);
      this.lists.push({ ordered: name === 'ol', next: Number(attrs.start ?? '1') || 1 });
      return true;
    }
    if (name === 'li') {
      this.listItem(attrs);
      return true;
    }
    if (name === 'tr') {
      this.endRow();
      this.row = this.node;
      this.breakLine(false);
      this.cells = [];
      this.headerRow = true;
      return true;
    }
    if (name === 'td' || name === 'th') {
      this.endCell();
      this.inCell = true;
      this.headerRow = this.headerRow && name === 'th';
      return true;
    }
    if (name === 'table') {
      this.breakLine(!this.inCell);
      this.tables.push({ headings: [], rows: [], rowNodes: [] });
      return true;
    }
    if (PARAGRAPHS.test(name)) {
      this.breakLine(!this.inCell);
      return true;
    }
    return false;
  }

  private listItem(attrs: Record<string, string>): void {
    this.breakLine(false);
    const list = this.lists.at(-1);
    const id = attrs.id ?? '';
    const placed = NOTE_ITEM_PLACED.test(id) && list?.ordered === true ? list.next : null;
    const number = NOTE_ITEM.exec(id)?.[1] ?? placed;
    if (number !== null) {
      if (!this.lines.some((line) => isNotesHeading(line))) {
        this.lines.push('', 'Notes', '');
      }
      this.prefix = `[${number}] `;
      if (list) {
        list.next += 1;
      }
      return;
    }
    if (list?.ordered) {
      this.prefix = `${list.next}. `;
      list.next += 1;
    } else {
      this.prefix = '- ';
    }
  }

  private end(name: string): void {
    if (/^h[1-6]$/u.test(name) || PARAGRAPHS.test(name)) {
      this.breakLine(!this.inCell);
      this.prefix = /^h/u.test(name) ? '' : this.prefix;
    } else if (name === 'ul' || name === 'ol') {
      this.breakLine(this.lists.length <= 1);
      this.lists.pop();
    } else if (name === 'li') {
      this.breakLine(false);
      this.prefix = '';
    } else if (name === 'td' || name === 'th') {
      this.endCell();
    } else if (name === 'tr') {
      this.endRow();
    } else if (name === 'table') {
      this.endTable();
    } else {
      this.closeInline(name);
    }
  }

  private closeInline(name: string): void {
    const at = this.open.map((element) => element.name).lastIndexOf(name);
    if (at === -1) {
      return;
    }
    this.open.length = at;
    if (name === 'sup' && this.superscriptStart !== null) {
      const inside = this.runs.slice(this.superscriptStart);
      const number = /^\s*\[?(\d{1,3})\]?\s*$/u.exec(inside.map((run) => run.text).join(''));
      if (number) {
        const opens =
          this.prefix === '' && !this.inCell && this.runs.slice(0, this.superscriptStart).every(isBlankRun);
        this.noteParagraph = this.noteParagraphs.marker(Number(number[1]), opens) || this.noteParagraph;
        this.runs.splice(this.superscriptStart, inside.length, { text: `[${number[1] ?? ''}]` });
      }
      this.superscriptStart = null;
    }
  }

  private endCell(): void {
    if (!this.inCell || this.cells === null) {
      return;
    }
    this.cells.push(this.runs);
    this.runs = [];
    this.inCell = false;
  }

  private endRow(): void {
    if (this.cells === null) {
      return;
    }
    this.endCell();
    // Empty cells keep their place: a row's cells are read by the column they stand in.
    const texts = this.cells.map((cell) => cellMarkup(cell));
    const row = this.row;
    this.cells = null;
    const table = this.tables.at(-1);
    if (texts.every((text) => text === '')) {
      return;
    }
    if (isHeaderRow(texts, this.headerRow)) {
      if (table && table.rows.length === 0 && table.headings.length === 0) {
        table.headings = texts;
      }
      // The headings name the columns: shown after the letter with the rest the letter does not take.
      this.leaveOut(row, texts.filter((text) => text !== '').join(' | '));
      return;
    }
    if (table && row) {
      table.rows.push(texts);
      table.rowNodes.push(row);
    } else {
      this.writeTable({ headings: [], rows: [texts], rowNodes: row ? [row] : [] });
    }
  }

  private endTable(): void {
    this.endRow();
    const table = this.tables.pop();
    if (table) {
      this.writeTable(table);
    }
  }

  private writeTable(table: OpenTable): void {
    const read = readTable(table.rows, table.headings);
    appendAll(this.lines, read.lines);
    read.leftOut.forEach((text, index) => this.leaveOut(table.rowNodes[index] ?? null, text));
  }

  private leaveOut(node: HtmlNode | null, text: string): void {
    if (node && text !== '') {
      this.leftOut.addLine(node, text);
    }
  }

  private breakLine(blank: boolean): void {
    if (this.inCell) {
      this.runs.push({ text: CELL_BREAK });
      return;
    }
    this.flush();
    // Paragraphs inside a list item do not break the list apart.
    if (blank && this.lists.length === 0 && this.lines.at(-1) !== '') {
      this.lines.push('');
    }
  }

  private flush(): void {
    const line = markup(this.runs);
    const note = this.noteParagraph;
    this.runs = [];
    this.noteParagraph = false;
    if (line === '') {
      return;
    }
    if (note) {
      this.noteParagraphs.take(line, this.lines);
      this.afterBreak = false;
      return;
    }
    const last = this.lines.at(-1);
    if (this.afterBreak && this.prefix === '' && last !== undefined && isWrappedLine(last, line)) {
      this.lines[this.lines.length - 1] = `${last} ${line}`;
    } else {
      // A paragraph typed with its number keeps it as text; a list item's number is the list's.
      // A note's back link, dropped as it points back, leaves the brackets a plugin set around it ("… [↩]").
      const own = this.prefix.startsWith('[') ? line.replace(/\s*\[\s*\]$/u, '') : line;
      this.lines.push(this.prefix === '' ? keepTypedNumber(line) : `${this.prefix}${own}`);
    }
    this.prefix = '';
    this.afterBreak = false;
  }

  private marks(): OpenElement {
    return this.open.at(-1) ?? { name: '' };
  }
}

function isBlankRun(run: TextRun): boolean {
  return run.text.trim() === '';
}
