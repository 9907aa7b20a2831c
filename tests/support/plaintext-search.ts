import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** Every 8-character piece of the texts, as the UTF-8 bytes a database or log would hold. */
export function pieces(texts: readonly string[]): Buffer[] {
  return texts.flatMap((text) =>
    Array.from({ length: text.length - 7 }, (_, start) => Buffer.from(text.slice(start, start + 8))),
  );
}

/** Every file in a folder and its subfolders. */
export function filesUnder(folder: string): string[] {
  return readdirSync(folder).flatMap((name) => {
    const path = join(folder, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

/** The pieces found in the bytes, as text. */
export function hits(haystack: Buffer, needles: readonly Buffer[]): string[] {
  return needles.filter((needle) => haystack.includes(needle)).map((needle) => needle.toString());
}

/** Each file with the pieces of the texts found in it; files holding none are left out. */
export function plaintextFound(
  files: readonly string[],
  texts: readonly string[],
): { file: string; hits: string[] }[] {
  const needles = pieces(texts);
  return files
    .map((file) => ({ file, hits: hits(readFileSync(file), needles) }))
    .filter((found) => found.hits.length > 0);
}
