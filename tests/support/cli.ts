import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { runCli } from '../../cli/run-cli';

const ROOT = join(__dirname, '..', '..');
const TSX = join(ROOT, 'node_modules', 'tsx', 'dist', 'cli.mjs');

/** What a run of the command line printed, and its exit code. */
export interface CliRun {
  status: number | null;
  stdout: string;
  stderr: string;
}

/**
 * Runs the command line in this process: `cli/main.ts` only hands `runCli` its arguments and the terminal, so this
 * is what people run, without starting `tsx` (seconds) for every call.
 */
export async function cli(...args: string[]): Promise<CliRun> {
  let stdout = '';
  let stderr = '';
  const status = await runCli(args, {
    stdout: (text) => {
      stdout += text;
    },
    stderr: (text) => {
      stderr += text;
    },
  });
  return { status, stdout, stderr };
}

/** Runs the command line as people run it, in its own process: for the few tests of the process itself. */
export function cliProcess(...args: string[]): CliRun {
  const result = spawnSync(process.execPath, [TSX, join(ROOT, 'cli', 'main.ts'), ...args], {
    cwd: ROOT,
    encoding: 'utf8',
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}
