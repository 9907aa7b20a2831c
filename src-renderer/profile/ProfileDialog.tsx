import { useId, useState } from 'react';
import type { RequestOf, Settings } from '../../src-common/api/contract';
import { PROFILE_COLOURS } from './colours';
import { FormDialog } from '../ui/FormDialog';
import './profile.css';

interface ProfileDialogProps {
  settings: Settings;
  onSave(patch: RequestOf<'settings:update'>): Promise<Settings>;
  onClose(): void;
}

/** A modal form for the name and colour co-editors see. Escape or Cancel closes it without saving. */
export function ProfileDialog({ settings, onSave, onClose }: ProfileDialogProps) {
  const [displayName, setDisplayName] = useState(settings.displayName);
  const [colour, setColour] = useState(settings.colour);
  const nameId = useId();
  const hintId = useId();

  const save = async () => {
    await onSave({ displayName, colour });
    onClose();
  };

  return (
    <FormDialog title="Your profile" submitLabel="Save" busyLabel="Saving…" onSubmit={save} onClose={onClose}>
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
    </FormDialog>
  );
}
