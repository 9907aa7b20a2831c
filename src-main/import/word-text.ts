import { letterTextFrom } from '../../src-common/import/letter-text';
import { ImportTooLarge } from '../../src-common/limits';
import {
  declaredUnzippedBytes,
  MAX_UNZIPPED_BYTES,
  MAX_UNZIPPED_XML_BYTES,
} from '../../src-common/import/zip-limits';
import { unzippedPastLimit } from './unzipped-size';
import { wordHtml, WordReaderLimit } from './word-html';

/** A Word file that cannot (or must not) be read; the message is meant for the person importing it. */
export class UnreadableWordFile extends Error {}

/**
 * A Word file as letter text (bold, italic, links, lists, tables and footnotes kept, see htmlToLetterText), after
 * checking what it unpacks to: first the sizes it declares, then the bytes it really inflates to, counted while
 * unpacking, so a zip bomb is refused before the Word reader opens it. Shared by the app and the command line.
 */
export async function wordFileText(name: string, bytes: Uint8Array): Promise<string> {
  const declared = declaredUnzippedBytes(bytes);
  if (declared === null) {
    throw new UnreadableWordFile(`${name} is not a Word file that can be read (it cannot be unpacked).`);
  }
  if (declared > MAX_UNZIPPED_BYTES) {
    throw new UnreadableWordFile(tooBig(name, `would unpack to ${Math.round(declared / 1024 / 1024)} MB`));
  }
  const past = await unzippedPastLimit(bytes, { total: MAX_UNZIPPED_BYTES, xml: MAX_UNZIPPED_XML_BYTES });
  if (past === 'total') {
    throw new UnreadableWordFile(tooBig(name, 'unpacks to more than it says'));
  }
  if (past === 'xml') {
    throw new UnreadableWordFile(
      `${name} holds more than ${MAX_UNZIPPED_XML_BYTES / 1024 / 1024} MB of text and formatting, more than a ` +
        'letter can be. Nothing was imported.',
    );
  }
  const html = await readerHtml(name, bytes);
  if (html === null) {
    throw new UnreadableWordFile(`${name} is not a Word file that can be read.`);
  }
  try {
    return letterTextFrom(html, 'html');
  } catch (error) {
    throw error instanceof ImportTooLarge ? new UnreadableWordFile(`${name}: ${error.message}`) : error;
  }
}

async function readerHtml(name: string, bytes: Uint8Array): Promise<string | null> {
  try {
    return await wordHtml(bytes);
  } catch (error) {
    if (error instanceof WordReaderLimit) {
      throw new UnreadableWordFile(
        `${name} is too complex to read as a letter (reading it took more memory or time than any letter ` +
          'needs). Nothing was imported.',
      );
    }
    throw error;
  }
}

function tooBig(name: string, what: string): string {
  return `${name} ${what}, more than a letter can be (200 MB). Nothing was imported.`;
}
