import type { Attributes } from '@tiptap/core';

/**
 * The stamp every suggestion mark carries (src-common/suggestions/suggestion.ts): kept out of the HTML attributes,
 * since each mark draws its own data attributes, and never read from pasted HTML, so a paste never brings in
 * someone else's suggestions.
 */
export const SUGGESTION_MARK_ATTRIBUTES: Attributes = {
  id: { default: null, rendered: false, parseHTML: () => null },
  authorId: { default: '', rendered: false, parseHTML: () => null },
  authorName: { default: '', rendered: false, parseHTML: () => null },
  colour: { default: '', rendered: false, parseHTML: () => null },
  time: { default: '', rendered: false, parseHTML: () => null },
};

/** The data attributes that show a suggestion's author and colour (styles.css colours it by `data-colour`). */
export function suggestionDataAttributes(attrs: Record<string, unknown>): Record<string, string> {
  const name =
    typeof attrs.authorName === 'string' && attrs.authorName.trim() !== '' ? attrs.authorName : 'Someone';
  return {
    'data-suggestion-id': String(attrs.id ?? ''),
    'data-author': name,
    'data-colour': typeof attrs.colour === 'string' ? attrs.colour.toLowerCase() : '',
  };
}
