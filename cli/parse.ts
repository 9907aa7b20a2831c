import { parseArgs, type ParseArgsConfig } from 'node:util';
import { InputError } from './cli-io';

type Options = NonNullable<ParseArgsConfig['options']>;

/** Parses one command's arguments strictly; an unknown or malformed option is an {@link InputError}. */
export function parseCommandArgs<T extends Options>(args: readonly string[], options: T) {
  try {
    return parseArgs({ args: [...args], options, allowPositionals: true, strict: true });
  } catch (error) {
    // Node's own message names the option; its advice about "--" is noise here and is cut.
    const message = error instanceof Error ? error.message.split('. ')[0] : 'Cannot read the options';
    throw new InputError(`${message?.replace(/\.$/u, '')}.`);
  }
}

/** The one letter file a command works on. */
export function singlePositional(positionals: readonly string[], command: string): string {
  const [path, ...extra] = positionals;
  if (path === undefined) {
    throw new InputError(`${command}: name a letter file (…letter.json).`);
  }
  if (extra.length > 0) {
    throw new InputError(`${command}: one letter file at a time (also given: ${extra.join(' ')}).`);
  }
  return path;
}
