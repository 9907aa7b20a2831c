import { useEffect, useRef, useState } from 'react';
import { useApi } from '../api/api-context';

/** Tells the person, once, what start-up had to repair (a damaged data file restored from a backup). */
export function StartupNotice() {
  const api = useApi();
  const [notice, setNotice] = useState<string | null>(null);
  const dialogRef = useRef<HTMLDialogElement>(null);

  useEffect(() => {
    api.call('app:info', {}).then(
      (info) => setNotice(info.notice),
      () => setNotice(null),
    );
  }, [api]);

  useEffect(() => {
    const dialog = dialogRef.current;
    if (notice && dialog && !dialog.open) {
      dialog.showModal();
    }
  }, [notice]);

  if (!notice) {
    return null;
  }
  return (
    <dialog
      ref={dialogRef}
      className="dialog"
      role="alertdialog"
      aria-labelledby="startup-notice-title"
      aria-describedby="startup-notice-text"
      onClose={() => setNotice(null)}
    >
      <h2 id="startup-notice-title">Your data was repaired</h2>
      <p id="startup-notice-text">{notice}</p>
      <form method="dialog" className="dialog-actions">
        <button type="submit" className="button primary" autoFocus>
          OK
        </button>
      </form>
    </dialog>
  );
}
