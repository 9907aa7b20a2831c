import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import { PluginKey, type EditorState, type Transaction } from '@tiptap/pm/state';
import { Decoration, DecorationSet } from '@tiptap/pm/view';
import { findMatches } from '../../../src-common/text/find-matches';
import { changedRangeOf, textblocksBetween } from './changed-range';

// The find plugin's state: the matches of the find bar's term, kept current as the text changes, and their
// highlights. The commands that act on them are in find-replace.ts.

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
  const current = atSelection(change) ? firstFrom(matches, tr.selection.from) : wanted;
  const bounded = Math.min(current, Math.max(matches.length - 1, 0));
  return { query, matches, current: bounded, decorations: highlights(tr.doc, matches, bounded) };
}

// A replace selects the next match in the same transaction, and the find bar then points at that one.
function atSelection(change: object): boolean {
  return 'currentAtSelection' in change && change.currentAtSelection === true;
}

function firstFrom(matches: readonly FindRange[], position: number): number {
  const index = matches.findIndex((match) => match.from >= position);
  return index === -1 ? 0 : index;
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
