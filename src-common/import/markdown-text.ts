import { readFrontMatter } from './front-matter';
import { BlockReader, type BlockNote } from './markdown-blocks';
import { footnoteNumbers, readDefinitions } from './markdown-definitions';
import { markdownInline, type InlineContext } from './markdown-inline';
import { isNotesHeading } from './segment';
import { withLeftOut } from './left-out';

// A blog engine's header (Pelican, some Jekyll sites): "Key: value" lines at the top, with no "---" around them.
const HEADER_FIELD = /^[A-Za-z][\w -]{0,30}:\s*\S/u;
const HEADER_KEYS =
  /^(?:title|date|author|authors|category|tags|slug|summary|status|lang|modified|layout):/iu;

/**
 * A Markdown file as letter text (see htmlToLetterText): one block per line, paragraphs' wrapped lines joined,
 * lists, headings, tables and inline HTML written the letter text's way, and the footnotes as a "Notes" block of
 * "[n] …" lines at the end. Front matter stays at the top as it is, for readFrontMatter; a header of "Key: value"
 * lines is written as front matter.
 */
export function markdownToLetterText(markdown: string): string {
  const lines = markdown
    .replace(/^\uFEFF/u, '')
    .replace(/\r\n?/gu, '\n')
    .split('\n');
  const { header, bodyFrom } = headerOf(lines);
  const body = lines.slice(bodyFrom);
  const definitions = readDefinitions(body);
  const context: InlineContext = {
    links: definitions.links,
    footnotes: footnoteNumbers(definitions.footnotes),
    referred: new Set(),
  };
  const reader = new BlockReader(context).read(body, definitions.taken);
  const footnotes: BlockNote[] = definitions.footnotes.map((footnote) => ({
    number: context.footnotes.get(footnote.label) ?? 0,
    text: markdownInline(footnote.lines.filter((line) => line.trim() !== '').join(' '), context),
  }));
  const blocks = withNotes(reader.blocks, [...footnotes, ...reader.notes]);
  const text = withLeftOut(blocks.map((block) => block.join('\n')).join('\n\n'), reader.leftOut);
  return header.length > 0 ? `${header.join('\n')}\n\n${text}` : text;
}

/** The front matter's lines (a "Key: value" header made front matter), and where the text starts. */
function headerOf(lines: readonly string[]): { header: string[]; bodyFrom: number } {
  const frontMatter = readFrontMatter(lines).lineCount;
  if (frontMatter > 0) {
    return { header: lines.slice(0, frontMatter), bodyFrom: frontMatter };
  }
  let end = 0;
  while (end < lines.length && end < 50 && HEADER_FIELD.test(lines[end] ?? '')) {
    end += 1;
  }
  const fields = lines.slice(0, end);
  const blankAfter = end === lines.length || (lines[end] ?? '').trim() === '';
  if (end >= 2 && blankAfter && fields.some((line) => /^title:/iu.test(line)) && fields.every(isHeaderKey)) {
    return { header: ['---', ...fields, '---'], bodyFrom: end };
  }
  return { header: [], bodyFrom: 0 };
}

// A header's keys are a blog's own words; a letter opening "To: …" or "Re: …" has no title key among them.
function isHeaderKey(line: string): boolean {
  return HEADER_KEYS.test(line) || /^[A-Z][a-z]+(?:[-_ ][A-Za-z]+)?:/u.test(line);
}

/** The blocks with the notes after them, under the notes heading the text ends with or a new "Notes" heading. */
function withNotes(blocks: readonly string[][], notes: readonly BlockNote[]): string[][] {
  if (notes.length === 0) {
    return [...blocks];
  }
  const lines = [...notes].sort((a, b) => a.number - b.number).map((note) => `[${note.number}] ${note.text}`);
  const last = blocks.at(-1);
  if (last?.length === 1 && isNotesHeading(last[0] ?? '')) {
    return [...blocks.slice(0, -1), [...last, ...lines]];
  }
  return [...blocks, ['Notes', ...lines]];
}
