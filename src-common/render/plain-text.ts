import type { ProseMirrorJson } from '../letter/prosemirror-json';
import {
  signatoryText,
  type RenderModel,
  type RenderSignatories,
  type RenderSignatory,
} from './render-model';
import { headingLevel, linkRuns, listStart, noteNumberOf, plainTextOf } from './render-nodes';

/** The line length of e-mail text: short enough to survive quoting in replies. */
export const PLAIN_TEXT_WIDTH = 72;

/**
 * Wraps prose at `width` columns, breaking only at spaces: an address or any other long word is never cut, it runs
 * past the margin instead, so every link in the e-mail still works. Line breaks in `text` are kept. `prefix` starts
 * the first line and `indent` every other one (list markers, note numbers, quotes).
 */
export function wrapText(text: string, width: number, prefix = '', indent = prefix): string[] {
  const lines: string[] = [];
  let current = prefix;
  let empty = true;
  const breakLine = (): void => {
    lines.push(current.trimEnd());
    current = indent;
    empty = true;
  };
  for (const [index, hardLine] of text.split('\n').entries()) {
    if (index > 0) {
      breakLine();
    }
    for (const word of hardLine.split(/[ \t]+/u).filter((part) => part !== '')) {
      const fits = columns(current) + (empty ? 0 : 1) + columns(word) <= width;
      if (!empty && !fits) {
        breakLine();
      }
      current = empty ? `${current}${word}` : `${current} ${word}`;
      empty = false;
    }
  }
  lines.push(current.trimEnd());
  return lines;
}

/** The letter as plain text for e-mail: notes as `[n]` with whole addresses, prose wrapped at 72 columns. */
export function renderPlainText(model: RenderModel, width = PLAIN_TEXT_WIDTH): string {
  // Spread into a new array, not pushed as arguments: a letter's blocks can outnumber a call's argument limit.
  const blocks = [
    underlined(model.title, '=', width),
    ...(model.date ? [model.date.text] : []),
    ...(model.body.content ?? []).map((block) => blockText(block, width).join('\n')),
    ...signatoriesText(model.signatories, width),
  ];
  if (model.notes.length > 0) {
    blocks.push(underlined(model.notesHeading, '-', width));
    for (const note of model.notes) {
      const marker = `[${note.number}] `;
      // A note's line breaks come from where it was copied from, not from its author, so they are not kept.
      blocks.push(
        wrapText(note.text.replace(/\s+/gu, ' '), width, marker, ' '.repeat(marker.length)).join('\n'),
      );
    }
  }
  return `${blocks.filter((block) => block !== '').join('\n\n')}\n`;
}

function blockText(node: ProseMirrorJson, width: number): string[] {
  switch (node.type) {
    case 'paragraph':
      return wrapText(inlineText(node.content ?? []), width);
    case 'heading':
      return underlined(inlineText(node.content ?? []), headingLevel(node) === 1 ? '=' : '-', width).split(
        '\n',
      );
    case 'bulletList':
      return listText(node, width, () => '- ');
    case 'orderedList': {
      const start = listStart(node);
      return listText(node, width, (index) => `${start + index}. `);
    }
    case 'blockquote':
      return childBlocks(node, width - 2).map((line) => (line === '' ? '>' : `> ${line}`));
    default:
      return node.content?.some((child) => child.type === 'text')
        ? wrapText(inlineText(node.content), width)
        : childBlocks(node, width);
  }
}

/** A container's blocks, separated by blank lines. */
function childBlocks(node: ProseMirrorJson, width: number): string[] {
  return (node.content ?? []).flatMap((child, index) => [
    ...(index > 0 ? [''] : []),
    ...blockText(child, width),
  ]);
}

function listText(list: ProseMirrorJson, width: number, marker: (index: number) => string): string[] {
  return (list.content ?? []).flatMap((item, index) => {
    const prefix = marker(index);
    const indent = ' '.repeat(prefix.length);
    return childBlocks(item, width - prefix.length).map((line, lineIndex) => {
      if (lineIndex === 0) {
        return `${prefix}${line}`;
      }
      return line === '' ? '' : `${indent}${line}`;
    });
  });
}

function inlineText(nodes: readonly ProseMirrorJson[]): string {
  return linkRuns(nodes)
    .map((run) => {
      const inner = run.nodes.map(inlineNodeText).join('');
      if (run.href === null) {
        return inner;
      }
      const shown = inner.trim();
      const address = run.href.startsWith('mailto:') ? run.href.slice('mailto:'.length) : run.href;
      // Angle brackets delimit an address in plain text (RFC 3986, appendix C), so a full stop after it is not
      // taken for part of it.
      return shown === address || shown === run.href ? `<${run.href}>` : `${inner} <${run.href}>`;
    })
    .join('');
}

function inlineNodeText(node: ProseMirrorJson): string {
  if (node.type === 'hardBreak') {
    return '\n';
  }
  const number = noteNumberOf(node);
  if (number !== null) {
    return `[${number}]`;
  }
  return node.type === 'text' ? (node.text ?? '') : plainTextOf(node);
}

function signatoriesText(block: RenderSignatories, width: number): string[] {
  if (block.entries.length === 0 && block.unlistedLine === undefined) {
    return [];
  }
  const blocks = [underlined(block.heading, '-', width)];
  if (block.countSentence) {
    blocks.push(wrapText(block.countSentence, width).join('\n'));
  }
  const unlisted = block.unlistedLine ? [wrapText(block.unlistedLine, width).join('\n')] : [];
  if (!block.groups) {
    return [...blocks, ...(block.entries.length > 0 ? [namesText(block.entries, width)] : []), ...unlisted];
  }
  return [
    ...blocks,
    ...block.groups.map(
      (group) => `${underlined(group.heading, '~', width)}\n${namesText(group.entries, width)}`,
    ),
    ...unlisted,
  ];
}

function namesText(entries: readonly RenderSignatory[], width: number): string {
  return entries.flatMap((entry) => wrapText(signatoryText(entry), width, '', '  ')).join('\n');
}

/** A heading: its wrapped text over a rule as long as its longest line. */
function underlined(text: string, rule: string, width: number): string {
  const lines = wrapText(text.replace(/\s+/gu, ' '), width);
  const length = Math.max(1, ...lines.map(columns));
  return [...lines, rule.repeat(Math.min(length, width))].join('\n');
}

/** Columns a string takes, counting characters rather than UTF-16 units so accented and Uyghur text wrap alike. */
function columns(text: string): number {
  return [...text].length;
}
