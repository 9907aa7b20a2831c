import { useId, useState, type FormEvent } from 'react';
import type { Api } from '../../src-common/api/client';
import type { LetterSummary } from '../../src-common/api/letters-schemas';
import { decodeBinary, encodeBinary } from '../../src-common/letter/encoding';
import { messageOf } from '../profile/use-settings';
import { useModal } from '../ui/use-modal';
import { templateUpdate, type LetterStart } from './letter-template';

interface NewLetterDialogProps {
  api: Api;
  onCreated(letter: LetterSummary): void;
  onClose(): void;
}

/** "New letter": a title, and a blank page or the sign-on letter template to start from. */
export function NewLetterDialog({ api, onCreated, onClose }: NewLetterDialogProps) {
  const dialogRef = useModal();
  const [title, setTitle] = useState('');
  const [start, setStart] = useState<LetterStart>('blank');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const id = useId();

  const handleSubmit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const letter = await api.call('letters:create', { title });
      if (start === 'template') {
        const opened = await api.call('letters:open', { id: letter.id });
        const update = templateUpdate(decodeBinary(opened.state), crypto.randomUUID());
        await api.call('letters:save', { id: letter.id, updates: [encodeBinary(update)] });
      }
      onCreated(letter);
    } catch (failure) {
      setError(messageOf(failure));
    } finally {
      setBusy(false);
    }
  };

  return (
    <dialog ref={dialogRef} className="dialog" aria-labelledby={`${id}-title`} onClose={onClose}>
      <form method="dialog" onSubmit={handleSubmit}>
        <h2 id={`${id}-title`}>New letter</h2>
        <label htmlFor={id}>Title</label>
        <input
          id={id}
          value={title}
          maxLength={300}
          onChange={(event) => setTitle(event.target.value)}
          autoFocus
        />
        <fieldset className="plain-fieldset new-letter-start">
          <legend>Start from</legend>
          <label className="checkbox">
            <input
              type="radio"
              name={`${id}-start`}
              checked={start === 'blank'}
              onChange={() => setStart('blank')}
            />
            A blank page
          </label>
          <label className="checkbox">
            <input
              type="radio"
              name={`${id}-start`}
              checked={start === 'template'}
              onChange={() => setStart('template')}
            />
            <span>
              The sign-on letter template
              <span className="hint-text">
                Salutation, opening, body with a note, the ask, the “Signed by” block and the notes heading,
                with the words to replace in [brackets].
              </span>
            </span>
          </label>
        </fieldset>
        {error && (
          <p role="alert" className="error">
            {error}
          </p>
        )}
        <div className="dialog-actions">
          <button type="button" className="button" onClick={onClose}>
            Cancel
          </button>
          <button type="submit" className="button primary" disabled={busy}>
            Create
          </button>
        </div>
      </form>
    </dialog>
  );
}
