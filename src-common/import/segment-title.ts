import {
  LEAD_IN,
  KICKER,
  SALUTATION,
  REPORTS_SIGNED,
  FIRST_PERSON,
  SUBJECT,
  CONNECTOR_END,
  isMarked,
  wordCount,
  isTitleLike,
  isFurnitureBeforeTitle,
} from './segment-title-lines';

/** Lines `[start, end)` of the text (the same shape as segment.ts's LineRange). */
interface Range {
  start: number;
  end: number;
}

interface TitleContext {
  lines: readonly string[];
  texts: readonly string[];
  from: number;
  end: number;
}

/**
 * The title of a pasted letter, as a range of lines (empty when the letter has none). In order: a line that
 * repeats the front matter's title; a "Subject:" line; a line the page repeats; the line after a lead-in ("Read
 * the full letter below"); the page's last main heading before the text; the first line that can be a title once
 * bylines, dates and a kicker ("Open letter") are passed, else a marked line after a news lede. A letter that opens
 * with "Dear …" has no title line. A title wrapped over two lines (a PDF's) takes both.
 */
export function findTitle(
  lines: readonly string[],
  texts: readonly string[],
  { from, end }: { from: number; end: number },
  knownTitle?: string,
): Range {
  const context: TitleContext = { lines, texts, from, end };
  const first = nextText(context, from);
  if (first >= end) {
    return { start: first, end: first };
  }
  if (knownTitle !== undefined) {
    // A news post whose front matter names the report: "全文如下" or "Read the full letter below" says the letter,
    // and its own title, come after the report.
    const led = afterLeadIn(context);
    return led !== null && led.end > led.start
      ? withSubtitle(context, led)
      : knownTitleLine(context, first, knownTitle);
  }
  const found =
    subjectLine(context, first) ??
    repeatedLine(context, first) ??
    afterLeadIn(context) ??
    mainHeading(context) ??
    firstTitleLike(context, first);
  return found.end > found.start ? withSubtitle(context, wrapped(context, found)) : found;
}

// Chinese and Japanese prose always carries its punctuation; a short line without any is a title's second line.
const CJK_PUNCTUATION = /[，。！？；：、,.!?;:]/u;

/**
 * A Chinese title printed on two lines ("### 還年輕人希望和愛" then "懇請港府立即擱置修訂逃犯條例"): a short line with no
 * punctuation right after a title in Han script is its second line, when the letter goes on after it.
 */
function withSubtitle(context: TitleContext, title: Range): Range {
  const { texts, end } = context;
  const titleText = texts[title.start] ?? '';
  const next = nextText(context, title.end);
  const nextLine = texts[next] ?? '';
  const han = (text: string) => /^[\p{Script=Han}]/u.test(text);
  const subtitle =
    han(titleText) &&
    han(nextLine) &&
    nextLine.length <= 30 &&
    !CJK_PUNCTUATION.test(nextLine) &&
    nextText(context, next + 1) < end;
  return subtitle ? { start: title.start, end: next + 1 } : title;
}

function nextText({ texts, end }: TitleContext, from: number): number {
  for (let index = from; index < end; index += 1) {
    if (texts[index] !== '') {
      return index;
    }
  }
  return end;
}

function one(index: number): Range {
  return { start: index, end: index + 1 };
}

function normalised(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/**
 * Front matter named the title: a line among the first few that repeats it (or part of it) is the title line. Further
 * down, a heading that repeats it opens the letter after the post's own framing (a press release, then the letter
 * under its heading), which is the page's, not the letter's.
 */
function knownTitleLine(context: TitleContext, first: number, knownTitle: string): Range {
  const known = normalised(knownTitle);
  let index = first;
  for (let seen = 0; seen < KNOWN_TITLE_REACH && index < context.end; seen += 1) {
    const text = normalised(context.texts[index] ?? '');
    const line = context.lines[index] ?? '';
    const headingRepeats = isMarked(line) && text.length >= 12 && known.startsWith(text);
    const near = seen < 4;
    if ((near && text === known) || headingRepeats || (seen === 0 && /^#\s/u.test(line.trim()))) {
      return one(index);
    }
    index = nextText(context, index + 1);
  }
  const salutation = salutationAfterBoldIntro(context, first);
  return { start: salutation ?? first, end: salutation ?? first };
}

/**
 * A blog post that introduces the letter in bold ("**Dopo l'interrogazione … Invece in Italia...**", then
 * "**...come peraltro …, abbiamo deciso di inviare una lettera aperta …**") before the letter's own "Onorevoli Membri
 * del Parlamento,": the bold paragraphs are the post's, and the letter starts at its salutation. A paragraph in
 * plain type before the salutation (an addressee, a date) belongs to the letter, and nothing is moved.
 */
function salutationAfterBoldIntro(context: TitleContext, first: number): number | null {
  let index = first;
  for (let seen = 0; seen <= INTRO_PARAGRAPHS && index < context.end; seen += 1) {
    if (SALUTATION.test(context.texts[index] ?? '')) {
      return seen > 0 ? index : null;
    }
    if (!/^(?:\*\*|__)[^*_].*(?:\*\*|__)$/u.test(context.lines[index]?.trim() ?? '')) {
      return null;
    }
    index = nextText(context, index + 1);
  }
  return null;
}

/** How many lines of text a heading repeating the front matter's title may follow. */
const KNOWN_TITLE_REACH = 20;

function subjectLine(context: TitleContext, first: number): Range | null {
  // The subject line sits in the letter's head, after the sender, the addressees and the date; a subject after
  // prose (a news lede) would put the letter's head in the preamble.
  const index = subjectInHead(context.texts, first, context.end);
  return index === null ? null : one(index);
}

/**
 * The "Subject:" line of a letter's head (after the sender, the addressees and the date, before the first
 * paragraph of prose) among `texts[from, to)`, or null.
 */
export function subjectInHead(texts: readonly string[], from: number, to: number): number | null {
  for (let index = from; index < Math.min(to, from + 60); index += 1) {
    const text = texts[index] ?? '';
    if (SUBJECT.test(text)) {
      return index;
    }
    if (wordCount(text) > 25) {
      return null;
    }
  }
  return null;
}

function repeatedLine({ texts, end }: TitleContext, first: number): Range | null {
  const firstText = texts[first];
  for (let index = first + 1; index < end; index += 1) {
    if (texts[index] === firstText) {
      return one(index);
    }
  }
  return null;
}

// A lead-in belongs to the page's preamble, near the top: a long text is not searched to its end.
const LEAD_IN_LINES = 300;

function afterLeadIn(context: TitleContext): Range | null {
  for (let index = context.from; index < Math.min(context.end, context.from + LEAD_IN_LINES); index += 1) {
    const text = context.texts[index] ?? '';
    if (text !== '' && wordCount(text) <= 25 && LEAD_IN.test(text)) {
      const next = nextText(context, index + 1);
      if (next >= context.end) {
        return null;
      }
      return isTitleLike(context.texts[next] ?? '') ? one(next) : { start: next, end: next };
    }
  }
  return null;
}

/** A page's main heading ("# …" as the HTML reader writes <h1>): the last one before the first paragraph. */
function mainHeading(context: TitleContext): Range | null {
  const { lines, texts, from, end } = context;
  let found: number | null = null;
  for (let index = from; index < end; index += 1) {
    if (/^#\s/u.test(lines[index]?.trim() ?? '')) {
      found = KICKER.test(texts[index] ?? '') && found !== null ? found : index;
    } else if (found !== null && wordCount(texts[index] ?? '') > 25) {
      break;
    }
  }
  if (found === null) {
    return null;
  }
  // A Word file's title set in bold above its first section ("**Zuverlässige … für Göttingen!**", then
  // "# Einleitung"): the heading names a section, the bold line the whole text.
  const first = nextText(context, from);
  const firstLine = lines[first]?.trim() ?? '';
  if (first < found && /^\*\*[^*].*\*\*$/u.test(firstLine) && isTitleLike(texts[first] ?? '')) {
    return KICKER.test(texts[first] ?? '') ? null : one(first);
  }
  return KICKER.test(texts[found] ?? '') ? (ownHeading(context, found) ?? one(found)) : one(found);
}

// The page's words about the letter before the letter itself: a paragraph or a few, never a whole letter.
const INTRO_PARAGRAPHS = 4;

/**
 * A page headed "Open letter" (a kicker, not a title) that introduces the letter ("Sign the open letter …") and then
 * gives it under its own heading ("## Public Money? Public Code!"): that heading is the title.
 */
function ownHeading(context: TitleContext, kicker: number): Range | null {
  const { lines, texts, end } = context;
  let paragraphs = 0;
  for (let index = nextText(context, kicker + 1); index < end; index = nextText(context, index + 1)) {
    const text = texts[index] ?? '';
    if (/^#{2,6}\s/u.test(lines[index]?.trim() ?? '')) {
      return isTitleLike(text) ? one(index) : null;
    }
    paragraphs += 1;
    if (paragraphs > INTRO_PARAGRAPHS || SALUTATION.test(text)) {
      return null;
    }
  }
  return null;
}

function firstTitleLike(context: TitleContext, first: number): Range {
  const { lines, texts, end } = context;
  let index = first;
  while (index < end && isFurnitureBeforeTitle(lines[index] ?? '', texts[index] ?? '')) {
    index = nextText(context, index + 1);
  }
  const text = texts[index] ?? '';
  if (index >= end || SALUTATION.test(text) || isLetterhead(context, index)) {
    return { start: first, end: first };
  }
  const next = nextText(context, index + 1);
  if (KICKER.test(text) && next < end && isTitleLike(texts[next] ?? '')) {
    return one(next);
  }
  if (isTitleLike(text)) {
    return one(index);
  }
  // "Uma declaração assinada por 56 ganhadores … condena …" and then "nós condenamos …": a lede that reports the
  // letter in the third person, before the letter speaks in the first; the letter has no title line.
  if (REPORTS_SIGNED.test(text) && !FIRST_PERSON.test(text) && FIRST_PERSON.test(texts[next] ?? '')) {
    return { start: next, end: next };
  }
  // A news lede before the letter: the letter's title is the first heading or bold line after it.
  for (let line = next; line < end; line = nextText(context, line + 1)) {
    if (isMarked(lines[line] ?? '') && isTitleLike(texts[line] ?? '')) {
      return one(line);
    }
  }
  return { start: first, end: first };
}

/**
 * A sender's letterhead ("Alliance for Freedom of Expression", "c/o …", a street, "10179 Berlin"), followed by the
 * addressees and "Dear …": a letter in that form has no title line.
 */
function isLetterhead({ texts, end }: TitleContext, index: number): boolean {
  const next = texts[index + 1] ?? '';
  const address = /^(?:c\/o\b|\d{4,5}\s+\p{Lu}|\S+@\S+\.\p{L}+$|p\.?\s?o\.? box\b)/iu;
  if (!address.test(next)) {
    return false;
  }
  for (let line = index + 1; line < Math.min(end, index + 40); line += 1) {
    if (SALUTATION.test(texts[line] ?? '')) {
      return true;
    }
  }
  return false;
}

/** A title wrapped over two lines: both in capitals, or the first ends on a word a title cannot end on. */
function wrapped({ lines, texts, end }: TitleContext, title: Range): Range {
  const text = texts[title.start] ?? '';
  const next = texts[title.end] ?? '';
  // Only plain text wraps: a heading or a bold line is whole, and what follows it is the next block.
  const marked = isMarked(lines[title.start] ?? '') || isMarked(lines[title.end] ?? '');
  if (marked || title.end >= end || next === '' || !isTitleLike(next) || wordCount(next) > 12) {
    return title;
  }
  const capitals = (line: string) => /\p{Lu}/u.test(line) && line === line.toUpperCase();
  const continues = (capitals(text) && capitals(next)) || CONNECTOR_END.test(text) || /^\p{Ll}/u.test(next);
  return continues ? { start: title.start, end: title.end + 1 } : title;
}
