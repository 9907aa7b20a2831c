import { errorText } from '../src-common/error-text';
/** A mistake in what the command was given (arguments, the letter file, the output path): exit code 2. */
export class InputError extends Error {
  override name = 'InputError';
}

/** Where a command writes: the terminal in use, buffers in tests. */
export interface CliIo {
  stdout(text: string): void;
  stderr(text: string): void;
}

/** Exit codes, as scripts calling the command rely on them. */
export const EXIT = {
  ok: 0,
  problemsFound: 1,
  badInput: 2,
  // Not the caller's fault: a bug, reported in one line like every other failure.
  internal: 3,
} as const;

/** The message of anything thrown, on one line. */
export function oneLine(error: unknown): string {
  const message = errorText(error);
  return message.replace(/\s*\n\s*/gu, ' ').trim();
}
