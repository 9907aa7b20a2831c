/** How the app's letter files end (`Name.letter.json`), the files the installers associate with the app. */
export const LETTER_FILE_SUFFIX = '.letter.json';

/**
 * The letter file among a launch's command-line arguments: on Windows and Linux the system starts the app (or a
 * second copy, which hands its arguments to the first through `second-instance`) with the opened file's path. macOS
 * sends `open-file` instead.
 *
 * On Windows any `.json` file counts: Windows knows a file by its last extension only, so the installer offers the
 * app in "Open with" for `.json` files (resources/windows/installer.nsh), and a file opened that way is read as a
 * letter file, which says plainly when it is not one, rather than being ignored.
 */
export function letterFileIn(argv: readonly string[], platform: NodeJS.Platform): string | null {
  const suffix = platform === 'win32' ? '.json' : LETTER_FILE_SUFFIX;
  return (
    argv.slice(1).find((argument) => !argument.startsWith('-') && argument.toLowerCase().endsWith(suffix)) ??
    null
  );
}
