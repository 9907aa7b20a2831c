import { runCheck } from './check-command';
import { EXIT, InputError, oneLine, type CliIo } from './cli-io';
import { runExport } from './export-command';
import { runImport } from './import-command';
import { HELP, quickAnswer, USAGE } from './usage';

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
  const quick = quickAnswer(argv);
  if (quick !== null) {
    io.stdout(quick);
    return EXIT.ok;
  }
  if (name === undefined) {
    io.stderr(HELP);
    return EXIT.badInput;
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
