import { useModal } from '../ui/use-modal';
import { useId, useState, type FormEvent } from 'react';
import type { RequestOf, Settings } from '../../src-common/api/contract';
import { PROFILE_COLOURS } from './colours';
import { messageOf } from '../api/message-of';
import { ErrorLine } from '../ui/ErrorLine';
import './profile.css';

interface ProfileDialogProps {
  settings: Settings;
  onSave(patch: RequestOf<'settings:update'>): Promise<Settings>;
  onClose(): void;
}

/** A modal form for the name and colour co-editors see. Escape or Cancel closes it without saving. */
export function ProfileDialog({ settings, onSave, onClose }: ProfileDialogProps) {
  const dialogRef = useModal();
  const [displayName, setDisplayName] = useState(settings.displayName);
  const [colour, setColour] = useState(settings.colour);
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const nameId = useId();
  const hintId = useId();

  const handleSubmit = async (event: FormEvent) => {
    event.preventDefault();
    setSaving(true);
    setError(null);
    try {
      await onSave({ displayName, colour });
      onClose();
    } catch (failure) {
      setError(messageOf(failure));
    } finally {
      setSaving(false);
    }
  };

  return (
    <dialog ref={dialogRef} className="dialog" aria-labelledby={`${nameId}-title`} onClose={onClose}>
      <form method="dialog" onSubmit={handleSubmit}>
        <h2 id={`${nameId}-title`}>Your profile</h2>
        <label htmlFor={nameId}>Display name</label>
        <input
          id={nameId}
          name="displayName"
          value={displayName}
          maxLength={80}
          autoComplete="name"
          aria-describedby={hintId}
          onChange={(event) => setDisplayName(event.target.value)}
          autoFocus
        />
        <p id={hintId} className="hint">
          Co-editors see this name beside your cursor and your comments.
        </p>
        <fieldset className="swatches">
          <legend>Colour</legend>
          {PROFILE_COLOURS.map((choice) => (
            <label key={choice.value} className="swatch" title={choice.name}>
              <input
                type="radio"
                name="colour"
                value={choice.value}
                checked={colour === choice.value}
                onChange={() => setColour(choice.value)}
              />
              <span className="swatch-dot" style={{ backgroundColor: choice.value }} aria-hidden="true" />
              <span className="visually-hidden">{choice.name}</span>
            </label>
          ))}
        </fieldset>
        <ErrorLine message={error} />
        <div className="dialog-actions">
          <button type="button" className="button" onClick={onClose}>
            Cancel
          </button>
          <button type="submit" className="button primary" disabled={saving}>
            {saving ? 'Saving…' : 'Save'}
          </button>
        </div>
      </form>
    </dialog>
  );
}
