import { useCallback, useState } from 'react';
import { messageOf } from '../api/message-of';

/** A dialog's work in progress and what went wrong with it. */
export interface BusyAction {
  busy: boolean;
  error: string | null;
  setError(message: string | null): void;
  /** Runs the work; a sentence it returns is a reason it could not go ahead (a box left empty), shown as `error`. */
  run(work: () => Promise<string | void> | string | void): Promise<void>;
}

/**
 * Runs a dialog's work one piece at a time: `busy` while it runs (its buttons wait), and the failure's plain message
 * in `error` afterwards, so the dialog stays open with what went wrong.
 */
export function useBusyAction(): BusyAction {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const run = useCallback(async (work: () => Promise<string | void> | string | void) => {
    setBusy(true);
    setError(null);
    try {
      const refusal = await work();
      if (typeof refusal === 'string') {
        setError(refusal);
      }
    } catch (failure) {
      setError(messageOf(failure));
    } finally {
      setBusy(false);
    }
  }, []);
  return { busy, error, setError, run };
}
