/**
 * Folds text for searching: compatibility forms, no diacritics, lower case, single spaces. "Uyghur Human Rights
 * Project" is then found by "uyghur human" and "Ürümqi" by "urumqi"; other scripts pass through unchanged.
 */
export function foldForSearch(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/\s+/gu, ' ')
    .trim();
}
