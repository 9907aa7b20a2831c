import { htmlToLetterText } from './html-letter-text';
import { splitLeftOut } from './left-out';
import { markdownInline, type InlineContext } from './markdown-inline';
import { joinAllWrapped, paragraphLines } from './markdown-paragraph';
import { gridTableLines, isGridRule, isTableRow, isTableSeparator, pipeTableLines } from './markdown-tables';

/** A note whose text a block of the file gave ("<sup>1</sup> Amnesty International, …"). */
export interface BlockNote {
  number: number;
  text: string;
}

/**
 * How the Markdown was written. Pandoc (whose grid tables hold Markdown) wants a blank line before a list, and
 * marks every line break it means with "\\": its short lines are wrapped text, never a list of names.
 */
export interface BlockOptions {
  pandoc: boolean;
}

const QUOTE_MARKS = /^(?:\s{0,3}>)+ ?/u;
const FENCE = /^\s{0,3}(`{3,}|~{3,})/u;
const ATX_HEADING = /^\s{0,3}(#{1,6})(?:[ \t]+(.*?))?(?:[ \t]+#+)?[ \t]*$/u;
const SETEXT_RULE = /^\s{0,3}(=+|-+)\s*$/u;
const THEMATIC_BREAK = /^\s{0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$/u;
const LIST_ITEM = /^(\s*)(?:([-*+•])|(\d{1,9})[.)])(?:[ \t]+(.*))?$/u;
const HTML_BLOCK =
  /^\s{0,3}<\/?(?:address|article|aside|blockquote|center|details|div|dl|figure|figcaption|footer|form|h[1-6]|header|hr|iframe|main|nav|ol|p|pre|section|table|ul|video|picture)(?:[\s/>]|$)/iu;
const LONE_TAG = /^\s*<\/?[a-z][a-z\d]*(?:\s[^<>]*)?>\s*$/iu;
const HARD_BREAK_END = /(?: {2,}|\\|<br\s*\/?>\s*)$/iu;
// A block opening with the number of a note the text already referred to is that note's text.
const NOTE_OPENING =
  /^\s*(?:<sup[^>]*>\s*\[?(\d{1,3})\]?\s*<\/sup>|\\\[(\d{1,3})\\\]|\[(\d{1,3})\](?![(:[]))\s*/iu;

/**
 * Reads Markdown lines into blocks of letter text lines, one block per paragraph, heading, list, table or HTML
 * block. Quote marks are dropped (the quoted text is the letter's own), definitions (`taken`) are skipped, and a
 * paragraph that gives the text of a note already referred to goes to `notes` instead.
 */
export class BlockReader {
  readonly blocks: string[][] = [];
  readonly notes: BlockNote[] = [];
  /** What the HTML reader left out of the file's HTML blocks (a picture's caption, a menu): shown after the letter. */
  readonly leftOut: string[] = [];
  private paragraph: string[] = [];
  private list: string[] | null = null;
  private listOrdered = false;
  private item: { marker: string; pieces: string[] } | null = null;
  private afterBlank = true;

  constructor(
    private readonly context: InlineContext,
    private readonly options: BlockOptions = { pandoc: false },
  ) {}

  /** Reads the lines; `taken[i]` marks line i as a definition read elsewhere. */
  read(lines: readonly string[], taken: readonly boolean[] = []): this {
    let index = 0;
    while (index < lines.length) {
      index = taken[index] === true ? this.blank(index) : this.line(lines, index);
    }
    this.closeAll();
    return this;
  }

  private blank(index: number): number {
    this.closeParagraph();
    this.closeItem();
    this.afterBlank = true;
    return index + 1;
  }

  // Reads the block that starts at `index`; returns the index of the next line to read.
  private line(lines: readonly string[], index: number): number {
    const raw = lines[index] ?? '';
    const line = raw.replace(QUOTE_MARKS, '');
    if (line.trim() === '') {
      return this.blank(index);
    }
    const block = this.leafBlock(lines, index, line);
    if (block !== null) {
      this.afterBlank = false;
      return block;
    }
    this.text(line);
    this.afterBlank = false;
    return index + 1;
  }

  // A fence, HTML block, heading, rule or table starting at `index`: read whole; null for any other line.
  private leafBlock(lines: readonly string[], index: number, line: string): number | null {
    if (FENCE.test(line)) {
      return this.fenced(lines, index, FENCE.exec(line)?.[1] ?? '```');
    }
    if (line.trimStart().startsWith('<!--')) {
      return this.comment(lines, index);
    }
    if (HTML_BLOCK.test(line)) {
      return this.htmlBlock(lines, index);
    }
    if (this.paragraph.length > 0 && SETEXT_RULE.test(line)) {
      const level = line.trim().startsWith('=') ? 1 : 2;
      const words = joinAllWrapped(this.paragraph.map((piece) => piece.trim()));
      this.paragraph = [];
      this.push([`${'#'.repeat(level)} ${this.inline(words)}`]);
      return index + 1;
    }
    if (THEMATIC_BREAK.test(line)) {
      this.closeAll();
      return index + 1;
    }
    const heading = ATX_HEADING.exec(line);
    if (heading) {
      const text = this.inline(heading[2] ?? '');
      this.closeAll();
      this.push(text === '' ? [] : [`${heading[1] ?? '#'} ${text}`]);
      return index + 1;
    }
    return this.table(lines, index, line);
  }

  private table(lines: readonly string[], index: number, line: string): number | null {
    if (isGridRule(line)) {
      const read = (cell: string) => this.cellLines(cell);
      const end = runEnd(lines, index + 1, (next) => isGridRule(next) || /^\s*\|/u.test(next));
      this.closeAll();
      this.push(gridTableLines(lines.slice(index, end).map(unquoted), read));
      return end;
    }
    const next = unquoted(lines[index + 1] ?? '');
    const piped = /^\s*\|/u.test(line) && /^\s*\|/u.test(next);
    if (isTableRow(line) && (isTableSeparator(next) || piped)) {
      const end = runEnd(lines, index + 1, (row) => row.trim() !== '' && isTableRow(row));
      this.closeAll();
      // A pipe table's cell is one line of inline Markdown.
      this.push(pipeTableLines(lines.slice(index, end).map(unquoted), (cell) => [this.inline(cell)]));
      return end;
    }
    return null;
  }

  private text(line: string): void {
    const item = LIST_ITEM.exec(line);
    const numbered = item?.[3];
    const interrupts =
      this.paragraph.length === 0 || (!this.options.pandoc && (numbered === undefined || numbered === '1'));
    if (item && interrupts && (item[4] ?? '').trim() !== '') {
      this.closeParagraph();
      this.closeItem();
      // A numbered list right after a bulleted one (or the other way round) is a list of its own.
      if (this.listOrdered !== (numbered !== undefined)) {
        this.closeList();
        this.listOrdered = numbered !== undefined;
      }
      this.list ??= [];
      this.item = { marker: numbered === undefined ? '-' : `${numbered}.`, pieces: [item[4] ?? ''] };
    } else if (this.item && (!this.afterBlank || /^(?: {2,}|\t)/u.test(line))) {
      this.item.pieces.push(line);
    } else {
      this.closeItem();
      this.closeList();
      // Notes written one a line ("[1] …" then "[2] …") are one note each, not one wrapped paragraph.
      if (NOTE_OPENING.test(line) && NOTE_OPENING.test(this.paragraph[0] ?? '')) {
        this.closeParagraph();
      }
      this.paragraph.push(line);
    }
  }

  private fenced(lines: readonly string[], index: number, fence: string): number {
    const end = runEnd(lines, index + 1, (line) => !line.trim().startsWith(fence));
    this.closeAll();
    this.push(lines.slice(index + 1, end).map((line) => unquoted(line).trim()));
    return end + 1;
  }

  private comment(lines: readonly string[], index: number): number {
    const end = Math.min(lines.length, runEnd(lines, index, (line) => !line.includes('-->')) + 1);
    // Text after the comment on its closing line is the file's own.
    const after = (lines[end - 1] ?? '').split('-->').slice(1).join('-->');
    this.closeAll();
    if (after.trim() !== '') {
      this.text(after);
    }
    return end;
  }

  // An HTML block ("<figure>", "<div>") runs to the next blank line, as Markdown reads it; the HTML reader reads it.
  // A tag alone on its line ("<p>", "</div>") is taken alone: converters and blog engines leave such a tag around
  // Markdown text, which is read as Markdown.
  private htmlBlock(lines: readonly string[], index: number): number {
    const lone = LONE_TAG.test(unquoted(lines[index] ?? ''));
    const end = lone ? index + 1 : runEnd(lines, index, (line) => line.trim() !== '');
    this.closeAll();
    const { letter, leftOut } = splitLeftOut(
      htmlToLetterText(lines.slice(index, end).map(unquoted).join('\n')),
    );
    this.leftOut.push(...leftOut);
    this.push(letter.split('\n').filter((line) => line.trim() !== ''));
    return end;
  }

  private cellLines(markdown: string): string[] {
    const reader = new BlockReader(this.context, { pandoc: true }).read(markdown.split('\n'));
    this.leftOut.push(...reader.leftOut);
    return reader.blocks.flat();
  }

  private closeParagraph(): void {
    if (this.paragraph.length === 0) {
      return;
    }
    const raw = this.paragraph;
    this.paragraph = [];
    const opening = NOTE_OPENING.exec(raw[0] ?? '');
    const number = Number(opening?.[1] ?? opening?.[2] ?? opening?.[3] ?? Number.NaN);
    if (opening && this.context.referred.has(number)) {
      const text = joinAllWrapped(
        [(raw[0] ?? '').slice(opening[0].length), ...raw.slice(1)].map(withoutBreak),
      );
      this.notes.push({ number, text: this.inline(text) });
      return;
    }
    this.push(paragraphLines(raw, !this.options.pandoc).map((line) => this.inline(line)));
  }

  private closeItem(): void {
    if (this.item === null) {
      return;
    }
    const text = this.inline(joinAllWrapped(this.item.pieces.map(withoutBreak)));
    if (text !== '') {
      this.list?.push(`${this.item.marker} ${text}`);
    }
    this.item = null;
  }

  private closeList(): void {
    if (this.list !== null) {
      this.push(this.list);
      this.list = null;
    }
  }

  private closeAll(): void {
    this.closeParagraph();
    this.closeItem();
    this.closeList();
  }

  private push(lines: readonly string[]): void {
    const kept = lines.filter((line) => /[^\s*_#>-]/u.test(line));
    if (kept.length > 0) {
      this.blocks.push(kept);
    }
  }

  private inline(line: string): string {
    return markdownInline(line, this.context);
  }
}

function unquoted(line: string): string {
  return line.replace(QUOTE_MARKS, '');
}

function withoutBreak(line: string): string {
  return line.replace(HARD_BREAK_END, '').trim();
}

// The first line from `from` on that is not part of the run.
function runEnd(lines: readonly string[], from: number, inRun: (line: string) => boolean): number {
  let end = from;
  while (end < lines.length && inRun(unquoted(lines[end] ?? ''))) {
    end += 1;
  }
  return end;
}
