import { useEffect, useId, useState } from 'react';
import type { SecretsProtection } from '../../src-common/api/collab-schemas';
import { FormDialog } from '../ui/FormDialog';
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
  const [passphrase, setPassphrase] = useState('');
  const [repeated, setRepeated] = useState('');
  const id = useId();

  const unlock = async () => {
    if (isNew && passphrase !== repeated) {
      return 'The two passphrases differ.';
    }
    await api.call('collab:unlock', { passphrase });
    window.location.reload();
  };

  return (
    <FormDialog
      title={isNew ? 'Choose a passphrase' : 'Unlock sharing'}
      submitLabel={isNew ? 'Set passphrase' : 'Unlock'}
      onSubmit={unlock}
      onClose={onClose}
      canSubmit={passphrase !== ''}
    >
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
    </FormDialog>
  );
}
