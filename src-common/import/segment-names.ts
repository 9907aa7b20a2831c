/**
 * Finds a signatory block that no heading announces: a run of short name-like lines ("Respect Berlin",
 * "Danny Glover, filmmaker (USA)", "- Coletivo Arrua", "| Göttingen Zero |") at the end of the letter, after its
 * last sentence. Each line gets a score (positive when it reads like a name, negative when it reads like prose),
 * and the best run is the one with the highest sum, found in one pass.
 */

// A list item's marker, a table row's bars, a numbered row ("34 Cross" in a PDF's table): not part of the name.
const MARKER = /^(?:[-*+•·▪◦–—]\s+|\d{1,5}[.)]\s+|\d{1,5}\s+(?=\S)|\[\d{1,5}\]\s*)/u;
// Abbreviations that end names, not sentences: "e.V.", "Inc.", "Ltd.", "S.A.", "Assoc.", "Jr.".
const NAME_END =
  /(?:\b\p{L}\.\p{L}\.|\b(?:inc|ltd|ltda|co|corp|assoc|jr|sr|dr|prof|st|nr|no|cia|gmbh|bros|etc)\.)$/iu;
const SENTENCE_END = /[.!?;。！？；][”"’'»)\]]*$/u;
// A date or a place and date ("Brasília, 29 de abril de 2019", "12. Oktober 2020", "2024-09-01"): a closing line.
const MONTH =
  /\b(?:jan(?:uary|vier|eiro|uar)?|feb(?:ruary|rero|ruar)?|f[ée]vrier|fevereiro|m[aä]r(?:ch|s|zo|ço|z)|apr(?:il)?|abril|avril|aprile|ma(?:y|i|yo|io|rs)|mai|june?|juin|junio|junho|giugno|july?|juillet|julio|julho|luglio|aug(?:ust)?|ao[uû]t|agosto|sep(?:t(?:ember)?)?|septiembre|setembro|settembre|oct(?:ober)?|octubre|outubro|ottobre|oktober|nov(?:ember)?|noviembre|novembro|novembre|dec(?:ember)?|d[ée]cembre|diciembre|dezembro|dicembre|dezember|januar|februar|juni|juli|setiembre)\b/iu;
const DATE = /\b\d{1,2}[./-]\d{1,2}[./-]\d{2,4}\b|\b\d{4}-\d{2}-\d{2}\b|\d{4}年\d{1,2}月/u;
const URL_ONLY = /^(?:!?\[[^\]]*\]\([^)]*\)|<?https?:\/\/\S+>?|\S+@\S+\.\S+)$/u;
const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;

/** What a line looks like to the signatory-run search: its text without a list or table marker. */
export function nameText(text: string): string {
  const cells = text.startsWith('|')
    ? text
        .split('|')
        .map((cell) => cell.trim())
        .filter((cell) => cell !== '' && !/^:?-+:?$/u.test(cell))
        .join(' – ')
    : text;
  // Note markers ("act.[2]") would hide a sentence's full stop.
  return cells
    .replace(MARKER, '')
    .replace(/\[\^?\d{1,3}\]/gu, '')
    .trim();
}

/** True for a line that is a date, or a place and a date: "Brasília, 29 de abril de 2019". */
export function isDateLine(text: string): boolean {
  if (!/\d/u.test(text)) {
    return false;
  }
  const words = text.split(/\s+/u).length;
  return words <= 8 && (DATE.test(text) || MONTH.test(text));
}

/**
 * How much a line (as read by `lineText`) looks like one signatory: about +1 for a short name-like line, 0 for a
 * line that says nothing (blank, a label ending in ":", an image or address), below 0 for prose.
 */
export function nameScore(text: string): number {
  const name = nameText(text);
  if (name === '' || URL_ONLY.test(name) || /^[\d\s.,/-]*$/u.test(name) || name.endsWith(':')) {
    return 0;
  }
  if (isDateLine(name)) {
    return -1;
  }
  if (CJK.test(name)) {
    return cjkScore(name);
  }
  const words = name.split(/\s+/u).length;
  const sentence = SENTENCE_END.test(name) && !NAME_END.test(name);
  let score = words <= 6 ? 1 : words <= 10 ? 0.5 : words <= 16 ? -0.5 : -1.5;
  if (sentence && words > 5) {
    score -= 2;
  }
  if (/^\p{Ll}/u.test(name)) {
    score -= 0.75;
  }
  // A line ending on a comma, "and" or a hyphen goes on in the next line: a wrapped sentence, not a name.
  if (/(?:[,-]|\b(?:and|und|et|y|e|of|the|de|der|die|das|for|to|in|a|an))$/iu.test(name) && words > 3) {
    score -= 1;
  }
  return score;
}

function cjkScore(name: string): number {
  // Chinese prose runs on with commas and full stops; a name is a short run of characters.
  if (/[，。！？；]/u.test(name) || name.length > 40) {
    return -2;
  }
  return name.length <= 25 ? 1 : 0;
}

const EMAIL_ONLY = /^\S+@\S+\.\p{L}{2,}$/u;

/**
 * Whether a run of name-like lines gives an e-mail address for every person in it, about one line in three or
 * more ("Ben Burmeister", "Open Knowledge Foundation Deutschland", "ben.burmeister@okfn.de"): the authors or press
 * contacts after a statement, whom a reader writes to. A list of those who signed gives their names, not addresses.
 */
export function isContactRun(texts: readonly string[], run: NameRun, to: number): boolean {
  // The last person's address follows the last name-like line, where the run ends.
  const emails = texts.slice(run.start, to).filter((text) => EMAIL_ONLY.test(nameText(text))).length;
  return emails >= 2 && emails * 3 >= run.names;
}

/** A run of lines `[start, end)` and how name-like it is overall. */
export interface NameRun {
  start: number;
  end: number;
  score: number;
  names: number;
}

/**
 * The most name-like run of lines in `[from, to)` (the highest sum of scores: Kadane's scan), or null when no run
 * holds at least `minNames` name-like lines. The run starts and ends on a name-like line.
 */
export function bestNameRun(
  scores: readonly number[],
  from: number,
  to: number,
  minNames = 3,
): NameRun | null {
  let best: NameRun | null = null;
  const current: NameRun = { start: from, end: from, score: 0, names: 0 };
  for (let index = from; index < to; index += 1) {
    const score = scores[index] ?? 0;
    if (current.names === 0 || current.score + score < 0) {
      // A run starts on a name-like line; prose that outweighs the run so far ends it.
      Object.assign(current, {
        start: index,
        end: index + 1,
        score: Math.max(score, 0),
        names: score > 0 ? 1 : 0,
      });
    } else {
      current.score += score;
      if (score > 0) {
        current.end = index + 1;
        current.names += 1;
      }
    }
    if (current.names >= minNames && (best === null || current.score >= best.score)) {
      best = { ...current };
    }
  }
  return best;
}
