import type { Api } from '../../src-common/api/client';
import { importSourceOf, letterTextFrom } from '../../src-common/import/letter-text';
import { IMPORT_LIMITS } from '../../src-common/limits';
import { encodeBinary } from '../../src-common/letter/encoding';

/**
 * Reads a chosen file as letter text: a Word file through the backend (which checks what it would unpack to), an
 * HTML page, Markdown or plain text through letterTextFrom (scripts and styles dropped, never run; the same reader
 * as the command line's, so both import a file alike).
 */
export async function readFileText(file: File, api: Api): Promise<string> {
  // Checked before reading, so a huge or wrong file never freezes the window.
  if (file.size > IMPORT_LIMITS.fileBytes) {
    throw new Error(`${file.name} is ${Math.round(file.size / 1024 / 1024)} MB, too large to be a letter.`);
  }
  if (/\.docx$/iu.test(file.name)) {
    const bytes = new Uint8Array(await file.arrayBuffer());
    return (await api.call('import:readWord', { fileName: file.name, base64: encodeBinary(bytes) })).text;
  }
  const text = await file.text();
  if (text.includes('\u0000')) {
    throw new Error(`${file.name} is not a text file (it looks like a binary file). Nothing was imported.`);
  }
  return letterTextFrom(text, importSourceOf(file.name, file.type));
}
