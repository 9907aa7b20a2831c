import { runCheck } from './check-command';
import { EXIT, InputError, oneLine, type CliIo } from './cli-io';
import { runExport } from './export-command';
import { runImport } from './import-command';

const USAGE =
  'Usage: npm run --silent cli -- export <letter.letter.json> --format html|md|txt|pdf|docx [--out <path>] [--page-size A4|Letter] [--notes footnotes|endnotes] | check <letter.letter.json> [--json] | import <file> [--json] [--out <letter.letter.json>]';

const COMMANDS: Record<string, (args: readonly string[], io: CliIo) => number | Promise<number>> = {
  export: runExport,
  check: runCheck,
  import: runImport,
};

/**
 * Runs one command and returns its exit code. Every failure becomes one line on stderr: the people running this
 * are partners preparing a letter, for whom a stack trace says nothing.
 */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  const [name, ...args] = argv;
  if (name === undefined || name === '--help' || name === '-h') {
    (name === undefined ? io.stderr : io.stdout)(`${USAGE}\n`);
    return name === undefined ? EXIT.badInput : EXIT.ok;
  }
  const command = COMMANDS[name];
  if (!command) {
    io.stderr(`Unknown command "${name}". ${USAGE}\n`);
    return EXIT.badInput;
  }
  try {
    return await command(args, io);
  } catch (error) {
    io.stderr(`${oneLine(error)}\n`);
    return error instanceof InputError ? EXIT.badInput : EXIT.internal;
  }
}
