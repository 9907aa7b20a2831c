import { useCallback, useEffect, useRef } from 'react';
import type { SuggestionAuthor } from '../../src-common/suggestions/suggestion';
import { localAuthorId } from './edit-mode';

/**
 * Who this person's suggestions are from, as a stable function for the editor's extensions: a new name or colour
 * applies to the next suggestion without building the editor again.
 */
export function useSuggestionAuthor(author: { name: string; colour: string }): () => SuggestionAuthor {
  const latest = useRef(author);
  useEffect(() => {
    latest.current = author;
  }, [author]);
  return useCallback(
    () => ({ authorId: localAuthorId(), authorName: latest.current.name, colour: latest.current.colour }),
    [],
  );
}
