import { tokenizeLine, type LineToken } from './line-tokens';
import { foldText } from '../normalise';
import { isPersonName } from './people';
import { CONNECTORS, ROLE_WORDS } from './vocabulary';

// People often sign with their role on the line under their name: "Rosana Grinberg" / "Presidente do FNECDC". A
// page of two columns copied as text runs two people together, and their two roles under them: "Bruno Miragem
// Gisela Simona" / "Presidente do Brasilcon Presidente do ProconsBrasil".

const FIRST_WORD = /[\p{L}\p{M}]+/u;

/** A person's name and the role under it. */
export interface PersonWithRole {
  name: string;
  note: string;
}

/** True when the line's first word is a word for a role: a quick look before the line is read. */
export function startsWithRole(line: string): boolean {
  const first = FIRST_WORD.exec(line)?.[0];
  return first !== undefined && ROLE_WORDS.has(foldText(first));
}

/** The roles a line holds, each starting with a word for a role; null when the line does not start with one. */
export function rolesOf(line: string): string[] | null {
  const tokens = tokenizeLine(line);
  if (!isRoleWord(tokens[0])) {
    return null;
  }
  const roles: string[] = [];
  let start = 0;
  tokens.forEach((token, index) => {
    // "Presidente do Brasilcon Presidente do ProconsBrasil": a role word after a name starts the next role.
    const before = tokens[index - 1];
    if (index > start + 1 && isRoleWord(token) && !isRoleWord(before) && !joins(before)) {
      roles.push(line.slice(tokens[start]?.start ?? 0, tokens[index - 1]?.end ?? 0));
      start = index;
    }
  });
  roles.push(line.slice(tokens[start]?.start ?? 0).trim());
  return roles;
}

/**
 * The people a line runs together, as many as the roles under it, each with their role; null unless the line cuts
 * into that many people's names. A cut that leaves a name written on a line of its own elsewhere in the list
 * (`alone`) is taken first, then the most even one; with `onlyKnown` (the line reads as one person's name too), only
 * such a cut is.
 */
export function peopleWithRoles(
  line: string,
  roles: readonly string[],
  alone: (name: string) => boolean,
  onlyKnown = false,
): PersonWithRole[] | null {
  const tokens = tokenizeLine(line);
  if (roles.length !== 2) {
    return null;
  }
  const cuts: number[] = [];
  for (let at = 2; at <= tokens.length - 2; at += 1) {
    if (isPersonName(tokens.slice(0, at)) && isPersonName(tokens.slice(at))) {
      cuts.push(at);
    }
  }
  const text = (from: number, to: number) => line.slice(tokens[from]?.start ?? 0, tokens[to - 1]?.end ?? 0);
  const known = cuts.find((at) => alone(text(0, at)) || alone(text(at, tokens.length)));
  const even = [...cuts].sort((a, b) => Math.abs(2 * a - tokens.length) - Math.abs(2 * b - tokens.length))[0];
  const cut = onlyKnown ? known : (known ?? even);
  if (cut === undefined) {
    return null;
  }
  return [
    { name: text(0, cut), note: roles[0] ?? '' },
    { name: text(cut, tokens.length), note: roles[1] ?? '' },
  ];
}

// "President and Founder", "Directora, Fundadora": one role of two words.
function joins(token: LineToken | undefined): boolean {
  return token === undefined || CONNECTORS.has(token.word) || /[,;&/]$/u.test(token.text);
}

function isRoleWord(token: LineToken | undefined): boolean {
  return token !== undefined && token.capitalised && ROLE_WORDS.has(token.word);
}
