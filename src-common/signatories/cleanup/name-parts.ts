import type { LineToken } from './line-tokens';
import { LEGAL_FORMS } from './vocabulary';

// Degrees a person writes after their name and a comma ("Dr. Ulf Buermeyer, LL.M., Chairman of GFF"), folded.
const DEGREES = new Set('llm llb phd dphil mphil md ma mba msc bsc ba jd esq jr sr'.split(' '));

/**
 * The index of the comma that ends a person's name, given the first comma after it: a degree after that comma is
 * still the name's ("Dr. Ulf Buermeyer, LL.M., Chairman of GFF" ends at "LL.M.,"), so the cut moves past it.
 */
export function cutPastDegrees(tokens: readonly LineToken[], cut: number): number {
  let at = cut;
  for (;;) {
    const next = tokens[at + 1];
    const current = tokens[at];
    if (!next || !current?.text.endsWith(',') || !DEGREES.has(next.word) || !next.text.endsWith(',')) {
      return at;
    }
    at += 1;
  }
}

/**
 * True when the words end with the legal form of an association or company ("… Freien Wissens e. V.", "… GmbH"):
 * after a dash they are an organization's full name, never a person's role.
 */
export function endsWithLegalForm(tokens: readonly LineToken[]): boolean {
  const last = tokens[tokens.length - 1];
  if (!last) {
    return false;
  }
  // "e. V." is two tokens.
  const lastTwo = `${tokens[tokens.length - 2]?.word ?? ''}${last.word}`;
  return LEGAL_FORMS.has(last.word) || (tokens.length > 1 && lastTwo === 'ev');
}
