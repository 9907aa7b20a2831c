import { isCountryText } from '../signatories/cleanup/country-text';
import { isBlockAside } from './block-asides';
import { blockLines, lineText, linesOf, ownLinesStart, type LineRange } from './segment';
import { headingKind } from '../signatories/cleanup/kinds';
import type { SignatoryKind } from '../signatories/signatory';
import {
  isGroupLabel,
  isSignatoryHeading,
  opensSignatoryBlock,
  signatoryLabelList,
} from './segment-headings';
import { isFormMarker } from './segment-junk';
import { isListSentence } from './segment-lists';
import { nameScore } from './segment-names';

/** The lines of a signatory block as the list reader gets them, and what the block says about each name. */
export interface SignatoryBlockLines {
  lines: string[];
  /** A sentence describing the name on line `index` of `lines` ("EFF is the leading civil liberties group…"). */
  descriptions: Map<number, string>;
  /** The kind the heading above line `index` names ("Individuals:", "Organizações"); absent when none does. */
  kinds: Map<number, SignatoryKind>;
}

// "(in alphabetical order)", "（排名不分先後）": a remark on the list's order, alone or after a group's name.
const ORDER_REMARK =
  /[(（]?\s*(?:in (?:alphabetical|no particular|random) order|排名不分先後|排名不分先后|不分先後|不分先后|按姓氏筆劃排序|按姓氏笔画排序|por ordem alfabética|em ordem alfabética|por orden alfabético|en orden alfabético|par ordre alphabétique|in alphabetischer reihenfolge|in ordine alfabetico|in willekeurige volgorde)\s*[)）]?\s*[.:：]?$/iu;
// A heading inside the block ("## Übersicht der Unterschriften") heads a part of the page, never a name; a country's
// ("### France") heads its names, and the list reader takes it.
const MARKDOWN_HEADING = /^\s{0,3}#{1,6}\s/u;

function isPageHeading(line: string, text: string): boolean {
  return MARKDOWN_HEADING.test(line) && !isCountryText(text);
}
// A line of prose (see nameScore): a description, not a name.
const PROSE = -1;
const LINK_OR_BOLD = /^(?:[-*+]\s+)?(?:\[[^\]]+\]\([^)]*\)|\*\*[^*]+\*\*)/u;

/**
 * The lines of the signatory block for the list reader: without its heading, the headings and order remarks of its
 * groups ("聯署組織：（共359個…）", "學生組織 （排名不分先後）"), and the sentences that describe a name (kept as that
 * name's description). A heading followed by a list written as one sentence ("Unterzeichnet von:" then "BUND
 * Göttingen, Extinction Rebellion Göttingen, …") is given as one labelled line, as the reader reads a label's list.
 */
export function signatoryBlockLines(lines: readonly string[], range: LineRange): SignatoryBlockLines {
  // The kind of the heading in force: the block's own (left out of its lines), then each group's heading.
  let kind = openingKind(lines, range);
  const kinds: (SignatoryKind | undefined)[] = [];
  const block = withLabelledList(lines, range).filter((line) => {
    const text = lineText(line);
    if (isPageHeading(line, text) || isGroupHeading(text)) {
      kind = headingKind(text);
      return false;
    }
    const kept = !isFormMarker(text) && !speaksToReader(text) && !isBlockAside(text);
    if (kept) {
      kinds.push(kind);
    }
    return kept;
  });
  return describedNames(block, kinds);
}

/**
 * The kind the block's opening names: its heading ("## Unterstützende Organisationen"), or a label ending the
 * paragraph just above it ("… Os coletivos signatários:").
 */
function openingKind(lines: readonly string[], range: LineRange): SignatoryKind | undefined {
  const raw = linesOf(lines, range);
  const opening = lineText(raw[Math.max(ownLinesStart(raw), 0)] ?? '');
  if (isGroupHeading(opening) || opensSignatoryBlock(opening)) {
    return headingKind(opening.replace(/[:：].*$/u, ''));
  }
  let above = range.start - 1;
  while (above >= 0 && (lines[above] ?? '').trim() === '') {
    above -= 1;
  }
  const label = lineText(lines[above] ?? '');
  return /[:：]$/u.test(label) && SIGNING_LABEL.test(label) ? headingKind(label) : undefined;
}

// A label that introduces signers: "Os coletivos signatários:", "Signing organisations:".
const SIGNING_LABEL =
  /(?:signat|sign(?:ed|ing)\b|assin|subscr|firman|firmat|unterzeichn|unterst[üu]tz|endors|ondertek)/iu;

function withLabelledList(lines: readonly string[], range: LineRange): string[] {
  const raw = linesOf(lines, range);
  const first = ownLinesStart(raw);
  const opening = lineText(raw[first] ?? '');
  const list = signatoryLabelList(opening);
  // "Assinam esta Carta: A, B, C": the reader splits a comma list after a label of its own; a list separated by "、"
  // ("發起組織：A、B") needs none.
  if (list !== null && isListSentence(list, 3) && /^[^:：]{1,80}:\s/u.test(opening)) {
    return [opening, ...raw.slice(first + 1)];
  }
  const block = blockLines(lines, range);
  const headed = block.length < raw.length - Math.max(0, first);
  const next = lineText(block[0] ?? '');
  if (list === null && headed && !/[、，]/u.test(next) && isListSentence(next, 3)) {
    const label = opening.replace(/\s*[:：.]\s*$/u, '');
    return [`${label}: ${next}`, ...block.slice(1)];
  }
  return block;
}

// The page speaking inside the block ("Die folgenden Organisationen unterstützen unseren Offenen Brief. Wenn deine
// Organisation … kontaktiere uns bitte."): several sentences that say "we" or "you" are not a name.
// Case matters: "US" in "US Department of State" is not "us".
const ADDRESS_WORDS = [
  'we',
  'our',
  'us',
  'you',
  'your',
  'wir',
  'unser\\p{L}*',
  'uns',
  'du',
  'dein\\p{L}*',
  'euer',
  'nous',
  'notre',
  'vous',
  'votre',
  'nós',
  'noss[oa]s?',
  'você',
  'vocês',
  'nosotr[oa]s',
  'nuestr[oa]s?',
  'noi',
  'nostr[oa]',
  'voi',
];
const ADDRESS = new RegExp(
  `(?<!\\p{L})(?:${ADDRESS_WORDS.map((word) => `[${word[0]?.toUpperCase() ?? ''}${word[0] ?? ''}]${word.slice(1)}`).join('|')})(?!\\p{L})`,
  'u',
);

function speaksToReader(text: string): boolean {
  const sentences = text.split(/[.!?](?:\s+|$)/u).filter((part) => part.trim() !== '').length;
  return sentences >= 2 && text.split(/\s+/u).length >= 12 && ADDRESS.test(text);
}

/** A group's heading inside the block: "聯署組織：（共359個學校關注組及學生組織）", "學生組織 （排名不分先後）". */
function isGroupHeading(text: string): boolean {
  if (text === '' || text.length > 80) {
    return false;
  }
  if (ORDER_REMARK.test(text) || isGroupLabel(text)) {
    return true;
  }
  return isSignatoryHeading(text) && signatoryLabelList(text) === null;
}

/**
 * Names each followed by a sentence about them ("[EFF](…) - International" then "EFF is the leading civil liberties
 * group…"): when the block's names are set apart by a link or bold and most are followed by such a sentence, the
 * lines between two names describe the first, and are not names.
 */
function describedNames(
  block: readonly string[],
  lineKinds: readonly (SignatoryKind | undefined)[],
): SignatoryBlockLines {
  const kinds = new Map<number, SignatoryKind>();
  const plain: SignatoryBlockLines = { lines: [...block], descriptions: new Map(), kinds };
  lineKinds.forEach((kind, index) => {
    if (kind !== undefined) {
      kinds.set(index, kind);
    }
  });
  const isEntry = (line: string) => LINK_OR_BOLD.test(line.trim());
  const entries = block.filter(isEntry).length;
  if (entries < 3 || !isEntry(block[0] ?? '')) {
    return plain;
  }
  const others = block.filter((line) => !isEntry(line));
  const prose = others.filter((line) => nameScore(lineText(line)) <= PROSE).length;
  if (others.length < entries / 2 || prose * 2 < others.length) {
    return plain;
  }
  const described: SignatoryBlockLines = { lines: [], descriptions: new Map(), kinds: new Map() };
  for (const [at, line] of block.entries()) {
    if (isEntry(line)) {
      const kind = lineKinds[at];
      if (kind !== undefined) {
        described.kinds.set(described.lines.length, kind);
      }
      described.lines.push(line);
      continue;
    }
    const index = described.lines.length - 1;
    const before = described.descriptions.get(index);
    const text = lineText(line);
    described.descriptions.set(index, before === undefined ? text : `${before} ${text}`);
  }
  return described;
}
