import type { Signatory } from './signatory';
import { placeText } from './signatory-place';

/**
 * Orders names as a reader expects: ignoring case, accents and a leading "The", in the given locale's alphabet.
 */
export function compareNames(locale?: string): (a: string, b: string) => number {
  const collator = new Intl.Collator(locale, { sensitivity: 'base', numeric: true });
  return (a, b) => collator.compare(withoutArticle(a), withoutArticle(b));
}

/** Orders entries by name, then by their place as printed ("Munich, Germany"), as {@link compareNames} does. */
export function compareSignatories(
  locale?: string,
): (
  a: Pick<Signatory, 'name' | 'country' | 'chapter'>,
  b: Pick<Signatory, 'name' | 'country' | 'chapter'>,
) => number {
  const compare = compareNames(locale);
  return (a, b) => compare(a.name, b.name) || compare(placeText(a), placeText(b));
}

/** The confirmed signatories in alphabetical order, as a published letter lists them. */
export function publishedSignatories(signatories: readonly Signatory[], locale?: string): Signatory[] {
  return signatories.filter((signatory) => signatory.status === 'confirmed').sort(compareSignatories(locale));
}

function withoutArticle(name: string): string {
  return name.trim().replace(/^the\s+/iu, '');
}
