import type { NameWithCountry } from './chapters';
import { tokenizeLine } from './line-tokens';
import { initiatorOf } from './initiator-label';
import { isPersonName } from './people';

// Some letters list their signatories in one sentence: "Die Fridays For Future Ortsgruppen Gießen, Göttingen, …
// und Hannover.", "Assinam esta Carta: A, B, C", "新民主同盟、公民社會發展資源中心、良心之友". Each item is a name; a
// comma inside a list of names one per line ("Friends of the Earth, Japan") is not a list.

/** The items of a list written in one line, with why, or null for any other text. */
export interface OneLineList {
  items: NameWithCountry[];
  reason: string;
}

// The word before the last item: "A, B und C", "A, B and C", "A、B及C".
const LAST_JOIN = /\s+(?:und|and|e|y|et|i|og|en|&)\s+(?=\S)|(?<=\S)(?:及|和|與|与|以及)(?=\S)/u;
const IDEOGRAPHIC_COMMA = /\s*、\s*/u;
// A comma between items, Latin or Arabic ("A، B، C"): Arabic-script lists write U+060C.
const LIST_COMMA = /\s*[,،]\s*/u;
const COMMAS = /[,،]/gu;
// A label before the list ends with a colon: "Assinam esta Carta:", "unterstützt von:".
const LABEL = /^[^:：]{1,80}[:：]\s+/u;
// "Die … Ortsgruppen": an article before, and a word for a group's local sections after, a shared name.
const ARTICLE = /^(?:die|der|das|the|les|los|las|os|as|gli|le|la|de)\s+/iu;
const SECTIONS =
  /\s+(?:ortsgruppen|gruppen|groups|local groups|chapters|sections|sektionen|branches|grupos|grupos locais|núcleos|nucleos|comités|comites|sezioni|gruppi)$/iu;
const MAX_ITEM_WORDS = 12;
// A list without a label or an "and" has at least this many items.
const MIN_PLAIN_ITEMS = 6;
// "and" between the things a name lists: "Saúde, Trabalho e Previdência", "Health, Labour and Welfare".
const SERIES_JOIN = /^(?:und|and|e|y|et|i|og|en|&)$/u;

/** The lines of a block that is one paragraph of a few lines holding several commas, joined; else null. */
export function blockSentence(lines: readonly string[]): { text: string; first: number } | null {
  const filled = lines.map((line, index) => ({ line: line.trim(), index })).filter(({ line }) => line !== '');
  const first = filled[0];
  const last = filled[filled.length - 1];
  if (!first || !last || filled.length > 8 || last.index - first.index + 1 !== filled.length) {
    return null;
  }
  // A wrapped sentence breaks at its commas or in the middle of a run of them; a list of "Name, Country" lines does
  // not.
  const commas = (line: string) => line.match(COMMAS)?.length ?? 0;
  if (!filled.slice(0, -1).every(({ line }) => /[,،]$/u.test(line) || commas(line) >= 3)) {
    return null;
  }
  const text = filled.map(({ line }) => line).join(' ');
  return commas(text) >= 3 ? { text, first: first.index } : null;
}

/** Items of a line separated by 、 or by semicolons ("A; B; C"): each is a name. */
export function separatedItems(line: string): OneLineList | null {
  const ideographic = line.split(IDEOGRAPHIC_COMMA);
  if (ideographic.length >= 3) {
    return { items: withLastJoin(ideographic).map(plain), reason: 'the line lists names separated by “、”' };
  }
  const semicolons = line.split(/\s*;\s*/u).filter((item) => item !== '');
  if (semicolons.length >= 3 && semicolons.every(shortItem)) {
    return { items: semicolons.map(plain), reason: 'the line lists names separated by semicolons' };
  }
  return null;
}

/**
 * Items of a block that is one sentence listing names, wrapped over a few lines or not: "Label: A, B, C und D".
 * Null unless the whole block is that sentence and each item reads as a name.
 */
export function sentenceItems(sentence: string): OneLineList | null {
  const text = sentence.replace(/[.。]$/u, '').trim();
  const label = LABEL.exec(text)?.[0] ?? '';
  const withoutLabel = text.slice(label.length);
  const labelled = label !== '';
  const commaItems = withoutLabel.split(LIST_COMMA);
  const items = joinSeries(withLastJoin(commaItems).filter((item) => item !== ''));
  const joined = items.length > commaItems.length;
  // Without a label or an "and" before the last item, only a long run of names reads as a list.
  const fewest = labelled ? 3 : joined ? 5 : MIN_PLAIN_ITEMS;
  if (items.length < fewest || !items.every(shortItem)) {
    return null;
  }
  if (!items.every((item) => /^[\p{Lu}\p{Lo}\p{N}]/u.test(item)) || personWithRole(items)) {
    return null;
  }
  // "Eine Initiative des Göttinger Klimabündnisses, unterstützt von: …": the initiator signs first.
  const initiator = labelled ? initiatorOf(label) : null;
  return {
    items: [...(initiator === null ? [] : [plain(initiator)]), ...sharedName(items)],
    reason: 'the block lists names in one sentence',
  };
}

// "Dr. Jane Doe, Director, Center for Peace, Justice and Rights" is a person and their role, not a list: a list of
// people names a person in its second item too.
function personWithRole(items: readonly string[]): boolean {
  const person = (item: string | undefined) => item !== undefined && isPersonName(tokenizeLine(item));
  return person(items[0]) && !person(items[1]);
}

/**
 * "Sindicato dos Trabalhadores em Saúde, Trabalho e Previdência Social de Alagoas": a name that lists things itself
 * holds a comma. The item after the comma starts with one word and "and" ("Trabalho e …"), and the item before it
 * ends with a small word and one more ("… em Saúde"): the two are one name.
 */
function joinSeries(items: readonly string[]): string[] {
  const joined: string[] = [];
  for (const item of items) {
    const previous = joined[joined.length - 1];
    if (previous !== undefined && continuesSeries(previous, item)) {
      joined[joined.length - 1] = `${previous}, ${item}`;
    } else {
      joined.push(item);
    }
  }
  return joined;
}

function continuesSeries(before: string, item: string): boolean {
  const beforeWords = before.split(/\s+/u);
  const words = item.split(/\s+/u);
  // The small word is written in small letters, in any language ("em", "of", "für").
  const smallWord = beforeWords[beforeWords.length - 2] ?? '';
  return words.length >= 3 && SERIES_JOIN.test(words[1] ?? '') && /^\p{Ll}{1,5}$/u.test(smallWord);
}

// The last item often holds the join: "Neuburg und Hannover" is two items.
function withLastJoin(items: readonly string[]): string[] {
  const last = items[items.length - 1] ?? '';
  const parts = last.split(LAST_JOIN);
  if (parts.length !== 2) {
    return [...items];
  }
  return [...items.slice(0, -1), ...parts.map((part) => part.trim())];
}

function shortItem(item: string): boolean {
  const words = item.trim().split(/\s+/u).length;
  return item.trim() !== '' && words <= MAX_ITEM_WORDS;
}

function plain(item: string): NameWithCountry {
  return { name: item.trim(), country: '' };
}

/**
 * "Die Fridays For Future Ortsgruppen Gießen, Göttingen, …": when every item but the first is a place of a word or
 * two and the first is much longer, the first holds the shared name, and each item is its chapter.
 */
function sharedName(items: readonly string[]): NameWithCountry[] {
  const [first = '', ...rest] = items;
  const restWords = rest.map((item) => item.split(/\s+/u).length);
  const firstWords = first.split(/\s+/u);
  const sectioned = SECTIONS.test(firstWords.slice(0, -1).join(' '));
  if (!sectioned || restWords.some((count) => count > 3) || firstWords.length < 3) {
    return items.map(plain);
  }
  const chapter = firstWords[firstWords.length - 1] ?? '';
  const name = firstWords.slice(0, -1).join(' ').replace(ARTICLE, '').replace(SECTIONS, '').trim();
  return [chapter, ...rest].map((item) => ({ name, country: item.trim() }));
}

const LEADING_NUMBER = /^\s*(\d{1,6})[.)]\s+/u;

// Where " 12. " or " 12) " stands in the line from `from` on, followed by a word; found without a regular expression
// per number, as a list of 100,000 numbered lines asks for one on every line.
function nextNumber(line: string, from: number, number: number): { at: number; after: number } | null {
  const digits = ` ${number}`;
  for (let at = line.indexOf(digits, from); at >= 0; at = line.indexOf(digits, at + 1)) {
    const mark = line[at + digits.length];
    const space = line[at + digits.length + 1];
    if ((mark === '.' || mark === ')') && space === ' ') {
      const after =
        at + digits.length + 2 + (/^\s*/u.exec(line.slice(at + digits.length + 2))?.[0].length ?? 0);
      return after < line.length ? { at, after } : null;
    }
  }
  return null;
}

/**
 * Numbered names run together on one line ("19. CAAA Centro … 20. Círculo de Artes Plásticas"): cut before each
 * next number in sequence, so a number inside a name ("Grupo 20. de Julho" after item 7) stays.
 */
export function numberedItems(line: string): OneLineList | null {
  const start = LEADING_NUMBER.exec(line);
  if (!start) {
    return null;
  }
  let next = Number(start[1]) + 1;
  let from = start[0].length;
  const items: string[] = [];
  for (let found = nextNumber(line, from, next); found !== null; found = nextNumber(line, from, next)) {
    items.push(line.slice(from, found.at));
    from = found.after;
    next += 1;
  }
  if (items.length === 0) {
    return null;
  }
  items.push(line.slice(from));
  return { items: items.map(plain), reason: 'numbered names run together on the line' };
}
