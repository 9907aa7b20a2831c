import { useCallback, useEffect, useState, type ReactNode } from 'react';
import type { Api } from '../../src-common/api/client';
import { displayTitle } from '../../src-common/letter/letter-doc';
import type { LetterSummary } from '../../src-common/api/letters-schemas';
import { messageOf } from '../api/message-of';
import './trash-toast.css';

/** How long "moved to trash · Undo" stays, unless the pointer or focus is on it. */
export const TRASH_TOAST_MS = 10_000;

type Toast =
  | { kind: 'trashed'; letter: LetterSummary }
  | { kind: 'restored'; letter: LetterSummary }
  | { kind: 'failed'; message: string };

/**
 * Deleting a letter, as a Google Docs user expects it: the letter goes to the trash at once, and a toast says so with
 * an Undo that brings it back. `refresh` runs after each change, so the list follows.
 */
export function useTrashWithUndo(
  api: Api,
  refresh: () => void,
): { trash(letter: LetterSummary): void; toast: ReactNode } {
  const [toast, setToast] = useState<Toast | null>(null);
  const [held, setHeld] = useState(false);

  useEffect(() => {
    if (!toast || held) {
      return undefined;
    }
    const timer = window.setTimeout(() => setToast(null), TRASH_TOAST_MS);
    return () => window.clearTimeout(timer);
  }, [toast, held]);

  const change = useCallback(
    (work: Promise<unknown>, done: Toast) => {
      work.then(
        () => setToast(done),
        (failure: unknown) => setToast({ kind: 'failed', message: messageOf(failure) }),
      );
      work.finally(refresh).catch(() => undefined);
    },
    [refresh],
  );

  const trash = useCallback(
    (letter: LetterSummary) =>
      change(api.call('letters:trash', { id: letter.id }), { kind: 'trashed', letter }),
    [api, change],
  );
  const undo = (letter: LetterSummary) =>
    change(api.call('letters:restore', { id: letter.id }), { kind: 'restored', letter });

  return {
    trash,
    toast: toast && (
      <div
        className="toast"
        role={toast.kind === 'failed' ? 'alert' : 'status'}
        onMouseEnter={() => setHeld(true)}
        onMouseLeave={() => setHeld(false)}
        onFocus={() => setHeld(true)}
        onBlur={() => setHeld(false)}
      >
        <span>{toastText(toast)}</span>
        {toast.kind === 'trashed' && (
          <button type="button" className="link-button" onClick={() => undo(toast.letter)}>
            Undo
          </button>
        )}
        <button type="button" className="link-button" aria-label="Dismiss" onClick={() => setToast(null)}>
          ×
        </button>
      </div>
    ),
  };
}

function toastText(toast: Toast): string {
  switch (toast.kind) {
    case 'trashed':
      return `Letter moved to trash: “${displayTitle(toast.letter.title)}”`;
    case 'restored':
      return `“${displayTitle(toast.letter.title)}” is back in your letters.`;
    case 'failed':
      return toast.message;
  }
}
