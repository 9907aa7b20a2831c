import type * as Y from 'yjs';
import { BODY_FIELD } from '../letter/letter-doc';
import { bodyToJson, type ProseMirrorJson } from '../letter/prosemirror-json';
import type { Problem } from '../problems';
import { suggestionAuthors } from './group';
import { suggestionsInJson } from './json-suggestions';

/**
 * A warning while suggested edits are pending: exports leave them out (or take them in, as chosen), so the person
 * should settle them first. One problem for the letter, naming who suggested how many.
 */
export function pendingSuggestionProblems(body: ProseMirrorJson): Problem[] {
  const suggestions = suggestionsInJson(body);
  if (suggestions.length === 0) {
    return [];
  }
  const first = suggestions[0];
  const people = suggestionAuthors(suggestions)
    .map(({ author, count }) => `${author.authorName.trim() || 'Someone'} (${count})`)
    .join(', ');
  const count =
    suggestions.length === 1 ? '1 suggested edit is' : `${suggestions.length} suggested edits are`;
  return [
    {
      kind: 'pending-suggestion',
      severity: 'warning',
      message: `${count} still pending, by ${people}. Exports show the text as if they were rejected unless you choose “as if accepted”; accept or reject them to settle the text.`,
      location: { section: 'body', ...(first ? { start: first.from, end: first.to } : {}) },
    },
  ];
}

/** {@link pendingSuggestionProblems} of a letter's Y.Doc. */
export function pendingSuggestionProblemsOf(doc: Y.Doc): Problem[] {
  return pendingSuggestionProblems(bodyToJson(doc.getXmlFragment(BODY_FIELD)));
}
