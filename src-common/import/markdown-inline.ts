/** What the inline reader needs to know about the whole file: its link definitions and its footnotes' numbers. */
export interface InlineContext {
  /** Reference-style link definitions ("[1]: https://…"), by lower-cased label. */
  links: ReadonlyMap<string, string>;
  /** Each footnote label's number ("[^note]" may be note 3). */
  footnotes: ReadonlyMap<string, number>;
  /** Note numbers the text has referred to so far: a later block opening with one is that note's text. */
  referred: Set<number>;
}

// Tags a Markdown file's inline HTML uses; anything else in angle brackets ("<C++>", "<Your name>") is text.
const TAG_NAMES =
  'a|abbr|b|big|br|cite|code|del|div|em|figcaption|figure|font|i|img|ins|kbd|mark|p|q|s|small|span|strike|strong|sub|sup|u|center|section|article|header|footer|blockquote|ul|ol|li|table|thead|tbody|tr|td|th|h[1-6]|hr|iframe|picture|source|video|audio|details|summary|dl|dt|dd|nav|aside|main|label|input|button|form|wbr';
const TAG = new RegExp(`</?(?:${TAG_NAMES})(?:\\s[^<>]*)?/?>`, 'giu');
// Each pattern's inner text has a bound: a line of openers with no closer must not be scanned to its end each time.
const ANCHOR = /<a\s[^<>]*?href\s*=\s*(["'])([^"'<>]*)\1[^<>]*>([^]{0,2000}?)<\/a\s*>/giu;
const SUPERSCRIPT = /<sup(?:\s[^<>]*)?>([^]{0,200}?)<\/sup\s*>/giu;
// A link with a title ("[Liber Liber](http://www.liberliber.it/ "http://www.liberliber.it")): the title is a tooltip,
// neither words nor address.
const TITLED_LINK =
  /\[([^[\]\n]{1,500})\]\(\s*([^\s()]{0,2000})\s+(?:"[^"\n]{0,500}"|'[^'\n]{0,500}')\s*\)/gu;
const NAMED_ENTITIES: Readonly<Record<string, string>> = {
  nbsp: ' ',
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  ndash: '–',
  mdash: '—',
  hellip: '…',
  laquo: '«',
  raquo: '»',
  lsquo: '‘',
  rsquo: '’',
  ldquo: '“',
  rdquo: '”',
  bull: '•',
  middot: '·',
  copy: '©',
  euro: '€',
  shy: '',
  zwj: '\u200d',
  zwnj: '\u200c',
};
// Backslash escapes the letter text's own reader does not undo itself (see ESCAPED in inline-marks.ts).
const OTHER_ESCAPE = /\\([!"#$%&'+,./:;<=>?@^{|}~])/gu;

/**
 * One line of Markdown as a line of letter text: inline HTML becomes the letter text's marks (links, bold, italic,
 * "[n]" for a superscript note number), entities become characters, footnote markers and escaped "\[1\]" become
 * "[n]", reference-style links get their address, and images (a web page's logos) are left out.
 */
export function markdownInline(line: string, context: InlineContext): string {
  let text = line.replace(/<!--[\s\S]*?-->/gu, '');
  // An image goes with the attribute list Pandoc and kramdown may set after it ("{width="162" height="108"}").
  text = text
    .replace(/!\[[^[\]\n]{0,500}\]\([^)\n]{0,2000}\)(?:\{[^{}\n]{0,500}\})?/gu, '')
    .replace(/!\[[^[\]\n]{0,500}\]\[[^[\]\n]{0,500}\]/gu, '');
  text = referenceLinks(text.replace(/\[\s*\]\([^)\n]{0,2000}\)/gu, ''), context.links);
  text = text.replace(TITLED_LINK, (_match, words: string, href: string) => linkOrWords(words, href));
  text = text.replace(SUPERSCRIPT, (_match, inner: string) => superscript(inner, context));
  text = text.replace(/\[\^([^\]\s]{1,50})\]/gu, (match, label: string) => marker(label, context) ?? match);
  text = text.replace(/\\\[(\d{1,3})\\\]/gu, (_match, digits: string) => noted(Number(digits), context));
  text = text.replace(ANCHOR, (_match, _quote: string, href: string, words: string) =>
    linkOrWords(words.replace(TAG, ''), href),
  );
  text = text
    .replace(/<\/?(?:b|strong)(?:\s[^<>]*)?>/giu, '**')
    .replace(/<\/?(?:i|em)(?:\s[^<>]*)?>/giu, '*');
  text = decodeEntities(text.replace(TAG, '').replace(/__([^_\n]+)__/gu, '**$1**')).replace(
    OTHER_ESCAPE,
    '$1',
  );
  return text.replace(/[ \t\u00a0]+/gu, ' ').trim();
}

/** A superscript holding a note number ("<sup>1</sup>", "<sup>[1](#fn1)</sup>") is a marker; any other its text. */
function superscript(inner: string, context: InlineContext): string {
  const words = inner.replace(TAG, '').replace(/\[([^\]]*)\]\([^)]*\)/gu, '$1');
  const number = /^\s*\[?\^?(\d{1,3})\]?\s*$/u.exec(words)?.[1];
  return number === undefined ? words : noted(Number(number), context);
}

function marker(label: string, context: InlineContext): string | null {
  const number = context.footnotes.get(label) ?? (/^\d{1,3}$/u.test(label) ? Number(label) : undefined);
  return number === undefined ? null : noted(number, context);
}

function noted(number: number, context: InlineContext): string {
  context.referred.add(number);
  return `[${number}]`;
}

function linkOrWords(words: string, href: string): string {
  const trimmed = words.trim();
  if (trimmed === '') {
    return '';
  }
  return /^(?:https?:\/\/|mailto:)/iu.test(href) ? `[${trimmed}](${href})` : trimmed;
}

/** "[words][label]", "[words][]" and "[label]" with a definition elsewhere in the file, as "[words](address)". */
function referenceLinks(text: string, links: ReadonlyMap<string, string>): string {
  if (links.size === 0 || !text.includes('[')) {
    return text;
  }
  return text.replace(
    /\[([^[\]\n]{1,500})\](?:\[([^[\]\n]{0,500})\])?(?![(:])/gu,
    (match, words: string, label: string | undefined) => {
      const address = links.get(normaliseLabel(label === undefined || label === '' ? words : label));
      return address === undefined ? match : `[${words}](${address})`;
    },
  );
}

/** A link label as Markdown compares them: case and runs of spaces do not matter. */
export function normaliseLabel(label: string): string {
  return label.trim().replace(/\s+/gu, ' ').toLowerCase();
}

/** "&amp;", "&nbsp;", "&#8220;" and "&#x201C;" as the characters they stand for; unknown names stay as written. */
export function decodeEntities(text: string): string {
  if (!text.includes('&')) {
    return text;
  }
  return text.replace(/&(#\d{1,7}|#x[\da-f]{1,6}|[a-z]{2,8});/giu, (match, name: string) => {
    if (name.startsWith('#')) {
      const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : Number(name.slice(1));
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : match;
    }
    return NAMED_ENTITIES[name.toLowerCase()] ?? match;
  });
}
