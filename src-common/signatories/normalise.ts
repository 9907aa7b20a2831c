// Names of the same organization arrive typed by different people, pasted from PDFs and web pages, in several
// scripts. Folding removes what never tells two organizations apart, and nothing else: Latin letters lose their
// accents (people drop them when typing), but marks in Arabic or other scripts are part of the letter and stay.

// Latin letters without a decomposition: folded by hand, as people type them without the special letter.
const LATIN_SPECIAL: ReadonlyMap<string, string> = new Map([
  ['ß', 'ss'],
  ['æ', 'ae'],
  ['œ', 'oe'],
  ['ø', 'o'],
  ['đ', 'd'],
  ['ð', 'd'],
  ['þ', 'th'],
  ['ł', 'l'],
  ['ı', 'i'],
  ['ħ', 'h'],
]);

// Chinese characters written in two forms, both in use for the same word and name (Hong Kong prints "溫" and "温",
// "衛" and "衞" in one list): a name in one form is the same name in the other, folded to the usual form.
const HAN_VARIANTS: ReadonlyMap<string, string> = new Map(
  [
    ['溫', '温'],
    ['衛', '衞'],
    ['著', '着'],
    ['裡', '裏'],
    ['線', '綫'],
    ['峰', '峯'],
    ['群', '羣'],
    ['為', '爲'],
    ['床', '牀'],
    ['污', '汙'],
    ['眾', '衆'],
    ['啟', '啓'],
    ['麵', '麪'],
    ['雞', '鷄'],
    ['查', '査'],
    ['冊', '册'],
    ['教', '敎'],
  ].map(([standard, variant]) => [variant ?? '', standard ?? '']),
);

// Where the Chinese characters start (CJK Extension A): the variants are looked up from there on only.
const CJK_START = 0x3400;

// Letters, digits and single spaces only: nothing to fold but case.
const PLAIN_WORDS = /^[A-Za-z0-9]+(?: [A-Za-z0-9]+)*$/u;
const APOSTROPHES = /['’ʼ‘`´]/gu;
const ABBREVIATION = /(?:^|(?<=[\s(]))(?:\p{L}\.){2,}/gu;
const PUNCTUATION = /[\p{P}\p{S}]/gu;
const SPACES = /[\s\u200B\uFEFF]+/gu;
const LEADING_THE = /^the\s+(?=\S)/u;
const LEADING_THE_DISPLAY = /^the\s+(?=\S)/iu;

/**
 * Folds a name for comparing: compatibility forms, case, accents on Latin letters, quotes and punctuation,
 * "&" as "and", spacing, and a leading "The". "The Norwegian Tibet Committee" and "norwegian tibet committee"
 * fold alike; "ئۇيغۇر" keeps its hamza. Case folds in every cased script, since case never tells organizations apart.
 */
export function normaliseName(name: string): string {
  return foldText(name).replace(LEADING_THE, '');
}

/** Like {@link normaliseName} but keeps a leading "The" (for folding single words and places). */
export function foldText(text: string): string {
  if (PLAIN_WORDS.test(text)) {
    return text.toLowerCase();
  }
  if (isAscii(text) && !text.includes('.')) {
    return foldAscii(text);
  }
  return stripLatinMarks(text.normalize('NFKC'))
    .toLowerCase()
    .replace(APOSTROPHES, '')
    .replace(ABBREVIATION, (abbreviation) => abbreviation.replaceAll('.', ''))
    .replaceAll('&', ' and ')
    .replace(PUNCTUATION, ' ')
    .replace(SPACES, ' ')
    .trim();
}

/** The words of a folded name. */
export function nameTokens(normalised: string): string[] {
  return normalised === '' ? [] : normalised.split(' ');
}

/**
 * The text to sort a display name by: without a leading "The" and with single spaces. Compare sort keys with an
 * `Intl.Collator` (see {@link createNameComparator}), which ignores case and accents the way the locale does.
 */
export function sortKey(name: string): string {
  return name.replace(SPACES, ' ').trim().replace(LEADING_THE_DISPLAY, '');
}

/** A comparison for sorting names: the locale's collation, ignoring case, accents, punctuation and a leading "The". */
export function createNameComparator(locale?: string): (a: string, b: string) => number {
  const collator = new Intl.Collator(locale, { sensitivity: 'base', ignorePunctuation: true, numeric: true });
  // Names that collate alike still need one order, or a list would reshuffle them on every sort.
  const tieBreak = new Intl.Collator(locale, { sensitivity: 'variant', numeric: true });
  return (a, b) => collator.compare(sortKey(a), sortKey(b)) || tieBreak.compare(a, b);
}

// The same folding in one pass for plain ASCII without abbreviations, which most names are: lists run to thousands.
function foldAscii(text: string): string {
  let folded = '';
  let pendingSpace = false;
  for (let index = 0; index < text.length; index += 1) {
    const code = text.charCodeAt(index);
    if (code === 0x27 || code === 0x60) {
      continue;
    }
    const letterOrDigit = (code >= 0x30 && code <= 0x39) || (code >= 0x61 && code <= 0x7a);
    const upper = code >= 0x41 && code <= 0x5a;
    if (!letterOrDigit && !upper) {
      if (code === 0x26) {
        folded += folded === '' ? 'and' : ' and';
        pendingSpace = true;
        continue;
      }
      pendingSpace = folded !== '';
      continue;
    }
    if (pendingSpace) {
      folded += ' ';
      pendingSpace = false;
    }
    folded += upper ? String.fromCharCode(code + 0x20) : text.charAt(index);
  }
  return folded;
}

function stripLatinMarks(text: string): string {
  if (isAscii(text)) {
    return text;
  }
  let folded = '';
  let afterLatin = false;
  for (const character of text.normalize('NFD')) {
    const code = character.codePointAt(0) ?? 0;
    if (isCombiningMark(code)) {
      folded += afterLatin ? '' : character;
      continue;
    }
    afterLatin = isLatinLetter(code);
    const han = code >= CJK_START ? HAN_VARIANTS.get(character) : undefined;
    folded += han ?? LATIN_SPECIAL.get(character.toLowerCase()) ?? character;
  }
  return folded.normalize('NFC');
}

function isAscii(text: string): boolean {
  for (let index = 0; index < text.length; index += 1) {
    if (text.charCodeAt(index) > 0x7e) {
      return false;
    }
  }
  return true;
}

// The combining blocks that Latin accents decompose into; Arabic harakat and hamza live elsewhere.
function isCombiningMark(code: number): boolean {
  return (
    (code >= 0x300 && code <= 0x36f) ||
    (code >= 0x1ab0 && code <= 0x1aff) ||
    (code >= 0x1dc0 && code <= 0x1dff) ||
    (code >= 0x20d0 && code <= 0x20ff) ||
    (code >= 0xfe20 && code <= 0xfe2f)
  );
}

/** True for a letter of the Latin script (basic, Latin-1, extended and additional blocks). */
export function isLatinLetter(code: number): boolean {
  return (
    (code >= 0x41 && code <= 0x5a) ||
    (code >= 0x61 && code <= 0x7a) ||
    (code >= 0xc0 && code <= 0x24f && code !== 0xd7 && code !== 0xf7) ||
    (code >= 0x1e00 && code <= 0x1eff) ||
    (code >= 0x2c60 && code <= 0x2c7f) ||
    (code >= 0xa720 && code <= 0xa7ff) ||
    (code >= 0xff21 && code <= 0xff3a) ||
    (code >= 0xff41 && code <= 0xff5a)
  );
}
