// What `undersigned --help` and `--version` print. Kept apart from the commands, which load the import and export
// engines: cli/main.ts answers these two without loading anything else, so they come back at once.
import { version } from '../package.json';

/** The program's version, from package.json (inlined into the bundle at build time). */
export const VERSION = version;

/** One line naming every command, printed after a mistake so the line says what was expected. */
export const USAGE =
  'Usage: undersigned export <letter.letter.json> --format html|md|txt|pdf|docx [--out <path>] [--page-size A4|Letter] [--notes footnotes|endnotes] | check <letter.letter.json> [--json] | import <file> [--json] [--out <letter.letter.json>]';

/** The whole help text. */
export const HELP = `Usage: undersigned <command> [options]

Commands:
  import <file> [--json] [--out <letter.letter.json>]
      Read a letter pasted from a web page, PDF or e-mail (.txt, .md, .html, .docx) and report what was found:
      title, paragraphs, notes, signatories and problems. --out saves it as a letter file.
  check <letter.letter.json> [--json]
      Check a letter file's notes, addresses and count claims. Exit 1 when it has problems.
  export <letter.letter.json> --format html|md|txt|pdf|docx [--out <path>]
      [--page-size A4|Letter] [--margins narrow|normal|wide|<mm>] [--letterhead <png|jpeg>] [--columns 1|2|3]
      [--count] [--notes footnotes|endnotes] [--headings auto|all|none] [--fragment] [--lang <code>]
      Publish a letter file. PDF needs Chromium (CHROMIUM_PATH or /usr/bin/chromium).

Options:
  --help, -h       show this help
  --version, -v    show the version (${VERSION})

Exit codes: 0 done, 1 problems found, 2 bad input, 3 internal error.
`;

/** The text for `--help` or `--version` given first, or null when the arguments are a command to run. */
export function quickAnswer(argv: readonly string[]): string | null {
  if (argv[0] === '--help' || argv[0] === '-h') {
    return HELP;
  }
  if (argv[0] === '--version' || argv[0] === '-v') {
    return `${VERSION}\n`;
  }
  return null;
}
