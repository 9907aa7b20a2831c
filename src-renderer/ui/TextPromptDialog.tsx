import { useModal } from './use-modal';
import { useId, useState, type FormEvent } from 'react';
import { messageOf } from '../profile/use-settings';

interface TextPromptDialogProps {
  title: string;
  label: string;
  initialValue: string;
  submitLabel: string;
  maxLength: number;
  /** Does the work; a rejection's message is shown and the dialog stays open. */
  onSubmit(value: string): Promise<void>;
  onClose(): void;
}

/** A small modal form asking for one line of text (a new letter's title, a new name). */
export function TextPromptDialog(props: TextPromptDialogProps) {
  const dialogRef = useModal();
  const [value, setValue] = useState(props.initialValue);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const id = useId();

  const handleSubmit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      await props.onSubmit(value);
    } catch (failure) {
      setError(messageOf(failure));
    } finally {
      setBusy(false);
    }
  };

  return (
    <dialog ref={dialogRef} className="dialog" aria-labelledby={`${id}-title`} onClose={props.onClose}>
      <form method="dialog" onSubmit={handleSubmit}>
        <h2 id={`${id}-title`}>{props.title}</h2>
        <label htmlFor={id}>{props.label}</label>
        <input
          id={id}
          value={value}
          maxLength={props.maxLength}
          onChange={(event) => setValue(event.target.value)}
          autoFocus
        />
        {error && (
          <p role="alert" className="error">
            {error}
          </p>
        )}
        <div className="dialog-actions">
          <button type="button" className="button" onClick={props.onClose}>
            Cancel
          </button>
          <button type="submit" className="button primary" disabled={busy}>
            {props.submitLabel}
          </button>
        </div>
      </form>
    </dialog>
  );
}
