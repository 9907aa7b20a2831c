import { useEffect, useId, useState, type FormEvent } from 'react';
import type { SecretsProtection } from '../../src-common/api/collab-schemas';
import { useBusyAction } from '../ui/use-busy-action';
import { useModal } from '../ui/use-modal';
import { ErrorLine } from '../ui/ErrorLine';
import { useApi } from '../api/api-context';
import './collab.css';

/**
 * Where this computer's keychain protects nothing, the secrets of shared letters are sealed with a passphrase: until
 * it is given, shared letters work on this computer only. This bar says so and asks for it (or, the first time,
 * for a new one); the page reloads once it is given, so shared letters connect again.
 */
export function SharingLock() {
  const api = useApi();
  const [protection, setProtection] = useState<SecretsProtection | null>(null);
  const [asking, setAsking] = useState(false);

  useEffect(() => {
    let cancelled = false;
    api.call('collab:protection', {}).then(
      (found) => !cancelled && setProtection(found),
      () => undefined,
    );
    return () => {
      cancelled = true;
    };
  }, [api]);

  if (protection?.kind !== 'passphrase' || !protection.locked) {
    return null;
  }
  return (
    <div className="sharing-lock" role="region" aria-label="Sharing is locked">
      <p>
        {protection.passphraseSet
          ? 'Shared letters work on this computer only until you enter the passphrase that protects their secrets.'
          : 'This computer has no keychain to protect the secrets of shared letters. Choose a passphrase to share letters.'}
      </p>
      <button type="button" className="button" onClick={() => setAsking(true)}>
        {protection.passphraseSet ? 'Unlock sharing…' : 'Choose a passphrase…'}
      </button>
      {asking && <PassphraseDialog isNew={!protection.passphraseSet} onClose={() => setAsking(false)} />}
    </div>
  );
}

function PassphraseDialog({ isNew, onClose }: { isNew: boolean; onClose(): void }) {
  const api = useApi();
  const dialogRef = useModal();
  const [passphrase, setPassphrase] = useState('');
  const [repeated, setRepeated] = useState('');
  const { busy, error, setError, run } = useBusyAction();
  const id = useId();

  const handleSubmit = async (event: FormEvent) => {
    event.preventDefault();
    if (isNew && passphrase !== repeated) {
      setError('The two passphrases differ.');
      return;
    }
    await run(async () => {
      await api.call('collab:unlock', { passphrase });
      window.location.reload();
    });
  };

  return (
    <dialog ref={dialogRef} className="dialog" aria-labelledby={`${id}-title`} onClose={onClose}>
      <form method="dialog" onSubmit={handleSubmit}>
        <h2 id={`${id}-title`}>{isNew ? 'Choose a passphrase' : 'Unlock sharing'}</h2>
        <label htmlFor={`${id}-passphrase`}>Passphrase</label>
        <input
          id={`${id}-passphrase`}
          type="password"
          autoComplete={isNew ? 'new-password' : 'current-password'}
          value={passphrase}
          onChange={(event) => setPassphrase(event.target.value)}
          autoFocus
        />
        {isNew && (
          <>
            <label htmlFor={`${id}-repeated`}>The same passphrase again</label>
            <input
              id={`${id}-repeated`}
              type="password"
              autoComplete="new-password"
              value={repeated}
              onChange={(event) => setRepeated(event.target.value)}
            />
            <p className="muted">
              At least 12 characters. Nobody can recover it: without it, shared letters must be joined again.
            </p>
          </>
        )}
        <ErrorLine message={error} />
        <div className="dialog-actions">
          <button type="button" className="button" onClick={onClose}>
            Cancel
          </button>
          <button type="submit" className="button primary" disabled={busy || passphrase === ''}>
            {isNew ? 'Set passphrase' : 'Unlock'}
          </button>
        </div>
      </form>
    </dialog>
  );
}
