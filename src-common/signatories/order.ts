import type { Signatory } from './signatory';

/**
 * Orders names as a reader expects: ignoring case, accents and a leading "The", in the given locale's alphabet.
 */
export function compareNames(locale?: string): (a: string, b: string) => number {
  const collator = new Intl.Collator(locale, { sensitivity: 'base', numeric: true });
  return (a, b) => collator.compare(withoutArticle(a), withoutArticle(b));
}

/** The confirmed signatories in alphabetical order, as a published letter lists them. */
export function publishedSignatories(signatories: readonly Signatory[], locale?: string): Signatory[] {
  const compare = compareNames(locale);
  return signatories
    .filter((signatory) => signatory.status === 'confirmed')
    .sort((a, b) => compare(a.name, b.name) || compare(a.country, b.country));
}

function withoutArticle(name: string): string {
  return name.trim().replace(/^the\s+/iu, '');
}
