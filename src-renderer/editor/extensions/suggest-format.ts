import { Mark } from '@tiptap/core';
import { FORMAT_MARK } from '../../../src-common/suggestions/suggestion';
import { SUGGESTION_MARK_ATTRIBUTES, suggestionDataAttributes } from './suggest-mark-attrs';

/**
 * Text whose formatting a person suggested changing: the new formatting shows, outlined in their colour; `added`
 * and `removed` (JSON lists of marks) let a reject put the old formatting back.
 */
export const SuggestFormat = Mark.create({
  name: FORMAT_MARK,
  inclusive: false,
  addAttributes() {
    return {
      ...SUGGESTION_MARK_ATTRIBUTES,
      added: { default: '[]', rendered: false, parseHTML: () => null },
      removed: { default: '[]', rendered: false, parseHTML: () => null },
    };
  },
  parseHTML() {
    return [];
  },
  renderHTML({ mark }) {
    return ['span', { class: 'suggestion suggestion-format', ...suggestionDataAttributes(mark.attrs) }, 0];
  },
});
