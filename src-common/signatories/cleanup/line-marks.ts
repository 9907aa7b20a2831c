import { parseInline } from '../../text/inline-marks';
import { FLAG, flagCountry } from '../country-names';
import { withoutBullet } from './tidy';

// A list pasted from a web page or a Markdown file carries marks that are never part of a name: entities, a
// table's pipes, images, links, bold. Some say where the name ends: "**Ada Parellada** Restauradora" is a person
// and what she does; "[Hacktivistas](http://…) - Spain" is a name and its country.

/** A line of a pasted list without its marks. */
export interface MarkedLine {
  /** The line's plain text. */
  text: string;
  /** The name the marks set apart at the start of the line (bold or linked, with more text after), if any. */
  lead: string | null;
  /** The country of a flag emoji on the line ("🇳🇱"), if any; the flag is gone from `text`. */
  flag: string | null;
}

const NAMED_ENTITIES: Readonly<Record<string, string>> = {
  nbsp: ' ',
  amp: '&',
  quot: '"',
  apos: "'",
  lt: '<',
  gt: '>',
  ndash: '–',
  mdash: '—',
  laquo: '«',
  raquo: '»',
  ldquo: '“',
  rdquo: '”',
  lsquo: '‘',
  rsquo: '’',
  hellip: '…',
  middot: '·',
  bull: '•',
};
// A copy of a page's source keeps "&nbsp;", sometimes without its semicolon.
const ENTITY = /&(?:#(\d{1,7})|#x([0-9a-f]{1,6})|([a-z]{2,7}));?/giu;
const TABLE_ROW = /^\s*\|(.*)\|?\s*$/u;
const TABLE_RULE = /^[\s|:+=-]+$/u;
const IMAGE = /!\[[^\]\n]*\]\([^)\s]*\)/gu;
const LINKED_IMAGE = /\[\s*\]\([^)\s]*\)/gu;
// A Markdown hard line break ("\" at the end of a line of a table cell) ends the name; a description follows.
const HARD_BREAK = /\\(?=\s|$)/u;
const HTML_TAG = /<\/?[a-z][^>]*>/giu;
// Emoji, their skin tones, and the joiners and variation selectors between them.
const PICTOGRAPHS = /\p{Extended_Pictographic}|[\u{1F3FB}-\u{1F3FF}]|\uFE0F|\u200D/gu;
const PLAIN = /^[\p{L}\p{M}\p{N} .,;:'’()&/-]*$/u;
// "from 🇳🇱", "from 🇨🇳 (handle)": the word before a flag is left with nothing to say once the flag is read.
const FLAG_AFTER = /\s*(?:\b(?:from|de|da|aus|von|di)\s*)?(?=[([]|$)/iu;
// A flag written as a shortcode, as GitHub and chat apps write them: ":cn:", ":flag-de:".
const SHORTCODE = /:(?:flag[-_])?([a-z]{2}):/giu;
const REGIONAL_INDICATOR_A = 0x1f1e6;

/** Decodes the HTML entities a copy of a page's source leaves ("&nbsp;", "&#8211;", "&amp;"). */
export function decodeEntities(text: string): string {
  if (!text.includes('&')) {
    return text;
  }
  return text.replace(ENTITY, (entity, decimal?: string, hex?: string, named?: string) => {
    const code =
      decimal !== undefined ? Number(decimal) : hex !== undefined ? Number.parseInt(hex, 16) : null;
    if (code !== null) {
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : entity;
    }
    return NAMED_ENTITIES[(named ?? '').toLowerCase()] ?? entity;
  });
}

/** Reads a pasted line's marks: see {@link MarkedLine}. */
export function readMarks(raw: string): MarkedLine {
  let line = withoutBullet(tableCells(decodeEntities(raw)));
  if (line.includes(':')) {
    line = line.replace(SHORTCODE, shortcodeFlag);
  }
  // Most lines are plain letters, digits and punctuation: nothing below can apply to them.
  if (PLAIN.test(line)) {
    return { text: line, lead: null, flag: null };
  }
  const flag = findFlag(line);
  if (flag) {
    line = line.replaceAll(FLAG, ' ');
    line = line.replace(FLAG_AFTER, ' ');
  }
  line = line.replace(PICTOGRAPHS, ' ');
  if (!/[*_[\\<!]/u.test(line)) {
    return { text: line, lead: null, flag };
  }
  line = line.replace(IMAGE, ' ').replace(LINKED_IMAGE, ' ').replace(HTML_TAG, ' ');
  const breakAt = line.search(HARD_BREAK);
  const runs = parseInline(breakAt < 0 ? line : line.slice(0, breakAt));
  const text = runs.map((run) => run.text).join('');
  return { text, lead: leadOf(runs), flag };
}

// ":cn:" is the flag 🇨🇳 when its letters name a country (":uk:" is 🇬🇧); other text between colons stays.
function shortcodeFlag(shortcode: string, letters: string): string {
  const code = letters.toUpperCase() === 'UK' ? 'GB' : letters.toUpperCase();
  const flag = String.fromCodePoint(
    ...[...code].map((letter) => REGIONAL_INDICATOR_A + (letter.codePointAt(0) ?? 0) - 65),
  );
  return flagCountry(flag) === null ? shortcode : ` ${flag} `;
}

function findFlag(line: string): string | null {
  for (const match of line.matchAll(FLAG)) {
    const country = flagCountry(match[0]);
    if (country) {
      return country;
    }
  }
  return null;
}

// "| Name | Country |" is "Name – Country"; a rule row ("|:---:|") is nothing.
function tableCells(line: string): string {
  const row = TABLE_ROW.exec(line);
  if (!row || !line.trim().startsWith('|')) {
    return line;
  }
  if (TABLE_RULE.test(line)) {
    return '';
  }
  return (row[1] ?? '')
    .split('|')
    .map((cell) => cell.trim())
    .filter((cell) => cell !== '')
    .join(' – ');
}

// The bold or linked words a line starts with, when more words follow them.
function leadOf(runs: readonly { text: string; bold?: boolean; href?: string }[]): string | null {
  const first = runs.findIndex((run) => run.text.trim() !== '');
  const lead = runs[first];
  if (!lead || (lead.bold !== true && lead.href === undefined)) {
    return null;
  }
  let end = first;
  while (end + 1 < runs.length && sameMark(runs[end + 1], lead)) {
    end += 1;
  }
  const rest = runs
    .slice(end + 1)
    .map((run) => run.text)
    .join('');
  const name = runs
    .slice(first, end + 1)
    .map((run) => run.text)
    .join('')
    .trim();
  return /\p{L}/u.test(rest) && /\p{L}/u.test(name) ? name : null;
}

function sameMark(
  run: { bold?: boolean; href?: string } | undefined,
  lead: { bold?: boolean; href?: string },
) {
  return run !== undefined && run.bold === lead.bold && run.href === lead.href;
}
