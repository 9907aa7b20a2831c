/**
 * The most text an import reads; checked before any parsing so a huge paste fails at once and in plain words. 5 MB is
 * thousands of pages, far beyond any letter, and still imports in seconds when every few words carry formatting.
 */
export const IMPORT_LIMITS = {
  characters: 5 * 1024 * 1024,
  lines: 100_000,
  signatories: 100_000,
  /** A file read whole: a Word file with pictures, a saved web page or a form's export holds more than its text. */
  fileBytes: 80 * 1024 * 1024,
};

/**
 * An import refused for its size, with the reason in one plain sentence. The signatory count is known only once
 * merged lines are cut ("Hong Kong Watch Uyghur Human Rights Project" is two), so it is checked while the list is
 * read, not before parsing.
 */
export class ImportTooLarge extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ImportTooLarge';
  }
}

/** The sentence for a list past {@link IMPORT_LIMITS}' signatories. */
export const TOO_MANY_SIGNATORIES =
  `This text lists more than ${withThousands(IMPORT_LIMITS.signatories)} signatories, more than a letter ` +
  'can have. Nothing was imported.';

// "100,000", as `toLocaleString('en')` writes it: this module loads with the app's first screen, and the first
// number formatted with a locale costs about 10 ms of loading the runtime's number formats.
function withThousands(count: number): string {
  return String(count).replace(/\B(?=(\d{3})+$)/gu, ',');
}

const LIMIT_MB = IMPORT_LIMITS.characters / 1024 / 1024;

/** Why a file (a letter, or a form's export of a list) is too large to be read whole, or null when it fits. */
export function fileTooLarge(name: string, bytes: number, what: 'letter' | 'list'): string | null {
  if (bytes <= IMPORT_LIMITS.fileBytes) {
    return null;
  }
  return `${name} is larger than ${IMPORT_LIMITS.fileBytes / 1024 / 1024} MB: too large to be a ${what}.`;
}

/** Why a text is too large to import, or null when it fits. */
export function importTooLarge(text: string): string | null {
  if (text.length > IMPORT_LIMITS.characters) {
    const size = (text.length / 1024 / 1024).toFixed(1).replace(/\.0$/u, '');
    return `This text is too large to import (${size} MB; the limit is ${LIMIT_MB} MB).`;
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
