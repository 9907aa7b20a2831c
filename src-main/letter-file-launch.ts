/** How the app's letter files end (`Name.letter.json`), the files the installers associate with the app. */
export const LETTER_FILE_SUFFIX = '.letter.json';

/**
 * The letter file among a launch's command-line arguments: on Windows and Linux the system starts the app (or a
 * second copy, which hands its arguments to the first) with the opened file's path. macOS sends `open-file` instead.
 */
export function letterFileIn(argv: readonly string[]): string | null {
  return (
    argv
      .slice(1)
      .find((argument) => !argument.startsWith('-') && argument.toLowerCase().endsWith(LETTER_FILE_SUFFIX)) ??
    null
  );
}
