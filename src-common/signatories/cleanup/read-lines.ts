import { splitChapter } from './chapters';
import type { IdMaker } from './fragment-blocks';
import { fragmentWords, type FragmentWord } from './fragments';
import { describeLikeTheList } from './described-lists';
import { hasMarkedNames, isDescriptionLine, MARKED_LINE } from './descriptions';
import { decodeEntities, readMarks } from './line-marks';
import { tokenizeLine, type LineToken } from './line-tokens';
import { splitMergedLine, type KnownNames } from './merged-lines';
import { readMoreLine } from './more-lines';
import { numberedRows } from './numbered-rows';
import { countrySlotId } from './places';
import {
  blockSentence,
  numberedItems,
  sentenceItems,
  separatedItems,
  type OneLineList,
} from './one-line-lists';
import { kindOfName } from './kinds';
import { isPersonName, readNameWithNote } from './people';
import { peopleWithRoles, rolesOf, startsWithRole } from './role-lines';
import { displayName } from '../signatory';
import type { BlockEntry, SplitSuggestion } from './suggestions';
import { isListHeading, tidyLine } from './tidy';
import { joinWrappedLines } from './wrapped-lines';

// The longest note a signatory holds (see signatorySchema).
const MAX_NOTE_LENGTH = 2000;
// The most lines a block written as one sentence is wrapped over.
const MAX_SENTENCE_LINES = 8;

/**
 * A list longer than its caller accepts. Thrown as soon as the count passes the limit, before the slow part
 * (duplicates) starts, so a list of hundreds of thousands is refused in a second, not read for many.
 */
export class TooManyNames extends Error {
  constructor(readonly limit: number) {
    super(`The list holds more than ${limit.toLocaleString('en')} names.`);
    this.name = 'TooManyNames';
  }
}

/**
 * The pasted lines read one by one: an entry each, its fragment words (null for a name), split suggestions, and the
 * signatories that lines such as "…and 40 more" say the list leaves out.
 */
export interface ReadLines {
  entries: BlockEntry[];
  fragmentWordsByEntry: (FragmentWord[] | null)[];
  splits: SplitSuggestion[];
  unlisted: number;
}

interface LineContext {
  known: KnownNames;
  newId: IdMaker;
}

/**
 * Reads the block's lines into entries. Each line is tokenized once and read to the end before the next: on a list
 * of 100,000 lines the tokens then die young instead of being kept (and copied by the garbage collector) for the
 * whole parse.
 */
export function readLines(
  text: string,
  { known, maxNames }: { known: KnownNames; maxNames: number },
  newId: IdMaker,
): ReadLines {
  const read: ReadLines = { entries: [], fragmentWordsByEntry: [], splits: [], unlisted: 0 };
  const pasted = text.split(/\r?\n/u);
  if (readSentence(pasted, read, newId)) {
    return read;
  }
  const lines = joinWrappedLines(pasted);
  const rows = numberedRows(lines);
  const under: UnderState = { described: hasMarkedNames(lines), describes: null, lines, alone: null };
  let names = 0;
  lines.forEach((raw, index) => {
    const cells = rows?.[index] ?? null;
    const line = index + 1;
    const consumed = readUnder(raw, line, read, under, newId);
    if (consumed !== null) {
      names += consumed;
      return;
    }
    const count = read.entries.length;
    names +=
      cells === null
        ? readLine(raw, line, read, { known, newId })
        : readCells(cells, line, read, { known, newId });
    // A description follows a name set apart by marks, or another description of it.
    const entry = read.entries[read.entries.length - 1];
    if (read.entries.length > count) {
      under.describes = under.described && entry && MARKED_LINE.test(raw) ? entry : null;
    }
    if (names > maxNames) {
      throw new TooManyNames(maxNames);
    }
  });
  describeLikeTheList(read);
  return read;
}

/** What lines under a name need to know about the list. */
interface UnderState {
  /** Whether the list's names are set apart by marks, so sentences under them describe them. */
  described: boolean;
  /** The entry the next sentence would describe. */
  describes: BlockEntry | null;
  lines: readonly string[];
  /** The list's lines as names, made when first needed. */
  alone: Set<string> | null;
}

/**
 * Reads a line that says something about the entry above rather than naming one: a sentence describing a marked
 * name, a role under a person's name, two roles under two people run together. Returns how many names the list
 * gained (a line of two people becomes two), or null for a line to read as a name.
 */
function readUnder(
  raw: string,
  line: number,
  read: ReadLines,
  under: UnderState,
  newId: IdMaker,
): number | null {
  if (under.describes && isDescriptionLine(raw)) {
    addNote(under.describes, tidyLine(readMarks(raw).text));
    return 0;
  }
  const above = read.entries[read.entries.length - 1];
  // Most lines start with no word for a role: they are not tidied a second time to find out.
  if (!above || above.line !== line - 1 || above.note !== undefined || !startsWithRole(raw)) {
    return null;
  }
  const text = tidyLine(readMarks(raw).text);
  const roles = rolesOf(text);
  if (!roles) {
    return null;
  }
  const person = isPersonName(tokenizeLine(above.name));
  under.alone ??=
    roles.length > 1 ? new Set(under.lines.map((pasted) => tidyLine(readMarks(pasted).text))) : null;
  const alone = under.alone;
  // One person with two roles, unless the line holds two people and the list names one of them on a line of its own.
  const people = alone ? peopleWithRoles(above.name, roles, (name) => alone.has(name), person) : null;
  if (!people) {
    if (person) {
      addNote(above, text);
      above.kind = 'person';
      return 0;
    }
    return null;
  }
  read.splits = read.splits.filter((split) => split.line !== above.line);
  read.splits.push({
    kind: 'split',
    id: newId('split', above.name),
    explanation: `Cut into ${people.length} people: the line under it holds ${people.length} roles.`,
    dependsOn: [],
    line: above.line,
    parts: people.map((person) => ({ name: person.name, country: '', note: person.note, kind: 'person' })),
  });
  return people.length - 1;
}

function addNote(entry: BlockEntry, text: string): void {
  entry.note = [entry.note ?? '', text]
    .filter((part) => part !== '')
    .join(' ')
    .slice(0, MAX_NOTE_LENGTH);
}

// A line of a numbered table: its names, without the row numbers. A line of numbers only is no entry.
function readCells(cells: readonly string[], line: number, read: ReadLines, context: LineContext): number {
  if (cells.length <= 1) {
    return cells[0] === undefined ? 0 : readLine(cells[0], line, read, context);
  }
  const text = cells.join(' ');
  read.entries.push({ id: `L${line}`, line, name: text, country: '' });
  read.fragmentWordsByEntry.push(null);
  const list = {
    items: cells.map((name) => ({ name, country: '' })),
    reason: 'the line holds cells of a numbered table',
  };
  read.splits.push(listSplit(line, text, list, context.newId));
  return cells.length;
}

// A line that is one link ("[Movimento Camponês Popular, Movimento de Mulheres Camponesas – MMC](http://…)") names
// one signatory: the page linked the words together.
const WHOLE_LINK = /^(?:[-*•]\s+)?\[[^\]]+\]\([^)\s]+\)$/u;

// "62. Letras Nómadas Associação de Investigação e Dinamização das Comunidades Ciganas": the list numbered its
// items, one name each, so a word that begins names elsewhere ("Associação") does not start a second one here.
const ONE_NUMBERED_ITEM = /^\s*\d{1,4}[.)]\s+\S/u;

// One line read as a name (and its chapter, note or country), with the split it may need; returns how many names
// it holds.
function readLine(raw: string, line: number, read: ReadLines, { known, newId }: LineContext): number {
  const marked = readMarks(raw);
  const tidied = tidyLine(marked.text);
  if (tidied === '' || isListHeading(tidied)) {
    return 0;
  }
  // "…and 40 other organizations" ends the list with how many more signed: no name, but they count. Reading marks
  // and tidying take the "+" of "+ 120 other signatories" for a bullet.
  const more = readMoreLine(tidied) ?? (raw.trimStart().startsWith('+') ? readMoreLine(raw) : null);
  if (more !== null) {
    read.unlisted += more.more ?? 0;
    return 0;
  }
  const tokens = tokenizeLine(tidied);
  const numbered = numberedItems(decodeEntities(raw));
  const withNote = numbered
    ? null
    : readNameWithNote(tidied, marked.lead === null ? null : tidyLine(marked.lead));
  const entry: BlockEntry = withNote
    ? { id: `L${line}`, line, name: withNote.name, country: withNote.country }
    : { id: `L${line}`, line, ...splitChapter(tidied, tokens) };
  if (withNote && withNote.note !== '') {
    // A note longer than a signatory's can hold is a paragraph, not a role; it is cut, not refused.
    entry.note = withNote.note.slice(0, MAX_NOTE_LENGTH);
  }
  // The name's own words: a country after it ("Fan – Czech Republic") says nothing of its kind.
  const kind = withNote?.person
    ? 'person'
    : kindOfName(withNote || entry.country !== '' ? tokenizeLine(entry.name) : tokens);
  if (kind !== undefined) {
    entry.kind = kind;
  }
  // The flag names the country in full: "from the U.S. 🇺🇸" is in "United States".
  if (marked.flag !== null && (entry.country === '' || samePlace(entry.country, marked.flag))) {
    entry.country = marked.flag;
  }
  // A name with a note is one name; an entry without a chapter reads as its line: its tokens are the line's.
  const words = withNote
    ? null
    : fragmentWords(displayName(entry), entry.country === '' ? tokens : undefined);
  read.entries.push(entry);
  read.fragmentWordsByEntry.push(words);
  // A fragment line is the end of other names, never several names.
  const split = numbered
    ? listSplit(line, tidied, numbered, newId)
    : words === null && !withNote && !WHOLE_LINK.test(raw.trim()) && !ONE_NUMBERED_ITEM.test(raw)
      ? splitSuggestion(line, tidied, tokens, known, newId)
      : null;
  if (split) {
    read.splits.push(split);
  }
  return split ? split.parts.length : 1;
}
// A block that is one sentence listing names ("Die Ortsgruppen Gießen, Göttingen … und Hannover") is one entry,
// at its first line, split into the names.
function readSentence(lines: readonly string[], read: ReadLines, newId: IdMaker): boolean {
  // A sentence is a few lines: a long list is not looked at (nor its lines read twice).
  if (
    lines.length > MAX_SENTENCE_LINES &&
    lines.filter((line) => line.trim() !== '').length > MAX_SENTENCE_LINES
  ) {
    return false;
  }
  // Not tidied: a wrapped sentence's lines end with the commas that tidying drops.
  const sentence = blockSentence(lines.map((line) => readMarks(line).text.replace(/\s+/gu, ' ').trim()));
  const list = sentence ? sentenceItems(sentence.text) : null;
  if (!sentence || !list) {
    return false;
  }
  const line = sentence.first + 1;
  read.entries.push({ id: `L${line}`, line, name: sentence.text, country: '' });
  read.fragmentWordsByEntry.push(null);
  read.splits.push({
    kind: 'split',
    id: newId('split', sentence.text),
    explanation: `Cut at each comma: ${list.reason}.`,
    dependsOn: [],
    line,
    parts: list.items,
  });
  return true;
}

function splitSuggestion(
  line: number,
  text: string,
  tokens: readonly LineToken[],
  known: KnownNames,
  newId: IdMaker,
): SplitSuggestion | null {
  const listed = separatedItems(text);
  if (listed) {
    return listSplit(line, text, listed, newId);
  }
  const split = splitMergedLine(text, known, tokens);
  if (!split) {
    return null;
  }
  const parts = split.parts.map((part) => splitChapter(part));
  const cuts = split.reasons.map((reason, index) => `after “${split.parts[index] ?? ''}”: ${reason}`);
  return {
    kind: 'split',
    id: newId('split', text),
    explanation: `Cut ${cuts.join('; ')}.`,
    dependsOn: [],
    line,
    parts,
  };
}

function listSplit(line: number, text: string, list: OneLineList, newId: IdMaker): SplitSuggestion {
  return {
    kind: 'split',
    id: newId('split', text),
    explanation: `Cut: ${list.reason}.`,
    dependsOn: [],
    line,
    parts: list.items.map((item) =>
      item.country === '' ? splitChapter(tidyLine(readMarks(item.name).text)) : item,
    ),
  };
}

function samePlace(a: string, b: string): boolean {
  const id = countrySlotId(tokenizeLine(a).map((token) => token.word));
  return id !== null && id === countrySlotId(tokenizeLine(b).map((token) => token.word));
}
