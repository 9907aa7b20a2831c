import { Mark } from '@tiptap/core';
import { DELETION_MARK } from '../../../src-common/suggestions/suggestion';
import { SUGGESTION_MARK_ATTRIBUTES, suggestionDataAttributes } from './suggest-mark-attrs';

/** Text a person suggested removing: it stays, struck through in their colour, until the suggestion is settled. */
export const SuggestDeletion = Mark.create({
  name: DELETION_MARK,
  inclusive: false,
  addAttributes() {
    return SUGGESTION_MARK_ATTRIBUTES;
  },
  parseHTML() {
    return [];
  },
  renderHTML({ mark }) {
    return ['del', { class: 'suggestion suggestion-delete', ...suggestionDataAttributes(mark.attrs) }, 0];
  },
});
