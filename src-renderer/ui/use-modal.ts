import { useEffect, useRef, type RefObject } from 'react';

/**
 * A ref for a `<dialog>` that opens it as a modal when it mounts: the browser then traps focus inside it, closes it on
 * Escape and makes the rest of the page inert.
 */
export function useModal(): RefObject<HTMLDialogElement | null> {
  const dialogRef = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const dialog = dialogRef.current;
    if (dialog && !dialog.open) {
      dialog.showModal();
    }
  }, []);
  return dialogRef;
}
