import { Extension } from '@tiptap/core';
import {
  BREAK_SUGGESTION_ATTR,
  decodeNodeSuggestion,
  INLINE_ELEMENT_TYPES,
  INLINE_SUGGESTION_ATTR,
  TEXTBLOCK_TYPES,
} from '../../../src-common/suggestions/suggestion';
import { BLOCK_SUGGESTION_ATTR, decodeBlockSuggestion } from '../../../src-common/suggestions/block-shape';

/**
 * Suggestions on what cannot carry a mark in the shared body (the collaboration binding keeps marks on text only):
 * a suggested note reference or line break, a suggested new paragraph or joined paragraphs, kept as an attribute
 * of the element or of the paragraph after the break, and a suggested change of a paragraph's shape. Never copied to the other half of a split paragraph.
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
          [BLOCK_SUGGESTION_ATTR]: {
            default: null,
            keepOnSplit: false,
            parseHTML: () => null,
            renderHTML: (attributes) => renderedShape(attributes[BLOCK_SUGGESTION_ATTR]),
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

function renderedShape(value: unknown): Record<string, string> {
  const suggestion = decodeBlockSuggestion(value);
  if (!suggestion) {
    return {};
  }
  return {
    'data-suggested-shape': 'true',
    'data-suggestion-id': suggestion.stamp.id,
    'data-author': suggestion.stamp.authorName.trim() || 'Someone',
    'data-colour': suggestion.stamp.colour.toLowerCase(),
  };
}

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
