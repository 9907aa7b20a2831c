import { readFileSync, statSync } from 'node:fs';
import { readLetterFile } from '../src-common/letter-file/letter-file';
import { InputError } from './cli-io';

/** Letter files over this size are refused, as the app refuses them. */
export const MAX_LETTER_FILE_BYTES = 16 * 1024 * 1024;

/** Reads a letter file and returns its authoritative state (the Yjs update), or throws an {@link InputError}. */
export function readLetterState(path: string): Uint8Array {
  let text: string;
  try {
    const stats = statSync(path);
    if (stats.isDirectory()) {
      throw new InputError(`${path} is a folder, not a letter file.`);
    }
    if (stats.size > MAX_LETTER_FILE_BYTES) {
      throw new InputError(`${path} is larger than 16 MB, too large for a letter file.`);
    }
    text = readFileSync(path, 'utf8');
  } catch (error) {
    if (error instanceof InputError) {
      throw error;
    }
    throw new InputError(`Cannot read ${path}: ${fileErrorReason(error)}.`);
  }
  const read = readLetterFile(text);
  if (!read.ok) {
    throw new InputError(`${path}: ${read.problem}`);
  }
  return read.state;
}

/** A file system error in plain words, rather than Node's `ENOENT: no such file or directory, open '…'`. */
export function fileErrorReason(error: unknown): string {
  const code = typeof error === 'object' && error !== null && 'code' in error ? error.code : undefined;
  switch (code) {
    case 'ENOENT':
      return 'no such file or folder';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'EISDIR':
      return 'it is a folder';
    case 'ENOTDIR':
      return 'a part of the path is not a folder';
    default:
      return typeof code === 'string' ? code : 'unknown error';
  }
}
