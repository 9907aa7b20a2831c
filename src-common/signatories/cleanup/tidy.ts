// What a copy from a PDF, a web page or a mail leaves on a line that is never part of a name: bullets and
// numbering, runs of spaces, a space before a comma, none after a colon. Tidying changes no letter of the name.

// Numbering runs as far as an import's line limit (100,000): "1000. Free Tibet" is number 1000, not a name.
// A "*" is a bullet only before a space: "**Name**" is bold. "a)" letters items as numbers do. Arabic and Persian
// lists number in their own digits and often with a dash: "١. منظمة العفو الدولية", "۳- ...".
const BULLET =
  /^(?:[•·▪◦‣∙]|[*+\-–—](?=\s)|[\d\u0660-\u0669\u06F0-\u06F9]{1,6}[.)\-–](?=[\s\u200E\u200F\u061C])|\(\d{1,6}\)|[a-z]\)(?=\s))\s*/u;
const SPACES = /[\s\u200B\uFEFF]+/gu;
// Left-to-right and right-to-left marks (U+200E, U+200F, U+061C) that a word processor or a chat app puts at the
// ends of a right-to-left line place nothing there; inside a name they may place punctuation and stay.
const EDGE_MARKS = /^[\u200E\u200F\u061C\s]+|[\u200E\u200F\u061C\s]+$/gu;
const LEADING_MARKS = /^[\u200E\u200F\u061C]+\s*/u;
const SPACE_BEFORE = /\s+([,;:)\]])/gu;
const NO_SPACE_AFTER = /([,;:])(?=\p{L})/gu;
const SPACE_AFTER_OPEN = /([([])\s+/gu;
const TRAILING = /[\s,;]+$/u;
const HEADING =
  /^(?:signed(?: by)?|signatories|signatory organi[sz]ations|(?:the )?undersigned(?: organi[sz]ations)?|co-?signed by|endorsed by|organi[sz]ations|list of signatories)\s*[:：]?$/iu;

/** Tidies one pasted line for display: no bullet, single spaces, usual spacing around commas and colons. */
export function tidyLine(line: string): string {
  return line
    .normalize('NFC')
    .replace(SPACES, ' ')
    .replace(EDGE_MARKS, '')
    .replace(BULLET, '')
    .replace(EDGE_MARKS, '')
    .replace(SPACE_BEFORE, '$1')
    .replace(NO_SPACE_AFTER, '$1 ')
    .replace(SPACE_AFTER_OPEN, '$1')
    .replace(TRAILING, '');
}

/** The line without the bullet or number it starts with (and the direction marks before one); else as it was. */
export function withoutBullet(line: string): string {
  const start = line.trimStart();
  const unmarked = start.replace(LEADING_MARKS, '');
  const bare = unmarked.replace(BULLET, '');
  return bare === unmarked ? start : bare;
}

/** True for a heading such as "Signed by:" that introduces the list rather than naming a signatory. */
export function isListHeading(line: string): boolean {
  const trimmed = line.trim();
  // A name never ends with a colon: "unterstützt durch:", "Für Health for Future Göttingen:", "聯署團體/人包括：".
  return HEADING.test(trimmed) || /[:：]$/u.test(trimmed);
}
