/** What a Markdown file's front matter says about the letter. */
export interface FrontMatter {
  title?: string;
  /** YYYY-MM-DD. */
  date?: string;
  /** The number of lines the front matter takes (0 when there is none). */
  lineCount: number;
}

const MONTHS = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];

/** A front matter's fences and how its lines give a key and a value. */
interface FrontMatterSyntax {
  fence: RegExp;
  field: RegExp;
}

// YAML between "---" fences (Jekyll, Hugo, Eleventy) and TOML between "+++" fences (Hugo, Zola). A TOML table
// header ("[extra]") starts the site's own settings: keys below it are not the page's title or date.
const YAML: FrontMatterSyntax = { fence: /^(---|\.\.\.)\s*$/u, field: /^([A-Za-z_][\w-]*)\s*:\s*(.*)$/u };
const TOML: FrontMatterSyntax = { fence: /^\+\+\+\s*$/u, field: /^([A-Za-z_][\w-]*)\s*=\s*(.*)$/u };

/**
 * Reads a front matter block ("---", then "key: value" lines, then "---"; or TOML's "+++" and "key = value") at the
 * top of a Markdown file. Only the title and the date matter to a letter; the other keys (layout, tags, author) are
 * the website's and are dropped.
 */
export function readFrontMatter(lines: readonly string[]): FrontMatter {
  const opening = lines[0]?.trim();
  const syntax = opening === '---' ? YAML : opening === '+++' ? TOML : null;
  if (!syntax) {
    return { lineCount: 0 };
  }
  const close = lines.findIndex((line, index) => index > 0 && syntax.fence.test(line));
  if (close === -1 || close > 200) {
    return { lineCount: 0 };
  }
  const fields = frontMatterFields(lines.slice(1, close), syntax);
  const title = fields.get('title');
  const date = isoDate(fields.get('date') ?? fields.get('published') ?? '');
  return {
    ...(title ? { title } : {}),
    ...(date ? { date } : {}),
    lineCount: close + 1,
  };
}

function frontMatterFields(lines: readonly string[], syntax: FrontMatterSyntax): Map<string, string> {
  const fields = new Map<string, string>();
  for (const line of lines) {
    if (syntax === TOML && /^\s*\[/u.test(line)) {
      break;
    }
    const field = syntax.field.exec(line);
    if (field?.[1] && field[2] !== undefined) {
      fields.set(field[1].toLowerCase(), unquote(field[2].trim()));
    }
  }
  return fields;
}

function unquote(value: string): string {
  const quoted = /^(["'])(.*)\1$/u.exec(value);
  return (quoted ? (quoted[2] ?? '') : value).trim();
}

/** "2022-05-23", "2022-05-23T10:00:00Z", "23 May 2022" or "May 23, 2022" as YYYY-MM-DD; null otherwise. */
export function isoDate(value: string): string | null {
  const iso = /^(\d{4})-(\d{2})-(\d{2})/u.exec(value.trim());
  if (iso) {
    return validDate(Number(iso[1]), Number(iso[2]), Number(iso[3]));
  }
  const words = value.toLowerCase().replace(/,/gu, ' ').split(/\s+/u).filter(Boolean);
  const monthAt = words.findIndex((word) =>
    MONTHS.some((month) => month.startsWith(word) && word.length >= 3),
  );
  const month = MONTHS.findIndex((name) => name.startsWith(words[monthAt] ?? '-'));
  const numbers = words.filter((word) => /^\d{1,4}$/u.test(word)).map(Number);
  const year = numbers.find((number) => number > 31);
  const day = numbers.find((number) => number <= 31);
  if (monthAt === -1 || year === undefined || day === undefined) {
    return null;
  }
  return validDate(year, month + 1, day);
}

function validDate(year: number, month: number, day: number): string | null {
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) {
    return null;
  }
  return date.toISOString().slice(0, 10);
}
