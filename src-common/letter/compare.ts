import { diffArrays, diffWordsWithSpace } from 'diff';
import type { ProseMirrorJson } from './prosemirror-json';
import { appendAll } from '../collections';

/** A run of words in a changed block. */
export interface WordChange {
  kind: 'same' | 'added' | 'removed';
  text: string;
}

/** How one block of the letter differs between an earlier version ("before") and now ("after"). */
export type BlockChange =
  | { kind: 'same'; block: ProseMirrorJson }
  | { kind: 'added'; block: ProseMirrorJson }
  | { kind: 'removed'; block: ProseMirrorJson }
  | { kind: 'changed'; before: ProseMirrorJson; after: ProseMirrorJson; words: WordChange[] };

/** Replace the current blocks `[from, to)` with `blocks`: one step of a restore. */
export interface BlockReplacement {
  from: number;
  to: number;
  blocks: ProseMirrorJson[];
}

/**
 * Compares two bodies block by block (paragraphs, headings, lists…): unchanged blocks, blocks added or removed,
 * and blocks changed in place with their inserted and deleted words, as partners read a redline.
 */
export function compareBodies(before: ProseMirrorJson, after: ProseMirrorJson): BlockChange[] {
  const changes: BlockChange[] = [];
  let removed: ProseMirrorJson[] = [];
  for (const part of diffArrays(before.content ?? [], after.content ?? [], { comparator: sameBlock })) {
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
      changes.push({
        kind: 'changed',
        before,
        after,
        words: wordChanges(blockText(before), blockText(after)),
      });
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

function wordChanges(before: string, after: string): WordChange[] {
  return diffWordsWithSpace(before, after).map((part) => ({
    kind: part.added ? 'added' : part.removed ? 'removed' : 'same',
    text: part.value,
  }));
}

function sameBlock(a: ProseMirrorJson, b: ProseMirrorJson): boolean {
  return canonical(a) === canonical(b);
}

// Attribute order differs between writers; null attributes mean "default". Neither is a change.
function canonical(value: unknown): string {
  if (Array.isArray(value)) {
    return `[${value.map(canonical).join(',')}]`;
  }
  if (typeof value === 'object' && value !== null) {
    const entries = Object.entries(value)
      .filter(([, field]) => field !== null && field !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([key, field]) => `${JSON.stringify(key)}:${canonical(field)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}
