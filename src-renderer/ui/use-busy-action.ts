import { useCallback, useState } from 'react';
import { messageOf } from '../api/message-of';

/**
 * Runs a dialog's work one piece at a time: `busy` while it runs (its buttons wait), and the failure's plain message
 * in `error` afterwards, so the dialog stays open with what went wrong.
 */
export function useBusyAction(): {
  busy: boolean;
  error: string | null;
  setError(message: string | null): void;
  run(work: () => Promise<void>): Promise<void>;
} {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const run = useCallback(async (work: () => Promise<void>) => {
    setBusy(true);
    setError(null);
    try {
      await work();
    } catch (failure) {
      setError(messageOf(failure));
    } finally {
      setBusy(false);
    }
  }, []);
  return { busy, error, setError, run };
}
