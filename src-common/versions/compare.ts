import { diffArrays } from 'diff';
import type { ProseMirrorJson } from '../letter/prosemirror-json';
import { appendAll } from '../collections';
import { COMMENT_MARK } from '../comments/threads-doc';

/**
 * A run of a changed block's inline content, as it was: words with their marks (bold, a link…), note markers and
 * line breaks; `text` is its plain text.
 */
export interface WordChange {
  kind: 'same' | 'added' | 'removed';
  text: string;
  nodes: ProseMirrorJson[];
}

/** How one block of the letter differs between an earlier version ("before") and now ("after"). */
export type BlockChange =
  | { kind: 'same'; block: ProseMirrorJson }
  | { kind: 'added'; block: ProseMirrorJson }
  | { kind: 'removed'; block: ProseMirrorJson }
  /** A paragraph or heading edited in place, with its inserted and deleted words. */
  | { kind: 'changed'; before: ProseMirrorJson; after: ProseMirrorJson; words: WordChange[] }
  /** A list, list item or quote whose items changed: compared item by item, so it stays a list. */
  | { kind: 'within'; before: ProseMirrorJson; after: ProseMirrorJson; children: BlockChange[] };

/** Replace the current blocks `[from, to)` with `blocks`: one step of a restore. */
export interface BlockReplacement {
  from: number;
  to: number;
  blocks: ProseMirrorJson[];
}

/**
 * Compares two bodies block by block (paragraphs, headings, lists…): unchanged blocks, blocks added or removed,
 * and blocks changed in place with their inserted and deleted words, as partners read a redline. A list is compared
 * item by item, and a changed paragraph keeps its links, formatting and note markers.
 */
export function compareBodies(before: ProseMirrorJson, after: ProseMirrorJson): BlockChange[] {
  return compareBlocks(before.content ?? [], after.content ?? []);
}

function compareBlocks(before: readonly ProseMirrorJson[], after: readonly ProseMirrorJson[]): BlockChange[] {
  const changes: BlockChange[] = [];
  let removed: ProseMirrorJson[] = [];
  for (const part of diffArrays([...before], [...after], { comparator: sameBlock })) {
    if (part.removed) {
      removed = [...removed, ...part.value];
      continue;
    }
    if (part.added) {
      appendAll(changes, pairChanged(removed, part.value));
      removed = [];
      continue;
    }
    appendAll(
      changes,
      removed.map((block): BlockChange => ({ kind: 'removed', block })),
    );
    removed = [];
    appendAll(
      changes,
      part.value.map((block): BlockChange => ({ kind: 'same', block })),
    );
  }
  appendAll(
    changes,
    removed.map((block): BlockChange => ({ kind: 'removed', block })),
  );
  return changes;
}

/**
 * What restoring `version` over `current` must change: only the runs of blocks that differ, so edits a co-editor
 * makes meanwhile to any other block survive. Replacements come last-first, so applying them in order keeps the
 * earlier indices valid.
 */
export function planRestore(current: ProseMirrorJson, version: ProseMirrorJson): BlockReplacement[] {
  const replacements: BlockReplacement[] = [];
  let index = 0;
  let pending: BlockReplacement | null = null;
  for (const part of diffArrays(current.content ?? [], version.content ?? [], { comparator: sameBlock })) {
    if (!part.added && !part.removed) {
      if (pending) {
        replacements.push(pending);
        pending = null;
      }
      index += part.count;
      continue;
    }
    pending = pending ?? { from: index, to: index, blocks: [] };
    if (part.removed) {
      pending.to += part.count;
      index += part.count;
    } else {
      appendAll(pending.blocks, part.value);
    }
  }
  if (pending) {
    replacements.push(pending);
  }
  return replacements.reverse();
}

/** A block's text, with line breaks, for comparing words. */
export function blockText(block: ProseMirrorJson): string {
  if (block.type === 'text') {
    return block.text ?? '';
  }
  if (block.type === 'hardBreak') {
    return '\n';
  }
  return (block.content ?? [])
    .map(blockText)
    .join(block.type === 'listItem' || block.type.endsWith('List') ? '\n' : '');
}

function pairChanged(removed: ProseMirrorJson[], added: ProseMirrorJson[]): BlockChange[] {
  const paired = Math.min(removed.length, added.length);
  const changes: BlockChange[] = [];
  for (let index = 0; index < paired; index += 1) {
    const before = removed[index];
    const after = added[index];
    if (before && after) {
      appendAll(changes, changeOf(before, after));
    }
  }
  appendAll(
    changes,
    removed.slice(paired).map((block): BlockChange => ({ kind: 'removed', block })),
  );
  appendAll(
    changes,
    added.slice(paired).map((block): BlockChange => ({ kind: 'added', block })),
  );
  return changes;
}

// A block edited in place: words within a paragraph or heading, items within a list or quote; a block that became
// another kind (a paragraph made a heading) is shown removed and added.
function changeOf(before: ProseMirrorJson, after: ProseMirrorJson): BlockChange[] {
  const sameKind =
    before.type === after.type && canonical(before.attrs ?? {}) === canonical(after.attrs ?? {});
  if (sameKind && holdsText(before) && holdsText(after)) {
    return [{ kind: 'changed', before, after, words: wordChanges(before, after) }];
  }
  if (sameKind) {
    return [
      { kind: 'within', before, after, children: compareBlocks(before.content ?? [], after.content ?? []) },
    ];
  }
  return [
    { kind: 'removed', block: before },
    { kind: 'added', block: after },
  ];
}

const INLINE = new Set(['text', 'hardBreak', 'noteReference']);

function holdsText(block: ProseMirrorJson): boolean {
  return (block.content ?? []).every((child) => INLINE.has(child.type));
}

/** The words of a paragraph or heading inserted, deleted and kept between two of its texts. */
export function wordChanges(before: ProseMirrorJson, after: ProseMirrorJson): WordChange[] {
  return diffArrays(inlineTokens(before), inlineTokens(after), { comparator: sameBlock }).map((part) => ({
    kind: part.added ? 'added' : part.removed ? 'removed' : 'same',
    text: part.value.map(blockText).join(''),
    nodes: joinText(part.value),
  }));
}

// Words, spaces and punctuation apart, each with its marks, so a changed link or bold word is a changed token;
// note markers and line breaks are tokens of their own.
function inlineTokens(block: ProseMirrorJson): ProseMirrorJson[] {
  return (block.content ?? []).flatMap((node) =>
    node.type === 'text'
      ? (node.text ?? '')
          .split(/(\s+|[\p{P}\p{S}])/u)
          .filter((piece) => piece !== '')
          .map((piece) => ({ ...node, text: piece }))
      : [node],
  );
}

// Neighbouring tokens with the same marks become one text node again, so a run draws as few elements as it needs.
function joinText(tokens: readonly ProseMirrorJson[]): ProseMirrorJson[] {
  const joined: ProseMirrorJson[] = [];
  for (const token of tokens) {
    const last = joined[joined.length - 1];
    if (last?.type === 'text' && token.type === 'text' && canonical(last.marks) === canonical(token.marks)) {
      joined[joined.length - 1] = { ...last, text: `${last.text ?? ''}${token.text ?? ''}` };
    } else {
      joined.push(token);
    }
  }
  return joined;
}

/** Whether two runs of blocks read the same, however their text is cut into nodes. */
export function sameBlocks(a: readonly ProseMirrorJson[], b: readonly ProseMirrorJson[]): boolean {
  return canonical(joinedDeep(a)) === canonical(joinedDeep(b));
}

function joinedDeep(blocks: readonly ProseMirrorJson[]): ProseMirrorJson[] {
  return joinText(
    blocks.map((block) => (block.content ? { ...block, content: joinedDeep(block.content) } : block)),
  );
}

function sameBlock(a: ProseMirrorJson, b: ProseMirrorJson): boolean {
  return canonical(a) === canonical(b);
}

// Attribute order differs between writers; null attributes mean "default", and attributes that are all defaults
// (the editor writes them, the shared body leaves them out) or no marks mean none; a comment's anchor is no part of
// the text (no export prints it). None of these is a change.
function canonical(value: unknown): string {
  if (Array.isArray(value)) {
    return `[${value.map(canonical).join(',')}]`;
  }
  if (typeof value === 'object' && value !== null) {
    const entries = Object.entries(value)
      .filter(([, field]) => field !== null && field !== undefined)
      .map(([key, field]): [string, string] => [
        key,
        canonical(key === 'marks' ? withoutComments(field) : field),
      ])
      .filter(([, field]) => field !== '{}' && field !== '[]')
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([key, field]) => `${JSON.stringify(key)}:${field}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

function withoutComments(marks: unknown): unknown {
  return Array.isArray(marks)
    ? marks.filter(
        (mark: unknown) =>
          !(typeof mark === 'object' && mark !== null && 'type' in mark && mark.type === COMMENT_MARK),
      )
    : marks;
}
