import { useEffect, useState } from 'react';
import type { Api } from '../../src-common/api/client';
import { NO_UPDATE, restartOfferOf, type UpdateStatus } from '../../src-common/api/update-schemas';
import './restart-to-update.css';
import { useApi } from '../api/api-context';

/** How often the window asks whether an update has finished downloading; the desktop app looks once a day. */
const ASK_EVERY_MS = 15 * 60 * 1000;

/**
 * "Restart to update" in the status bar, once the desktop app has downloaded a new version (as the Help menu
 * offers it). The app restarts only when every change is saved; until then it says so and keeps working.
 */
export function RestartToUpdate() {
  const api = useApi();
  const status = useUpdateStatus(api);
  const [asking, setAsking] = useState(false);
  const offer = restartOfferOf(status);
  if (!offer) {
    return null;
  }
  const handleRestart = () => {
    setAsking(true);
    // The app closes this window when it restarts; otherwise it has told the person why it waits.
    api
      .call('app:restartToUpdate', {})
      .catch(() => undefined)
      .finally(() => setAsking(false));
  };
  return (
    <button
      type="button"
      className="restart-to-update"
      title={offer.description}
      aria-description={offer.description}
      disabled={asking}
      onClick={handleRestart}
    >
      {offer.label}
    </button>
  );
}

/** The updater's status, asked at once, every {@link ASK_EVERY_MS} and whenever the window comes back to front. */
function useUpdateStatus(api: Api): UpdateStatus {
  const [status, setStatus] = useState<UpdateStatus>(NO_UPDATE);
  useEffect(() => {
    let current = true;
    const ask = () => {
      api.call('app:updateStatus', {}).then(
        (next) => {
          if (current) {
            setStatus((previous) => (sameStatus(previous, next) ? previous : next));
          }
        },
        // Unreachable for now: the connection line says so, and the next ask tries again.
        () => undefined,
      );
    };
    ask();
    const timer = window.setInterval(ask, ASK_EVERY_MS);
    window.addEventListener('focus', ask);
    return () => {
      current = false;
      window.clearInterval(timer);
      window.removeEventListener('focus', ask);
    };
  }, [api]);
  return status;
}

function sameStatus(a: UpdateStatus, b: UpdateStatus): boolean {
  return a.kind === b.kind && (a.kind !== 'ready' || (b.kind === 'ready' && a.version === b.version));
}
