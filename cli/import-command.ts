import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { extname } from 'node:path';
import { importLetterText, type ImportedLetter } from '../src-common/import/build-letter';
import { htmlToLetterText } from '../src-common/import/html-letter-text';
import { fileTooLarge, ImportTooLarge, importTooLarge } from '../src-common/import/limits';
import { importReport } from '../src-common/import/report';
import { writeLetterFile } from '../src-common/letter/letter-file';
import { UnreadableWordFile, wordFileText } from '../src-main/import/word-text';
import { newLetterId } from '../src-main/store/letters/letter-id';
import { EXIT, InputError, type CliIo } from './cli-io';
import { parseCommandArgs, singlePositional } from './parse';
import { fileErrorReason } from './read-letter';

/** `import <file> [--json] [--out <letter.letter.json>]`: reads a pasted or saved letter and reports what it found. */
export async function runImport(args: readonly string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommandArgs(args, {
    json: { type: 'boolean' },
    out: { type: 'string' },
  });
  const path = singlePositional(positionals, 'import');
  const imported = importOrFail(path, await readImportText(path));
  const report = importReport(imported);
  const out = typeof values.out === 'string' ? values.out : undefined;
  if (out !== undefined) {
    writeOrFail(
      out,
      `${JSON.stringify(writeLetterFile(newLetterId(), imported.doc, new Date()), null, 2)}\n`,
    );
  }
  const result = {
    title: imported.title,
    paragraphs: imported.paragraphs,
    notes: imported.notes,
    signatories: imported.signatories,
    problems: report.problems,
  };
  io.stdout(values.json === true ? `${JSON.stringify(result, null, 2)}\n` : summary(result.title, report));
  return EXIT.ok;
}

function importOrFail(path: string, text: string): ImportedLetter {
  try {
    return importLetterText(text, newLetterId, { markdown: /\.(md|markdown)$/iu.test(path) });
  } catch (error) {
    throw error instanceof ImportTooLarge ? new InputError(`${path}: ${error.message}`) : error;
  }
}

/** Reads the file as letter text, refusing what is too large or not text before parsing anything. */
async function readImportText(path: string): Promise<string> {
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
  const raw = bytes.toString('utf8');
  return checkedText(path, extension === '.html' || extension === '.htm' ? htmlToLetterText(raw) : raw);
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

function summary(title: string, report: ReturnType<typeof importReport>): string {
  const lines = [
    `${title || 'Untitled letter'}: ${report.paragraphs} paragraphs, ${report.notes} notes, ${report.signatories} signatories (from ${report.signatoryLines} lines).`,
    ...report.problems.map((problem) => `${problem.severity}: ${problem.message}`),
  ];
  return `${lines.join('\n')}\n`;
}

function writeOrFail(path: string, content: string): void {
  try {
    writeFileSync(path, content);
  } catch (error) {
    throw new InputError(`Cannot write ${path}: ${fileErrorReason(error)}.`);
  }
}
