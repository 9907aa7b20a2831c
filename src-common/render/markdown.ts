import type { ProseMirrorJson } from '../letter/prosemirror-json';
import type { RenderModel, RenderNote, RenderSignatories, RenderSignatory } from './render-model';
import { hasMark, headingLevel, linkRuns, listStart, noteNumberOf, splitAtUrls } from './render-nodes';

// Emphasis marks, innermost first. Underline has no Markdown form and is left as plain text.
const MARK_DELIMITERS: readonly [string, string][] = [
  ['strike', '~~'],
  ['italic', '*'],
  ['bold', '**'],
];

/** Escapes text so Markdown shows it as written: no emphasis, links, HTML or entities come out of a letter's words. */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/[\\`*_[\]<>~|&]/gu, (character) => `\\${character}`)
    .replace(/^(\s*)([#>+=-]|\d+(?=[.)]))/gmu, (_match, space: string, start: string) =>
      /^\d/u.test(start) ? `${space}${start}\\` : `${space}\\${start}`,
    );
}

/** The letter as Markdown (CommonMark with footnotes): notes become `[^n]` footnotes. */
export function renderMarkdown(model: RenderModel): string {
  // Spread into a new array, not pushed as arguments: a letter's blocks can outnumber a call's argument limit.
  const blocks = [
    `# ${escapeMarkdown(model.title)}`,
    ...(model.date ? [escapeMarkdown(model.date.text)] : []),
    ...(model.body.content ?? []).map((block) => blockMarkdown(block).join('\n')),
    ...signatoriesMarkdown(model.signatories),
  ];
  if (model.notes.length > 0) {
    blocks.push(`## ${escapeMarkdown(model.notesHeading)}`);
    blocks.push(model.notes.map(noteMarkdown).join('\n'));
  }
  return `${blocks.filter((block) => block !== '').join('\n\n')}\n`;
}

function blockMarkdown(node: ProseMirrorJson): string[] {
  switch (node.type) {
    case 'paragraph':
      return inlineMarkdown(node.content ?? []).split('\n');
    case 'heading':
      return [`${'#'.repeat(Math.min(headingLevel(node) + 1, 6))} ${inlineMarkdown(node.content ?? [])}`];
    case 'bulletList':
      return listMarkdown(node, () => '- ');
    case 'orderedList': {
      const start = listStart(node);
      return listMarkdown(node, (index) => `${start + index}. `);
    }
    case 'blockquote':
      return childBlocks(node).map((line) => (line === '' ? '>' : `> ${line}`));
    default:
      return node.content?.some((child) => child.type === 'text')
        ? inlineMarkdown(node.content).split('\n')
        : childBlocks(node);
  }
}

/** A container's blocks, separated by blank lines. */
function childBlocks(node: ProseMirrorJson): string[] {
  return (node.content ?? []).flatMap((child, index) => [
    ...(index > 0 ? [''] : []),
    ...blockMarkdown(child),
  ]);
}

function listMarkdown(list: ProseMirrorJson, marker: (index: number) => string): string[] {
  return (list.content ?? []).flatMap((item, index) => {
    const prefix = marker(index);
    const indent = ' '.repeat(prefix.length);
    return childBlocks(item).map((line, lineIndex) => {
      if (lineIndex === 0) {
        return `${prefix}${line}`;
      }
      return line === '' ? '' : `${indent}${line}`;
    });
  });
}

function inlineMarkdown(nodes: readonly ProseMirrorJson[]): string {
  return linkRuns(nodes)
    .map((run) => {
      const inner = run.nodes.map(inlineNodeMarkdown).join('');
      if (run.href === null) {
        return inner;
      }
      const destination = run.href.replace(/[\\<>]/gu, (character) => `\\${character}`);
      return `[${inner}](<${destination}>)`;
    })
    .join('');
}

function inlineNodeMarkdown(node: ProseMirrorJson): string {
  if (node.type === 'hardBreak') {
    return '\\\n';
  }
  const number = noteNumberOf(node);
  if (number !== null) {
    return `[^${number}]`;
  }
  if (node.type !== 'text') {
    return inlineMarkdown(node.content ?? []);
  }
  const text = node.text ?? '';
  if (hasMark(node, 'code')) {
    return codeSpan(text);
  }
  // Delimiters must touch the words they emphasise ("** x**" is not bold), so edge spaces stay outside.
  const match = /^(\s*)([\s\S]*?)(\s*)$/u.exec(text);
  const [lead, core, trail] = [match?.[1] ?? '', match?.[2] ?? text, match?.[3] ?? ''];
  if (core === '') {
    return text;
  }
  let markdown = escapeMarkdown(core);
  for (const [mark, delimiter] of MARK_DELIMITERS) {
    if (hasMark(node, mark)) {
      markdown = `${delimiter}${markdown}${delimiter}`;
    }
  }
  return `${lead}${markdown}${trail}`;
}

function codeSpan(text: string): string {
  const longest = Math.max(0, ...[...text.matchAll(/`+/gu)].map((run) => run[0].length));
  const fence = '`'.repeat(longest + 1);
  const pad = text.startsWith('`') || text.endsWith('`') ? ' ' : '';
  return `${fence}${pad}${text}${pad}${fence}`;
}

function signatoriesMarkdown(block: RenderSignatories): string[] {
  if (block.entries.length === 0 && block.unlistedLine === undefined) {
    return [];
  }
  const blocks = [`## ${escapeMarkdown(block.heading)}`];
  if (block.countSentence) {
    blocks.push(escapeMarkdown(block.countSentence));
  }
  const unlisted = block.unlistedLine ? [escapeMarkdown(block.unlistedLine)] : [];
  if (!block.groups) {
    return [...blocks, ...(block.entries.length > 0 ? [namesMarkdown(block.entries)] : []), ...unlisted];
  }
  return [
    ...blocks,
    ...block.groups.map((group) => `### ${escapeMarkdown(group.heading)}\n\n${namesMarkdown(group.entries)}`),
    ...unlisted,
  ];
}

function namesMarkdown(entries: readonly RenderSignatory[]): string {
  return entries
    .map((entry) => {
      const detail = entry.detail?.trim() ? `, ${escapeMarkdown(entry.detail.trim())}` : '';
      return `- ${escapeMarkdown(entry.name)}${detail}`;
    })
    .join('\n');
}

function noteMarkdown(note: RenderNote): string {
  const text = splitAtUrls(note.text.replace(/\s+/gu, ' '))
    .map((piece) => {
      if ('text' in piece) {
        return escapeMarkdown(piece.text);
      }
      // An autolink keeps the address whole and unescaped, however many underscores or brackets it has.
      return piece.href === null ? escapeMarkdown(piece.url) : `<${piece.href}>`;
    })
    .join('');
  return `[^${note.number}]: ${text}`;
}
