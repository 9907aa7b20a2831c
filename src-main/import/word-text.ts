import mammoth from 'mammoth';
import { declaredUnzippedBytes, MAX_UNZIPPED_BYTES } from '../../src-common/import/zip-limits';

/** A Word file that cannot (or must not) be read; the message is meant for the person importing it. */
export class UnreadableWordFile extends Error {}

/**
 * A Word file's text, paragraph by paragraph, after checking what it would unpack to: a zip bomb is refused before
 * anything is unpacked. Shared by the app's Import dialog and the command line.
 */
export async function wordFileText(name: string, bytes: Uint8Array): Promise<string> {
  const declared = declaredUnzippedBytes(bytes);
  if (declared === null) {
    throw new UnreadableWordFile(`${name} is not a Word file that can be read (it cannot be unpacked).`);
  }
  if (declared > MAX_UNZIPPED_BYTES) {
    throw new UnreadableWordFile(
      `${name} would unpack to ${Math.round(declared / 1024 / 1024)} MB, more than a letter can be (200 MB). Nothing was imported.`,
    );
  }
  try {
    return (await mammoth.extractRawText({ buffer: Buffer.from(bytes) })).value;
  } catch {
    throw new UnreadableWordFile(`${name} is not a Word file that can be read.`);
  }
}
