import { Extension, type Editor } from '@tiptap/core';
import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import { Plugin, PluginKey, type EditorState, type Transaction } from '@tiptap/pm/state';
import { Decoration, DecorationSet } from '@tiptap/pm/view';
import { findMatches } from '../../../src-common/text/find-matches';
import { changedRangeOf, textblocksBetween } from './changed-range';
import { endUndoStep } from './undo-boundaries';

/** What the find bar asks for. */
export interface FindQuery {
  term: string;
  caseSensitive: boolean;
}

/** A match in the document, by ProseMirror positions. */
export interface FindRange {
  from: number;
  to: number;
}

/** The find plugin's state. */
export interface FindState {
  query: FindQuery;
  matches: FindRange[];
  current: number;
  /** The highlights, made once per change of the matches rather than on every redraw. */
  decorations: DecorationSet;
}

/** The plugin's key, for reading matches from the editor state. */
export const findReplaceKey = new PluginKey<FindState>('findReplace');

/** Nothing searched for. */
export const EMPTY_FIND: FindState = {
  query: { term: '', caseSensitive: false },
  matches: [],
  current: 0,
  decorations: DecorationSet.empty,
};

/** Matches and the current one, for the find bar's "3 of 12". */
export function findState(state: EditorState): FindState {
  return findReplaceKey.getState(state) ?? EMPTY_FIND;
}

/** Runs a search and highlights every match; typing keeps the highlights current. */
export function setFindQuery(editor: Editor, query: FindQuery): void {
  editor.view.dispatch(editor.state.tr.setMeta(findReplaceKey, { query }));
}

/** Moves to the next (1) or previous (-1) match and scrolls it into view. */
export function stepMatch(editor: Editor, step: 1 | -1): void {
  const { matches, current } = findState(editor.state);
  if (matches.length === 0) {
    return;
  }
  const next = (current + step + matches.length) % matches.length;
  selectMatch(editor, next);
}

/** Replaces the current match and moves to the next one: one undo step. */
export function replaceCurrent(editor: Editor, replacement: string): void {
  const { matches, current } = findState(editor.state);
  const match = matches[current];
  if (!match) {
    return;
  }
  endUndoStep(editor);
  editor.chain().focus().insertContentAt(match, replacement).run();
  endUndoStep(editor);
  selectMatch(editor, Math.min(current, findState(editor.state).matches.length - 1));
}

/** Replaces every match, last to first so earlier positions stay valid: one undo step. */
export function replaceAll(editor: Editor, replacement: string): number {
  const { matches } = findState(editor.state);
  const tr = editor.state.tr;
  for (const match of [...matches].reverse()) {
    tr.insertText(replacement, match.from, match.to);
  }
  endUndoStep(editor);
  editor.view.dispatch(tr);
  endUndoStep(editor);
  return matches.length;
}

function selectMatch(editor: Editor, index: number): void {
  const match = findState(editor.state).matches[index];
  if (!match) {
    return;
  }
  editor.view.dispatch(editor.state.tr.setMeta(findReplaceKey, { current: index }));
  editor.commands.setTextSelection(match);
  editor.commands.scrollIntoView();
}

function search(doc: EditorState['doc'], query: FindQuery): FindRange[] {
  const ranges: FindRange[] = [];
  doc.descendants((node, position) => {
    if (!node.isTextblock) {
      return true;
    }
    ranges.push(...searchBlock(node, position, query));
    return false;
  });
  return ranges;
}

function searchBlock(block: ProseMirrorNode, position: number, query: FindQuery): FindRange[] {
  // Search the block's text with inline nodes as placeholders, so offsets map back to positions.
  const text = block.textBetween(0, block.content.size, undefined, '\ufffc');
  return findMatches(text, query.term, query).map((match) => ({
    from: position + 1 + match.start,
    to: position + 1 + match.end,
  }));
}

/**
 * The matches after a change of the text: the paragraphs it touched are searched again, the other matches move with
 * the text (a match never spans two paragraphs), so typing with the find bar open costs one paragraph.
 */
function searchAgain(tr: Transaction, previous: FindRange[], query: FindQuery): FindRange[] {
  const change = changedRangeOf(tr);
  if (!change) {
    return previous;
  }
  const blocks = textblocksBetween(tr.doc, change.from, change.toNew);
  const inBlocks = (match: FindRange) =>
    blocks.some(({ node, position }) => match.to > position && match.from < position + node.nodeSize);
  const kept: FindRange[] = [];
  for (const match of previous) {
    const from = change.mapping.mapResult(match.from, 1);
    const to = change.mapping.mapResult(match.to, -1);
    const moved = { from: from.pos, to: to.pos };
    if (!from.deleted && !to.deleted && moved.to > moved.from && !inBlocks(moved)) {
      kept.push(moved);
    }
  }
  const fresh = blocks.flatMap(({ node, position }) => searchBlock(node, position, query));
  return [...kept, ...fresh].sort((a, b) => a.from - b.from);
}

function highlights(doc: ProseMirrorNode, matches: FindRange[], current: number): DecorationSet {
  return DecorationSet.create(
    doc,
    matches.map((match, index) =>
      Decoration.inline(match.from, match.to, {
        class: index === current ? 'find-match current' : 'find-match',
      }),
    ),
  );
}

/** The find state after a transaction: a new query searches the whole letter, a change of the text only what it touched. */
export function nextFindState(tr: Transaction, previous: FindState): FindState {
  const meta: unknown = tr.getMeta(findReplaceKey);
  const change = typeof meta === 'object' && meta !== null ? meta : {};
  const query = 'query' in change && isQuery(change.query) ? change.query : previous.query;
  const wanted =
    'current' in change && typeof change.current === 'number' ? change.current : previous.current;
  const queryChanged = query !== previous.query;
  if (!tr.docChanged && !queryChanged) {
    if (wanted === previous.current) {
      return previous;
    }
    return { ...previous, current: wanted, decorations: highlights(tr.doc, previous.matches, wanted) };
  }
  // No term, nothing to find: typing with the find bar closed does no searching at all.
  if (query.term === '') {
    return previous.matches.length === 0 && !queryChanged && wanted === previous.current
      ? previous
      : { ...EMPTY_FIND, query, current: wanted };
  }
  const matches = queryChanged ? search(tr.doc, query) : searchAgain(tr, previous.matches, query);
  const current = Math.min(wanted, Math.max(matches.length - 1, 0));
  return { query, matches, current, decorations: highlights(tr.doc, matches, current) };
}

function isQuery(value: unknown): value is FindQuery {
  return (
    typeof value === 'object' &&
    value !== null &&
    'term' in value &&
    typeof value.term === 'string' &&
    'caseSensitive' in value
  );
}

/** Find & replace: highlights matches of the find bar's term, the current one more strongly. */
export const FindReplace = Extension.create({
  name: 'findReplace',
  addProseMirrorPlugins() {
    return [
      new Plugin<FindState>({
        key: findReplaceKey,
        state: { init: () => EMPTY_FIND, apply: (tr, previous) => nextFindState(tr, previous) },
        props: { decorations: (state) => findState(state).decorations },
      }),
    ];
  },
});
