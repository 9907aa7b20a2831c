import { Mark } from '@tiptap/core';
import { INSERTION_MARK } from '../../../src-common/suggestions/suggestion';
import { SUGGESTION_MARK_ATTRIBUTES, suggestionDataAttributes } from './suggest-mark-attrs';

/**
 * Text a person suggested adding, underlined in their colour. Not inclusive: typing next to it in Editing mode is
 * an ordinary edit, and in Suggesting mode the typing is stamped anew (suggest-mode.ts).
 */
export const SuggestInsertion = Mark.create({
  name: INSERTION_MARK,
  inclusive: false,
  addAttributes() {
    return SUGGESTION_MARK_ATTRIBUTES;
  },
  parseHTML() {
    return [];
  },
  renderHTML({ mark }) {
    return ['ins', { class: 'suggestion suggestion-insert', ...suggestionDataAttributes(mark.attrs) }, 0];
  },
});
