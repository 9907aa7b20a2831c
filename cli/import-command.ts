import { writeFileSync } from 'node:fs';
import { importLetterText, type ImportedLetter } from '../src-common/import/build-letter';
import { ImportTooLarge } from '../src-common/limits';
import { importReport } from '../src-common/api/import-report';
import { writeLetterFile } from '../src-common/letter-file/letter-file';
import { newLetterId } from '../src-main/store/letters/letter-id';
import { EXIT, InputError, type CliIo } from './cli-io';
import { readImportText } from './import-file';
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
    unlisted: imported.unlisted,
    problems: report.problems,
  };
  io.stdout(values.json === true ? `${JSON.stringify(result, null, 2)}\n` : summary(result.title, report));
  return EXIT.ok;
}

function importOrFail(path: string, text: string): ImportedLetter {
  try {
    return importLetterText(text, newLetterId);
  } catch (error) {
    throw error instanceof ImportTooLarge ? new InputError(`${path}: ${error.message}`) : error;
  }
}

function summary(title: string, report: ReturnType<typeof importReport>): string {
  const lines = [
    `${title || 'Untitled letter'}: ${report.paragraphs} paragraphs, ${report.notes} notes, ${report.signatories} signatories (from ${report.signatoryLines} lines)${unlistedPart(report.unlisted)}.`,
    ...report.problems.map((problem) => `${problem.severity}: ${problem.message}`),
  ];
  return `${lines.join('\n')}\n`;
}

// "…and 40 more organizations" at the end of the list: they signed, and are counted, but have no names.
function unlistedPart(unlisted: number): string {
  return unlisted > 0 ? ` and ${unlisted} more, not listed` : '';
}

function writeOrFail(path: string, content: string): void {
  try {
    writeFileSync(path, content);
  } catch (error) {
    throw new InputError(`Cannot write ${path}: ${fileErrorReason(error)}.`);
  }
}
