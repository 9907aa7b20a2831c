/** The most text an import reads; checked before any parsing so a huge paste fails at once and in plain words. */
export const IMPORT_LIMITS = { characters: 20 * 1024 * 1024, lines: 100_000 };

/** Why a text is too large to import, or null when it fits. */
export function importTooLarge(text: string): string | null {
  if (text.length > IMPORT_LIMITS.characters) {
    return `This text is too large to import (${Math.round(text.length / 1024 / 1024)} MB; the limit is 20 MB).`;
  }
  let lines = 1;
  for (let index = text.indexOf('\n'); index !== -1; index = text.indexOf('\n', index + 1)) {
    lines += 1;
    if (lines > IMPORT_LIMITS.lines) {
      return 'This text has more than 100,000 lines, more than a letter can have. Nothing was imported.';
    }
  }
  return null;
}
