import { tokenizeLine } from './line-tokens';
import { isCountrySlot } from './places';

// A country written apart from a name: after a comma or dash, in brackets, or on its own ("Francia", "Paesi Bassi /
// Belgio").

/** A remark in brackets at the end of a text; its content is the first group. */
export const TRAILING_BRACKETS = /\s*[(（]([^()（）]+)[)）]$/u;

/** "role, Country" → the role and the country; text without a country at its end comes back whole. */
export function trailingCountry(text: string): { before: string; country: string } {
  const brackets = TRAILING_BRACKETS.exec(text);
  if (brackets && isCountryText(brackets[1] ?? '')) {
    return { before: text.slice(0, brackets.index).trim(), country: (brackets[1] ?? '').trim() };
  }
  // "Fundador de Gush Shalom, Israel (RLA 2001)": the country comes before a remark in brackets.
  const main = (brackets ? text.slice(0, brackets.index) : text).replace(/[\s,;]+$/u, '');
  const remark = brackets ? brackets[0].trim() : '';
  if (brackets && isCountryText(main)) {
    return { before: remark, country: main };
  }
  const comma = main.lastIndexOf(', ');
  if (comma > 0 && isCountryText(main.slice(comma + 2))) {
    const before = [main.slice(0, comma).trim(), remark].filter((part) => part !== '').join(' ');
    return { before, country: main.slice(comma + 2).trim() };
  }
  return { before: text.trim(), country: '' };
}

// "Israele - Francia", "Paesi Bassi / Belgio", "Thailand and Philippines": a person or group of two countries.
const BETWEEN_COUNTRIES = /\s*(?:[-–—/&+,]|\b(?:and|e|y|et|und|i|og|en)\b)\s*/u;

/** True when the text names a country or place on its own ("UK", "Francia", "Regno Unito", "香港"). */
export function isCountryText(text: string): boolean {
  if (isOneCountry(text)) {
    return true;
  }
  const parts = text.split(BETWEEN_COUNTRIES);
  return parts.length >= 2 && parts.length <= 4 && parts.every(isOneCountry);
}

function isOneCountry(text: string): boolean {
  const words = tokenizeLine(text)
    .map((token) => token.word)
    .filter((word) => word !== '');
  return isCountrySlot(words);
}
