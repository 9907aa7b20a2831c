import type { EditorState } from '@tiptap/pm/state';
import {
  BREAK_SUGGESTION_ATTR,
  decodeNodeSuggestion,
  INLINE_SUGGESTION_ATTR,
  stampOf,
} from '../../src-common/suggestions/suggestion';
import { isSuggestionMark } from './suggestion-stamps';

/** The id of the suggestion the cursor is in (or right after), read from the cursor's own neighbours only. */
export function suggestionIdAt(state: EditorState): string | null {
  const { $from } = state.selection;
  for (const node of [$from.nodeAfter, $from.nodeBefore]) {
    if (!node) {
      continue;
    }
    const mark = node.marks.find(isSuggestionMark);
    const stamp = mark ? stampOf(mark.attrs) : null;
    if (stamp) {
      return stamp.id;
    }
    const inline = decodeNodeSuggestion(node.attrs[INLINE_SUGGESTION_ATTR]);
    if (inline) {
      return inline.stamp.id;
    }
  }
  const block = $from.parent;
  if (block.isTextblock && $from.parentOffset === 0) {
    return decodeNodeSuggestion(block.attrs[BREAK_SUGGESTION_ATTR])?.stamp.id ?? null;
  }
  return null;
}
