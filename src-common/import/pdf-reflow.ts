import { endsSentence, FULL_SHARE, startsLower } from './pdf-detect';
import { joinHyphenated } from './pdf-hyphens';
import { continuesAddress } from './pdf-urls';

/** A line of a PDF's text, and whether a page starts with it. */
export interface PdfLine {
  text: string;
  pageStart: boolean;
}

/** What the reflow knows of the whole text. */
export interface FlowContext {
  /** The width prose lines reach, in characters. */
  width: number;
  /** The length from which a line reached the right margin. */
  margin: number;
  /** The text's words, to tell a compound's hyphen from the typesetter's (see joinHyphenated). */
  vocabulary: ReadonlySet<string>;
  /** The section headings a table of contents named: each stands alone, as those the text repeats do. */
  headings?: readonly string[];
}

// A bullet glyph on a line of its own (pdftotext puts some there, the item after a blank line).
const LONE_BULLET = /^[•●▪■◦‣○∙·\uF0B7\uF0A7-]$/u;
// Lines that start an item of their own: a bullet, a numbered or lettered item.
const BULLET_START = /^(?:[•●▪■◦‣○∙·\uF0B7\uF0A7]|[-*+]\s)/u;
const NUMBER_START = /^(?:\(?\d{1,3}[.)]|\(?[a-z]\))\s/u;
const ITEM_SHARE = 0.6;
// A line this close to the text's width ran to the margin: a colon there is the sentence's, not a list's lead-in.
const NEAR_MARGIN = 0.9;
const ORDINAL_END = /\s\d{1,4}\.$/u;

interface JoinState {
  /** The line before `line` was joined to it: `line` is inside a paragraph. */
  joined: boolean;
  /** The line before `line` was itself a single word inside a paragraph: justified text split word by word. */
  wordRun: boolean;
  /** The paragraph is a list item. */
  inItem: boolean;
  /** No line has reached the margin yet: the lines so far are the letter's head (kicker, title, date). */
  atTop: boolean;
  /** How many short lines, each a paragraph of its own, came right before `line`'s paragraph: a list of names. */
  shortRun: number;
  /** How many lines of any length, each a paragraph of its own, came right before `line`'s paragraph. */
  aloneRun: number;
}

// Two short lines of their own in a row are a list of names, not a heading before a paragraph.
const NAME_RUN = 2;
// The legal form that closes an organization's name ("… Freien Wissens e. V.", "… GmbH", "… Ltd.").
const LEGAL_FORM_END = /(?:\be\.\s?V\.?|\b(?:g?GmbH|Inc|Ltd|LLC|plc|LLP|asbl|vzw|SARL))\.?$/u;
// A title that opens a person's name ("Dr. Frederik Ferreau", "Prof. Dr. Jeanette Hofmann").
const TITLE_START = /^(?:Dr|Prof|Dra|Profa|Mr|Mrs|Ms|Mme|Sir|Dame)\.?\s+\p{Lu}/u;

function singleWord(line: string): boolean {
  return !/\s/u.test(line);
}

// A line past the usual width reached the right margin; one far past it is two lines pdftotext joined at a hyphen,
// whose end says nothing of the margin.
function atMargin(line: string, context: FlowContext): boolean {
  return line.length >= context.margin && line.length <= context.width * 1.2;
}

function isShort(line: string, width: number): boolean {
  return line.length < width / 2;
}

function allCaps(line: string): boolean {
  return /\p{Lu}/u.test(line) && line === line.toUpperCase();
}

/**
 * Whether `next` carries on the paragraph `line` is part of. A line that reached the margin mid-sentence goes on;
 * so does one followed by lower case, a word cut at a hyphen, an address cut short. A short line (a heading, a
 * name, a signature) stays a line of its own, except inside a run of single words that justified text made.
 */
export function carriesOn(line: string, next: string, state: JoinState, context: FlowContext): boolean {
  const { width } = context;
  // A list item is indented: its lines fill less of the page.
  const full = line.length >= width * (state.inItem ? ITEM_SHARE : FULL_SHARE);
  const ends = endsSentence(line);
  // "24. März" after a line cut mid-sentence is a date going on, not item 24.
  if (BULLET_START.test(next) || (NUMBER_START.test(next) && (ends || !full))) {
    return false;
  }
  if (/[\p{L}\p{N}]-$/u.test(line) || /^-\p{L}/u.test(next) || continuesAddress(line, next)) {
    return true;
  }
  // Among names one a line, a long name reaches the margin and the next name is short ("… Rassismus und
  // Antisemitismus" / "Allmende e.V."): it is the next name, not the rest of this one. A heading in capitals
  // under a date and a kicker ("CARTA ABIERTA") still wraps.
  if (
    !state.joined &&
    !allCaps(line) &&
    state.shortRun >= NAME_RUN &&
    isShort(next, width) &&
    !/[,;:&–-]$/u.test(line)
  ) {
    return false;
  }
  if (!state.joined && state.aloneRun >= NAME_RUN && startsAnotherName(line, next)) {
    return false;
  }
  // A sentence that ends right at the margin rarely ends its paragraph: the next line goes on with it.
  if (full && (!ends || (atMargin(line, context) && !line.endsWith(':') && !isShort(next, width)))) {
    return true;
  }
  // A colon at the margin introduces what the sentence goes on with; a short line's colon introduces a list.
  if (
    full &&
    line.endsWith(':') &&
    (startsLower(next) || (line.length >= width * NEAR_MARGIN && next.length >= width * FULL_SHARE))
  ) {
    return true;
  }
  if (
    startsLower(next) &&
    !line.endsWith(':') &&
    (full || (!ends && (state.joined || line.length >= width / 2)))
  ) {
    return true;
  }
  if (singleWord(line) && state.joined && !state.atTop && (!ends || state.wordRun)) {
    return true;
  }
  // The line that closes such a run is cut as short ("die" / "sich" / "aber nicht … in einem freien"), and so is
  // the sentence it is part of: it goes on whatever case the next line starts with.
  if (state.wordRun && state.joined && !state.atTop && !ends) {
    return true;
  }
  // Justified text may open a paragraph one word a line ("Im" / "gegenwärtigen" / "Entwurf" …): a word that ends
  // no sentence, then a lower-case word alone, is no name and no heading.
  if (singleWord(line) && !ends && !state.atTop && singleWord(next) && startsLower(next)) {
    return true;
  }
  return state.atTop && wrappedHeading(line, next);
}

// Among lines that each stand alone, a long name reaches the margin too, and the next line is another name when
// this one closes with its legal form ("… Neue Medien e.V." / "BIU – Bundesverband …") or the next opens with a
// person's title ("… (Society for Civil Rights)" / "Dr. Frederik Ferreau, Research assistant").
function startsAnotherName(line: string, next: string): boolean {
  if (startsLower(next)) {
    return false;
  }
  return LEGAL_FORM_END.test(line) || TITLE_START.test(next);
}

// A title wrapped over two lines at the letter's head: both in capitals, or cut after an ordinal ("für das 21." /
// "Jahrhundert"). The second line is the shorter: a title fills its first line before it wraps.
function wrappedHeading(line: string, next: string): boolean {
  if (next.length >= line.length || next.endsWith(':')) {
    return false;
  }
  if (allCaps(line) && allCaps(next) && !endsSentence(line)) {
    return true;
  }
  return ORDINAL_END.test(line) && next.split(/\s+/u).length <= 3 && /^\p{L}/u.test(next);
}

/** `paragraph` (whose last line is `line`) and `next` as one text. */
function joinText(paragraph: string, line: string, next: string, vocabulary: ReadonlySet<string>): string {
  if (/[\p{L}\p{N}]-$/u.test(line)) {
    return joinHyphenated(paragraph, next, vocabulary);
  }
  if (/^-\p{L}/u.test(next) || continuesAddress(line, next)) {
    return `${paragraph}${next}`;
  }
  return `${paragraph} ${next}`;
}

/** A bullet alone on its line takes the item text that follows it, past blank lines. */
function withBulletsJoined(lines: readonly PdfLine[]): PdfLine[] {
  const out: PdfLine[] = [];
  let bullet: PdfLine | null = null;
  for (const line of lines) {
    if (bullet !== null && line.text !== '') {
      out.push({ text: `${bullet.text} ${line.text}`, pageStart: bullet.pageStart });
      bullet = null;
    } else if (bullet === null && LONE_BULLET.test(line.text)) {
      bullet = line;
    } else if (bullet === null) {
      out.push(line);
    }
  }
  return bullet === null ? out : [...out, bullet];
}

// The run of one-line paragraphs once the open paragraph closes; a blank line between them does not end the run.
function aloneAfter(open: string | null, state: JoinState): number {
  if (open === null) {
    return state.aloneRun;
  }
  return state.joined ? 0 : state.aloneRun + 1;
}

/**
 * The lines as paragraphs, one per line: wrapped lines joined, blank lines kept as one blank line (no paragraph
 * runs on past one, except at a page's end, where pdftotext's blank line is the page's, not the text's).
 */
// A heading runs to a few words.
const HEADING_WORDS = 10;

/**
 * Lines the text shows twice as a heading would stand: a few words, capitalised, ending no sentence. A table of
 * contents repeats each section's heading; where the section starts, the heading stands alone even when it is
 * long enough to read as the first line of the paragraph under it.
 */
function repeatedHeadings(lines: readonly PdfLine[], width: number): Set<string> {
  const counts = new Map<string, number>();
  for (const { text } of lines) {
    counts.set(text, (counts.get(text) ?? 0) + 1);
  }
  const headingLike = (text: string) => {
    const words = text.split(/\s+/u).length;
    return words >= 2 && words <= HEADING_WORDS && /^\p{Lu}/u.test(text) && text.length <= width;
  };
  return new Set(
    [...counts]
      .filter(
        ([text, count]) => count >= 2 && headingLike(text) && !endsSentence(text) && !/[,;:–-]$/u.test(text),
      )
      .map(([text]) => text),
  );
}

export function reflowLines(lines: readonly PdfLine[], context: FlowContext): string[] {
  const headings = repeatedHeadings(lines, context.width);
  context.headings?.forEach((heading) => headings.add(heading));
  const out: string[] = [];
  let open: string | null = null;
  let previous = '';
  let state: JoinState = {
    joined: false,
    wordRun: false,
    inItem: false,
    atTop: true,
    shortRun: 0,
    aloneRun: 0,
  };
  const close = () => {
    if (open !== null) {
      out.push(open);
      open = null;
    }
  };
  for (const { text } of withBulletsJoined(lines)) {
    if (text === '') {
      const aloneRun = aloneAfter(open, state);
      close();
      if (out.length > 0 && out.at(-1) !== '') {
        out.push('');
      }
      state = { ...state, joined: false, wordRun: false, inItem: false, shortRun: 0, aloneRun };
    } else if (
      open !== null &&
      !headings.has(previous) &&
      !headings.has(text) &&
      carriesOn(previous, text, state, context)
    ) {
      open = joinText(open, previous, text, context.vocabulary);
      state = { ...state, joined: true, wordRun: state.joined && singleWord(previous) };
    } else {
      // The paragraph that ends here was one short line: one more name in a run of them.
      const shortAlone = open !== null && !state.joined && isShort(previous, context.width);
      const aloneRun = aloneAfter(open, state);
      close();
      open = text;
      state = {
        ...state,
        shortRun: shortAlone ? state.shortRun + 1 : 0,
        aloneRun,
        joined: false,
        wordRun: false,
        inItem: BULLET_START.test(text) || NUMBER_START.test(text),
      };
    }
    state.atTop = state.atTop && text.length < context.width * FULL_SHARE;
    previous = text;
  }
  close();
  return out;
}
