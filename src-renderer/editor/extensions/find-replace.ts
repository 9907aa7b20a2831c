import { Extension, type Editor } from '@tiptap/core';
import { Plugin, PluginKey, type EditorState, type Transaction } from '@tiptap/pm/state';
import { Decoration, DecorationSet } from '@tiptap/pm/view';
import { findMatches } from '../../../src-common/text/find-matches';
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

interface FindState {
  query: FindQuery;
  matches: FindRange[];
  current: number;
}

/** The plugin's key, for reading matches from the editor state. */
export const findReplaceKey = new PluginKey<FindState>('findReplace');

const EMPTY: FindState = { query: { term: '', caseSensitive: false }, matches: [], current: 0 };

/** Matches and the current one, for the find bar's "3 of 12". */
export function findState(state: EditorState): FindState {
  return findReplaceKey.getState(state) ?? EMPTY;
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
    // Search the block's text with inline nodes as placeholders, so offsets map back to positions.
    const text = node.textBetween(0, node.content.size, undefined, '\ufffc');
    for (const match of findMatches(text, query.term, query)) {
      ranges.push({ from: position + 1 + match.start, to: position + 1 + match.end });
    }
    return false;
  });
  return ranges;
}

function nextState(tr: Transaction, previous: FindState): FindState {
  const meta: unknown = tr.getMeta(findReplaceKey);
  const change = typeof meta === 'object' && meta !== null ? meta : {};
  const query = 'query' in change && isQuery(change.query) ? change.query : previous.query;
  const current =
    'current' in change && typeof change.current === 'number' ? change.current : previous.current;
  if (!tr.docChanged && query === previous.query) {
    return { ...previous, current };
  }
  const matches = search(tr.doc, query);
  return { query, matches, current: Math.min(current, Math.max(matches.length - 1, 0)) };
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
        state: { init: () => EMPTY, apply: (tr, previous) => nextState(tr, previous) },
        props: {
          decorations(state) {
            const { matches, current } = findState(state);
            return DecorationSet.create(
              state.doc,
              matches.map((match, index) =>
                Decoration.inline(match.from, match.to, {
                  class: index === current ? 'find-match current' : 'find-match',
                }),
              ),
            );
          },
        },
      }),
    ];
  },
});
