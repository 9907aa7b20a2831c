import type { ProseMirrorJson } from '../letter/prosemirror-json';
import type { RenderModel, RenderNote, RenderSignatories, RenderSignatory } from './render-model';
import {
  directionOf,
  hasMark,
  headingLevel,
  linkRuns,
  listStart,
  noteNumberOf,
  plainTextOf,
  splitAtUrls,
} from './render-nodes';

/** Choices for the HTML exporters. */
export interface HtmlOptions {
  /** Put before every id, so a letter embedded in a page cannot clash with the page's own ids. */
  idPrefix?: string;
}

/** While writing one letter: which notes already have their first reference (the one notes link back to). */
interface HtmlContext {
  prefix: string;
  referenced: Set<number>;
}

// Inline marks, innermost first, so that `<strong><em>…</em></strong>` nests the same way every time.
const MARK_TAGS: readonly [string, string][] = [
  ['code', 'code'],
  ['subscript', 'sub'],
  ['superscript', 'sup'],
  ['strike', 's'],
  ['underline', 'u'],
  ['italic', 'em'],
  ['bold', 'strong'],
];

/**
 * The stylesheet of the standalone page, also used by the export dialog's preview (which links it as a file).
 * A signatory's name that wraps hangs its later lines under the first one's words (padding at the line's start,
 * a negative indent for the first), so it reads as one entry, not two organizations; on the start side, so a
 * right-to-left name hangs from its right.
 */
export const LETTER_STYLE = `
:root { color-scheme: light; }
body { margin: 0; background: #fff; color: #1b1b1b; font: 12pt/1.55 "Noto Serif", "Noto Naskh Arabic", "Noto Serif Tibetan", "Noto Serif SC", "Noto Serif CJK SC", Georgia, serif; }
.letter { max-width: 42rem; margin: 3rem auto; padding: 0 1.5rem; }
.letter h1 { font-size: 1.6em; line-height: 1.25; margin: 0 0 0.4em; }
.letter h2 { font-size: 1.2em; margin: 2em 0 0.6em; }
.letter h3, .letter h4 { font-size: 1.05em; margin: 1.5em 0 0.5em; }
.letter p { margin: 0 0 1em; hyphens: auto; }
.letter a { color: #0b4fa8; }
.letter-date { color: #555; }
.note-ref { font-size: 0.75em; line-height: 0; }
.note-ref a { text-decoration: none; }
.letter-notes { border-top: 1px solid #bbb; margin-top: 2.5em; font-size: 0.9em; overflow-wrap: anywhere; }
.letter-backlink { text-decoration: none; }
.letter-signatory-list { list-style: none; padding: 0; columns: 2 16rem; }
.letter-signatory-list li { break-inside: avoid; padding-inline-start: 1.5em; text-indent: -1.5em; }
.letter-signatory-groups { columns: 2 16rem; }
.letter-signatory-groups .letter-signatory-list { columns: auto; margin: 0 0 0.8em; }
.letter-signatory-groups h3 { break-after: avoid; margin: 0 0 0.3em; }
.letter-columns-1 { columns: 1; }
.letter-columns-2 { columns: 2 12rem; }
.letter-columns-3 { columns: 3 9rem; }
.letter-letterhead { display: block; max-width: 100%; max-height: 4cm; width: auto; height: auto; margin: 0 0 1.5em; }
@page { margin: 2cm; @bottom-center { content: counter(page) " / " counter(pages); font: 8pt "Noto Serif", serif; color: #666; } }
@media print {
  body { font-size: 11pt; }
  .letter { max-width: none; margin: 0; padding: 0; }
  .letter a { color: inherit; }
  .letter-backlink { display: none; }
  .letter-link-labelled::after { content: " (" attr(href) ")"; font-size: 0.9em; }
  .letter h1, .letter h2, .letter h3 { break-after: avoid; }
  .letter p, .letter li { orphans: 3; widows: 3; }
}
`.trim();

/** Escapes text for HTML element content and quoted attribute values alike. */
export function escapeHtml(text: string): string {
  return text
    .replace(/&/gu, '&amp;')
    .replace(/</gu, '&lt;')
    .replace(/>/gu, '&gt;')
    .replace(/"/gu, '&quot;')
    .replace(/'/gu, '&#39;');
}

/** The letter as a standalone web page: semantic markup, a print stylesheet, live links, back-linked notes. */
export function renderHtmlPage(model: RenderModel, options: HtmlOptions = {}): string {
  return [
    '<!DOCTYPE html>',
    `<html lang="${escapeHtml(model.lang)}" dir="auto">`,
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(model.title)}</title>`,
    `<style>\n${LETTER_STYLE}\n</style>`,
    '</head>',
    '<body>',
    renderHtmlFragment(model, options),
    '</body>',
    '</html>',
    '',
  ].join('\n');
}

/** The letter as one `<article>` to paste into a website's editor: no html, head or style, only class names. */
export function renderHtmlFragment(model: RenderModel, options: HtmlOptions = {}): string {
  const context: HtmlContext = { prefix: options.idPrefix ?? '', referenced: new Set() };
  const header = [...letterheadHtml(model), `<h1 dir="auto">${escapeHtml(model.title)}</h1>`];
  if (model.date) {
    header.push(
      `<p class="letter-date"><time datetime="${escapeHtml(model.date.iso)}">${escapeHtml(model.date.text)}</time></p>`,
    );
  }
  return [
    `<article class="letter" lang="${escapeHtml(model.lang)}" dir="auto">`,
    '<header>',
    ...header,
    '</header>',
    ...(model.body.content ?? []).map((block) => blockHtml(block, context)),
    ...signatoriesHtml(model.signatories, context),
    ...notesHtml(model, context),
    '</article>',
  ].join('\n');
}

function blockHtml(node: ProseMirrorJson, context: HtmlContext): string {
  const dir = `dir="${directionOf(node)}"`;
  const children = (node.content ?? []).map((child) => blockHtml(child, context)).join('\n');
  switch (node.type) {
    case 'paragraph':
      return `<p ${dir}>${inlineHtml(node.content ?? [], context)}</p>`;
    case 'heading': {
      // The title is the page's h1, so the body's headings start one level below it.
      const tag = `h${Math.min(headingLevel(node) + 1, 6)}`;
      return `<${tag} ${dir}>${inlineHtml(node.content ?? [], context)}</${tag}>`;
    }
    case 'bulletList':
      return `<ul ${dir}>\n${children}\n</ul>`;
    case 'orderedList': {
      const start = listStart(node);
      return `<ol ${dir}${start === 1 ? '' : ` start="${start}"`}>\n${children}\n</ol>`;
    }
    case 'listItem':
      return `<li ${dir}>${children}</li>`;
    case 'blockquote':
      return `<blockquote ${dir}>\n${children}\n</blockquote>`;
    default:
      // A block this exporter does not know still shows its text rather than vanishing from the letter.
      return node.content?.some((child) => child.type === 'text')
        ? `<p ${dir}>${inlineHtml(node.content, context)}</p>`
        : children;
  }
}

function inlineHtml(nodes: readonly ProseMirrorJson[], context: HtmlContext): string {
  return linkRuns(nodes)
    .map((run) => {
      const inner = run.nodes.map((node) => inlineNodeHtml(node, context)).join('');
      if (run.href === null) {
        return inner;
      }
      const labelled = run.nodes.map(plainTextOf).join('').trim() !== run.href;
      const className = labelled ? ' class="letter-link-labelled"' : '';
      return `<a href="${escapeHtml(run.href)}"${className}>${inner}</a>`;
    })
    .join('');
}

function inlineNodeHtml(node: ProseMirrorJson, context: HtmlContext): string {
  if (node.type === 'hardBreak') {
    return '<br>';
  }
  const number = noteNumberOf(node);
  if (number !== null) {
    return noteReferenceHtml(number, context);
  }
  if (node.type !== 'text') {
    return inlineHtml(node.content ?? [], context);
  }
  let html = escapeHtml(node.text ?? '');
  for (const [mark, tag] of MARK_TAGS) {
    if (hasMark(node, mark)) {
      html = `<${tag}>${html}</${tag}>`;
    }
  }
  return html;
}

function noteReferenceHtml(number: number, context: HtmlContext): string {
  // Only the first reference to a note gets an id: it is where the note links back to, and ids must be unique.
  const first = !context.referenced.has(number);
  context.referenced.add(number);
  const id = first ? ` id="${escapeHtml(`${context.prefix}note-ref-${number}`)}"` : '';
  const href = escapeHtml(`#${context.prefix}note-${number}`);
  return `<sup class="note-ref"><a href="${href}"${id} role="doc-noteref" aria-label="Note ${number}">${number}</a></sup>`;
}

function letterheadHtml(model: RenderModel): string[] {
  const image = model.letterhead;
  if (!image) {
    return [];
  }
  // Inline as a data URL, so the page, the fragment and the PDF carry the image with them and fetch nothing.
  const source = escapeHtml(`data:${image.mimeType};base64,${image.base64}`);
  return [
    `<img class="letter-letterhead" src="${source}" width="${image.width}" height="${image.height}" alt="Letterhead">`,
  ];
}

function signatoriesHtml(block: RenderSignatories, context: HtmlContext): string[] {
  if (block.entries.length === 0 && block.unlistedLine === undefined) {
    return [];
  }
  const headingId = escapeHtml(`${context.prefix}signatories-heading`);
  const lines = [
    `<section class="letter-signatories" aria-labelledby="${headingId}">`,
    `<h2 id="${headingId}">${escapeHtml(block.heading)}</h2>`,
  ];
  if (block.countSentence) {
    lines.push(`<p class="letter-count">${escapeHtml(block.countSentence)}</p>`);
  }
  const columns = block.columns ? ` letter-columns-${block.columns}` : '';
  const unlisted = block.unlistedLine
    ? [`<p class="letter-unlisted">${escapeHtml(block.unlistedLine)}</p>`]
    : [];
  if (!block.groups) {
    lines.push(`<ul class="letter-signatory-list${columns}">`, ...block.entries.map(signatoryHtml), '</ul>');
    return [...lines, ...unlisted, '</section>'];
  }
  // Headings and names flow through the columns together, as a printed list under country headings does.
  lines.push(`<div class="letter-signatory-groups${columns}">`);
  for (const group of block.groups) {
    lines.push(`<h3 dir="auto">${escapeHtml(group.heading)}</h3>`, '<ul class="letter-signatory-list">');
    lines.push(...group.entries.map(signatoryHtml), '</ul>');
  }
  return [...lines, '</div>', ...unlisted, '</section>'];
}

function signatoryHtml(entry: RenderSignatory): string {
  const detail = entry.detail?.trim()
    ? `<span class="letter-signatory-detail">, ${escapeHtml(entry.detail.trim())}</span>`
    : '';
  return `<li dir="auto">${escapeHtml(entry.name)}${detail}</li>`;
}

function notesHtml(model: RenderModel, context: HtmlContext): string[] {
  if (model.notes.length === 0) {
    return [];
  }
  const headingId = escapeHtml(`${context.prefix}notes-heading`);
  return [
    `<section class="letter-notes" role="doc-endnotes" aria-labelledby="${headingId}">`,
    `<h2 id="${headingId}">${escapeHtml(model.notesHeading)}</h2>`,
    '<ol class="letter-note-list">',
    ...model.notes.map((note) => noteHtml(note, context)),
    '</ol>',
    '</section>',
  ];
}

function noteHtml(note: RenderNote, context: HtmlContext): string {
  const text = splitAtUrls(note.text)
    .map((piece) => {
      if ('text' in piece) {
        return escapeHtml(piece.text);
      }
      return piece.href === null
        ? escapeHtml(piece.url)
        : `<a href="${escapeHtml(piece.href)}">${escapeHtml(piece.url)}</a>`;
    })
    .join('');
  const id = escapeHtml(`${context.prefix}note-${note.number}`);
  const back = context.referenced.has(note.number)
    ? ` <a class="letter-backlink" href="#${escapeHtml(`${context.prefix}note-ref-${note.number}`)}" role="doc-backlink" aria-label="Back to reference ${note.number}">↩︎</a>`
    : '';
  return `<li id="${id}" value="${note.number}" dir="auto">${text}${back}</li>`;
}
