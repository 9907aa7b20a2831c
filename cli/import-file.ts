import { readFileSync, statSync } from 'node:fs';
import { extname } from 'node:path';
import { importSourceOf, letterTextFrom } from '../src-common/import/letter-text';
import { fileTooLarge, ImportTooLarge, importTooLarge } from '../src-common/limits';
import { UnreadableWordFile, wordFileText } from '../src-main/import/word-text';
import { InputError } from './cli-io';
import { fileErrorReason } from './read-letter';

// The command line's `import` and the real-letter scorecard read files here, so the scorecard measures exactly
// what people get from `npm run cli -- import`.

/** Reads the file as letter text, refusing what is too large or not text before parsing anything. */
export async function readImportText(path: string): Promise<string> {
  let bytes: Buffer;
  try {
    const tooLarge = fileTooLarge(path, statSync(path).size, 'letter');
    if (tooLarge) {
      throw new InputError(tooLarge);
    }
    bytes = readFileSync(path);
  } catch (error) {
    throw error instanceof InputError
      ? error
      : new InputError(`Cannot read ${path}: ${fileErrorReason(error)}.`);
  }
  const extension = extname(path).toLowerCase();
  if (extension === '.docx') {
    return checkedText(path, await wordText(path, bytes));
  }
  if (extension === '.pdf') {
    throw new InputError(
      `${path}: importing PDF files is not available yet; copy the letter's text and paste it.`,
    );
  }
  if (bytes.includes(0)) {
    throw new InputError(`${path} is not a text file (it looks like a binary file).`);
  }
  return checkedText(path, readLetterText(path, bytes.toString('utf8')));
}

function readLetterText(path: string, raw: string): string {
  try {
    return letterTextFrom(raw, importSourceOf(path));
  } catch (error) {
    throw error instanceof ImportTooLarge ? new InputError(`${path}: ${error.message}`) : error;
  }
}

function checkedText(path: string, text: string): string {
  const tooLarge = importTooLarge(text);
  if (tooLarge) {
    throw new InputError(`${path}: ${tooLarge}`);
  }
  return text;
}

/** A Word file's text, or the plain reason it cannot be read as bad input. */
async function wordText(path: string, bytes: Buffer): Promise<string> {
  try {
    return await wordFileText(path, bytes);
  } catch (error) {
    throw error instanceof UnreadableWordFile ? new InputError(error.message) : error;
  }
}
