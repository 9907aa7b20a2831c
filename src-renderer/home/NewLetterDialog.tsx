import { useId, useState } from 'react';
import type { LetterSummary } from '../../src-common/api/letters-schemas';
import { decodeBinary, encodeBinary } from '../../src-common/letter/encoding';
import { FormDialog } from '../ui/FormDialog';
import { templateUpdate, type LetterStart } from './letter-template';
import { useApi } from '../api/api-context';

interface NewLetterDialogProps {
  onCreated(letter: LetterSummary): void;
  onClose(): void;
}

/** "New letter": a title, and a blank page or the sign-on letter template to start from. */
export function NewLetterDialog({ onCreated, onClose }: NewLetterDialogProps) {
  const api = useApi();
  const [title, setTitle] = useState('');
  const [start, setStart] = useState<LetterStart>('blank');
  const id = useId();

  const create = async () => {
    const letter = await api.call('letters:create', { title });
    if (start === 'template') {
      const opened = await api.call('letters:open', { id: letter.id });
      const update = templateUpdate(decodeBinary(opened.state), crypto.randomUUID());
      await api.call('letters:save', { id: letter.id, updates: [encodeBinary(update)] });
    }
    onCreated(letter);
  };

  return (
    <FormDialog title="New letter" submitLabel="Create" onSubmit={create} onClose={onClose}>
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
    </FormDialog>
  );
}
