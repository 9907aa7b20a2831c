import type { Editor } from '@tiptap/core';
import { useEffect, useState } from 'react';
import type { Suggestion } from '../../src-common/suggestions/group';
import { whenIdle } from '../ui/when-idle';
import { suggestionsIn } from './doc-suggestions';

// While someone types, the list follows at most this often, when the browser is idle, as the word count does.
const EVERY_MS = 500;

/**
 * The letter's suggestions, read again at most every half second while the text changes and only when the browser
 * is idle (unchanged paragraphs come from a cache), so a keystroke never waits for them. The same array comes back
 * while nothing in the list changed, so the review bar does not redraw for typing elsewhere.
 */
export function useSuggestions(editor: Editor): readonly Suggestion[] {
  const [suggestions, setSuggestions] = useState<readonly Suggestion[]>(() =>
    suggestionsIn(editor.state.doc),
  );
  useEffect(() => {
    let cancel: (() => void) | null = null;
    let timer: number | null = null;
    const read = () => {
      cancel = null;
      const next = suggestionsIn(editor.state.doc);
      setSuggestions((previous) => (sameList(previous, next) ? previous : next));
    };
    const schedule = () => {
      if (timer !== null || cancel !== null) {
        return;
      }
      timer = window.setTimeout(() => {
        timer = null;
        cancel = whenIdle(read);
      }, EVERY_MS);
    };
    editor.on('update', schedule);
    read();
    return () => {
      editor.off('update', schedule);
      cancel?.();
      if (timer !== null) {
        window.clearTimeout(timer);
      }
    };
  }, [editor]);
  return suggestions;
}

function sameList(a: readonly Suggestion[], b: readonly Suggestion[]): boolean {
  return a.length === b.length && a.every((suggestion, index) => sameSuggestion(suggestion, b[index]));
}

function sameSuggestion(a: Suggestion, b: Suggestion | undefined): boolean {
  return (
    b !== undefined &&
    a.id === b.id &&
    a.from === b.from &&
    a.to === b.to &&
    a.inserted === b.inserted &&
    a.deleted === b.deleted &&
    a.formatted === b.formatted &&
    a.breaksInserted === b.breaksInserted &&
    a.reshaped.join('\n') === b.reshaped.join('\n') &&
    a.breaksDeleted === b.breaksDeleted &&
    a.author.authorName === b.author.authorName &&
    a.author.colour === b.author.colour
  );
}
