import { CloseButton } from '../ui/CloseButton';
import { Dialog } from '../ui/Dialog';
import { useEffect, useState } from 'react';
import type { BackupSummary } from '../../src-common/api/contract';
import { messageOf } from '../api/message-of';
import { ErrorLine } from '../ui/ErrorLine';
import { useBusyAction } from '../ui/use-busy-action';
import { useApi } from '../api/api-context';

interface BackupsDialogProps {
  onRestored(): void;
  onClose(): void;
}

const REASON_WORDS: Record<string, string> = {
  daily: 'Daily backup',
  'before-migration': 'Before an update of the app',
  'before-restore': 'Before a restore',
};

/** "Restore from backup…": the backups on this computer, newest first; restoring asks first and can be undone. */
export function BackupsDialog({ onRestored, onClose }: BackupsDialogProps) {
  const api = useApi();
  const [backups, setBackups] = useState<BackupSummary[] | null>(null);
  const [confirming, setConfirming] = useState<BackupSummary | null>(null);
  const { busy, error, setError, run } = useBusyAction();

  useEffect(() => {
    api.call('backups:list', {}).then(setBackups, (failure: unknown) => setError(messageOf(failure)));
  }, [api, setError]);

  const restore = (backup: BackupSummary) =>
    run(async () => {
      try {
        await api.call('backups:restore', { name: backup.name });
        onRestored();
      } finally {
        setConfirming(null);
      }
    });

  return (
    <Dialog
      title="Restore from backup"
      className="wide"
      onClose={onClose}
      actions={<CloseButton onClose={onClose} />}
    >
      <p className="muted">
        Undersigned backs up every letter on this computer once a day and before each update, keeping the last
        seven. Restoring replaces all letters with those in the backup; the current state is backed up first,
        so a restore can itself be undone.
      </p>
      <ErrorLine message={error} />
      {backups?.length === 0 && <p>There are no backups yet.</p>}
      <ul className="backup-list" aria-label="Backups">
        {(backups ?? []).map((backup) => (
          <li key={backup.name} className="backup-row">
            <span>
              <strong>{new Date(backup.createdAt).toLocaleString()}</strong>
              <span className="muted">
                {' '}
                · {REASON_WORDS[backup.reason] ?? backup.reason} · {formatBytes(backup.bytes)}
              </span>
            </span>
            {confirming?.name === backup.name ? (
              <span className="backup-confirm">
                <span>Replace all letters with this backup?</span>
                <button
                  type="button"
                  className="button small primary"
                  disabled={busy}
                  onClick={() => void restore(backup)}
                >
                  Restore
                </button>
                <button type="button" className="button small" onClick={() => setConfirming(null)}>
                  Cancel
                </button>
              </span>
            ) : (
              <button
                type="button"
                className="button small"
                onClick={() => setConfirming(backup)}
                aria-label={`Restore the backup of ${new Date(backup.createdAt).toLocaleString()}`}
              >
                Restore…
              </button>
            )}
          </li>
        ))}
      </ul>
    </Dialog>
  );
}

function formatBytes(bytes: number): string {
  return bytes < 1024 * 1024
    ? `${Math.max(1, Math.round(bytes / 1024))} KB`
    : `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}
