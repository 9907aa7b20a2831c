import { decodeHTML } from 'entities';
import { marked } from 'marked';
import type { RenderModel } from '../../src-common/render/render-model';

// Reads the signatory block back out of each exported format the way its reader sees it, so that a test can
// compare it with the list the letter was made from: every name once, in order, nothing else.

/** The signatories as every format prints them: "Name" or "Name, Country", in the block's order. */
export function printedSignatories(model: RenderModel): string[] {
  return model.signatories.entries.map((entry) =>
    entry.detail ? `${entry.name}, ${entry.detail}` : entry.name,
  );
}

/** The list items of an HTML page's signatory section, as text. */
export function htmlSignatories(html: string): string[] {
  const start = html.indexOf('<section class="letter-signatories"');
  const section = html.slice(start, html.indexOf('</section>', start));
  return [...section.matchAll(/<li[^>]*>(.*?)<\/li>/gsu)].map((match) => textOfHtml(match[1] ?? ''));
}

/** The list items under the signatories heading, after parsing the Markdown back into HTML. */
export function markdownSignatories(markdown: string, heading: string): string[] {
  const html = marked.parse(markdown, { async: false });
  const start = html.indexOf(`<h2>${heading}</h2>`);
  const end = html.indexOf('<h2>', start + 1);
  return [...html.slice(start, end < 0 ? undefined : end).matchAll(/<li>(.*?)<\/li>/gsu)].map((match) =>
    textOfHtml(match[1] ?? ''),
  );
}

/** The names of the plain text's signatory block: one per line, a wrapped name's continuation indented. */
export function plainTextSignatories(text: string, heading: string, nextHeading: string): string[] {
  const underline = '-'.repeat(heading.length);
  const start = text.indexOf(`${heading}\n${underline}\n\n`) + heading.length * 2 + 3;
  const block = text.slice(start, text.indexOf(`\n\n${nextHeading}\n`, start));
  return block.replace(/\n {2}/gu, ' ').split('\n');
}

/** The text between two headings of a PDF's or Word file's extracted text, whitespace and page numbers collapsed. */
export function sectionText(text: string, heading: string, nextHeading: string): string {
  const start = text.indexOf(heading) + heading.length;
  return withoutPageNumbers(text.slice(start, text.indexOf(nextHeading, start)))
    .replace(/\s+/gu, ' ')
    .trim();
}

/** Extracted PDF text without the "2 / 9" page-number lines that fall between any two lines of the letter. */
export function withoutPageNumbers(text: string): string {
  return text.replace(/^\s*\d+ ?\/ ?\d+\s*$/gmu, ' ');
}

function textOfHtml(html: string): string {
  return decodeHTML(html.replace(/<[^>]+>/gu, '')).trim();
}
