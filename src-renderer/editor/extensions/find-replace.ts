import { Extension } from '@tiptap/core';
import { Plugin, TextSelection, type Transaction } from '@tiptap/pm/state';
import { markOwnUndoStep } from './undo-boundaries';
import {
  EMPTY_FIND,
  findReplaceKey,
  findState,
  nextFindState,
  type FindQuery,
  type FindRange,
  type FindState,
} from './find-state';

export { findReplaceKey, findState, type FindQuery } from './find-state';

declare module '@tiptap/core' {
  interface Commands<ReturnType> {
    findReplace: {
      /** Searches the letter for the find bar's term and highlights every match; typing keeps them current. */
      setFindQuery: (query: FindQuery) => ReturnType;
      /** Selects the next (1) or previous (-1) match, round the end of the letter, and scrolls to it. */
      stepMatch: (step: 1 | -1) => ReturnType;
      /** Replaces the selected match and selects the next one: one undo step. */
      replaceMatch: (replacement: string) => ReturnType;
      /** Replaces every match: one undo step. */
      replaceAllMatches: (replacement: string) => ReturnType;
    };
  }
}

/** Find & replace: highlights matches of the find bar's term, the current one more strongly. */
export const FindReplace = Extension.create({
  name: 'findReplace',
  addCommands() {
    return {
      setFindQuery:
        (query) =>
        ({ tr }) => {
          tr.setMeta(findReplaceKey, { query });
          return true;
        },
      stepMatch:
        (step) =>
        ({ state, tr, dispatch }) => {
          const { matches, current } = findState(state);
          if (matches.length === 0) {
            return false;
          }
          if (dispatch) {
            selectMatch(tr, (current + step + matches.length) % matches.length, matches);
          }
          return true;
        },
      replaceMatch:
        (replacement) =>
        ({ state, tr, dispatch, editor }) => {
          const { matches, current } = findState(state);
          const match = matches[current];
          if (!match) {
            return false;
          }
          if (dispatch) {
            markOwnUndoStep(editor, tr);
            tr.insertText(replacement, match.from, match.to);
            selectNextAfter(
              tr,
              match.from + replacement.length,
              matches.filter((_, index) => index !== current),
            );
          }
          return true;
        },
      replaceAllMatches:
        (replacement) =>
        ({ state, tr, dispatch, editor }) => {
          const { matches } = findState(state);
          if (matches.length === 0) {
            return false;
          }
          if (dispatch) {
            markOwnUndoStep(editor, tr);
            // Last to first, so the earlier positions stay valid.
            for (const match of [...matches].reverse()) {
              tr.insertText(replacement, match.from, match.to);
            }
          }
          return true;
        },
    };
  },
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

function selectMatch(tr: Transaction, index: number, matches: FindState['matches']): void {
  const match = matches[index];
  if (!match) {
    return;
  }
  select(tr, match, { current: index });
}

// Selects a match and scrolls to it, telling the find state which match the bar now points at.
function select(tr: Transaction, match: FindRange, pointer: object): void {
  tr.setMeta(findReplaceKey, pointer);
  tr.setSelection(TextSelection.create(tr.doc, match.from, match.to));
  tr.scrollIntoView();
}

// After a replace, the first match after the replacement is selected (round to the first one at the end), never the
// replacement itself: replacing "cat" with "cats" moves on rather than finding its own words again.
function selectNextAfter(tr: Transaction, position: number, matches: FindState['matches']): void {
  const moved = matches
    .map((match) => ({ from: tr.mapping.mapResult(match.from, 1), to: tr.mapping.mapResult(match.to, -1) }))
    .filter(({ from, to }) => !from.deleted && !to.deleted && to.pos > from.pos)
    .map(({ from, to }) => ({ from: from.pos, to: to.pos }));
  const next = moved.find((match) => match.from >= position) ?? moved[0];
  if (!next) {
    return;
  }
  select(tr, next, { currentAtSelection: true });
}
