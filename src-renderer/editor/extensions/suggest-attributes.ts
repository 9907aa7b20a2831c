import { Extension } from '@tiptap/core';
import {
  BREAK_SUGGESTION_ATTR,
  decodeNodeSuggestion,
  INLINE_ELEMENT_TYPES,
  INLINE_SUGGESTION_ATTR,
  TEXTBLOCK_TYPES,
} from '../../../src-common/suggestions/suggestion';

/**
 * Suggestions on what cannot carry a mark in the shared body (the collaboration binding keeps marks on text only):
 * a suggested note reference or line break, and a suggested new paragraph or joined paragraphs, kept as an attribute
 * of the element or of the paragraph after the break. Never copied to the other half of a split paragraph.
 */
export const SuggestAttributes = Extension.create({
  name: 'suggestAttributes',
  addGlobalAttributes() {
    return [
      {
        types: [...TEXTBLOCK_TYPES],
        attributes: {
          [BREAK_SUGGESTION_ATTR]: {
            default: null,
            keepOnSplit: false,
            parseHTML: () => null,
            renderHTML: (attributes) => rendered(attributes[BREAK_SUGGESTION_ATTR], 'data-suggested-break'),
          },
        },
      },
      {
        types: [...INLINE_ELEMENT_TYPES],
        attributes: {
          [INLINE_SUGGESTION_ATTR]: {
            default: null,
            keepOnSplit: false,
            parseHTML: () => null,
            renderHTML: (attributes) => rendered(attributes[INLINE_SUGGESTION_ATTR], 'data-suggestion'),
          },
        },
      },
    ];
  },
});

function rendered(value: unknown, name: string): Record<string, string> {
  const suggestion = decodeNodeSuggestion(value);
  if (!suggestion) {
    return {};
  }
  return {
    [name]: suggestion.kind,
    'data-suggestion-id': suggestion.stamp.id,
    'data-author': suggestion.stamp.authorName.trim() || 'Someone',
    'data-colour': suggestion.stamp.colour.toLowerCase(),
  };
}
