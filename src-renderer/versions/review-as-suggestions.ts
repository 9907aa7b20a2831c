import type { Editor } from '@tiptap/core';
import type { Transaction } from '@tiptap/pm/state';
import { planRestore } from '../../src-common/versions/compare';
import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import { proseMirrorJsonSchema, type ProseMirrorJson } from '../../src-common/letter/prosemirror-json';
import { suggestDifferences, type ComparisonStamps } from '../../src-common/suggestions/compare-suggestions';
import { resolveSuggestionsInJson, suggestionsInJson } from '../../src-common/suggestions/json-suggestions';
import { SKIP_SUGGESTING } from '../editor/extensions/suggest-mode';
import { applyPlan, replaceDifferingBlocks } from './restore';

/**
 * Why the differences from a version cannot be shown as suggestions now, or null when they can: pending
 * suggestions in the letter would mix with the comparison's.
 */
export function reviewBlocker(current: ProseMirrorJson): string | null {
  return suggestionsInJson(current).length > 0
    ? 'Accept or reject the letter’s pending suggestions first, then review the changes as suggestions.'
    : null;
}

/**
 * Writes the differences between a version and the letter as pending suggestions, in one transaction that one Undo
 * takes back; in Suggesting mode too, as these are already suggestions. The version is read as it was agreed, its
 * own pending suggestions rejected. Returns how many runs of blocks changed.
 */
export function reviewVersionAsSuggestions(
  editor: Editor,
  version: ProseMirrorJson,
  stamps: ComparisonStamps,
): number {
  const current = bodyOf(editor.state.doc);
  const merged = withDifferences(version, current, stamps);
  return replaceDifferingBlocks(editor, current, merged, (tr) => tr.setMeta(SKIP_SUGGESTING, true));
}

/** The same review as a step on a transaction, for the editor-less tests and any caller holding one. */
export function addVersionSuggestions(
  tr: Transaction,
  version: ProseMirrorJson,
  stamps: ComparisonStamps,
): void {
  const current = bodyOf(tr.doc);
  applyPlan(tr, planRestore(current, withDifferences(version, current, stamps)));
}

/** A document as ProseMirror JSON, checked rather than cast. */
export function bodyOf(doc: ProseMirrorNode): ProseMirrorJson {
  return proseMirrorJsonSchema.parse(doc.toJSON());
}

function withDifferences(
  version: ProseMirrorJson,
  current: ProseMirrorJson,
  stamps: ComparisonStamps,
): ProseMirrorJson {
  return suggestDifferences(resolveSuggestionsInJson(version, 'rejected'), current, stamps);
}
