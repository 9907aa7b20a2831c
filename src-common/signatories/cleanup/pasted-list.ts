import { IMPORT_LIMITS, importTooLarge, TOO_MANY_SIGNATORIES } from '../../limits';
import { parseSignatoryBlock, TooManyNames, type BlockOptions } from './block-parser';
import type { BlockParse } from './suggestions';

/** A pasted list read by the clean-up engine, or the sentence saying why it was not read. */
export type PastedList = { parse: BlockParse; refusal?: never } | { refusal: string; parse?: never };

/**
 * Reads a pasted list under the import's limits: a paste of megabytes, of more lines or more organizations than a
 * letter can have, is refused in one sentence before it freezes the window. "Paste a list…" reads through it, and so
 * does an import's signatory block.
 */
export function readPastedList(text: string, options: BlockOptions = {}): PastedList {
  const tooLarge = importTooLarge(text);
  if (tooLarge) {
    return { refusal: tooLarge };
  }
  try {
    return { parse: parseSignatoryBlock(text, { ...options, maxNames: IMPORT_LIMITS.signatories }) };
  } catch (error) {
    if (error instanceof TooManyNames) {
      return { refusal: TOO_MANY_SIGNATORIES };
    }
    throw error;
  }
}
