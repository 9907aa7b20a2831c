import { useId, useRef, useState, type FormEvent } from 'react';
import type { Api } from '../../src-common/api/client';
import { MAX_LETTER_FILE_CHARS } from '../../src-common/api/letters-schemas';
import { displayTitle } from '../../src-common/letter/letter-doc';
import { messageOf } from '../api/message-of';
import { useApi } from '../api/api-context';

interface OpenLetterFileProps {
  onOpened(id: string): void;
}

const OUTCOME_WORDS = {
  added: (file: string, title: string) => `Added “${title}” from “${file}”.`,
  merged: (file: string, title: string) => `Merged “${file}” into your copy of “${title}”.`,
  copied: (file: string, title: string) => `Opened “${file}” as a separate copy of “${title}”.`,
};

/**
 * "Open letter file…": a file from a partner is merged into this computer's copy of the same letter, so work done
 * offline on both sides comes together, unless the person asks for a separate copy.
 */
export function OpenLetterFile({ onOpened }: OpenLetterFileProps) {
  const api = useApi();
  const dialogRef = useRef<HTMLDialogElement>(null);
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null);
  const [busy, setBusy] = useState(false);
  const id = useId();

  const handleSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const file = form.get('file');
    if (!(file instanceof File) || file.name === '') {
      setMessage({ text: 'Choose a letter file first.', error: true });
      return;
    }
    setBusy(true);
    setMessage(await openFile(api, file, form.get('asCopy') === 'on', onOpened));
    setBusy(false);
    dialogRef.current?.close();
  };

  return (
    <>
      <button type="button" className="button" onClick={() => dialogRef.current?.showModal()}>
        Open letter file…
      </button>
      <dialog ref={dialogRef} className="dialog" aria-labelledby={`${id}-title`}>
        <form onSubmit={(event) => void handleSubmit(event)}>
          <h2 id={`${id}-title`}>Open letter file</h2>
          <label htmlFor={`${id}-file`}>Letter file to open</label>
          <input id={`${id}-file`} name="file" type="file" accept=".json,application/json" />
          <label className="checkbox">
            <input type="checkbox" name="asCopy" /> Open as a separate copy (do not merge with this letter if
            it is already on this computer)
          </label>
          <div className="dialog-actions">
            <button type="button" className="button" onClick={() => dialogRef.current?.close()}>
              Cancel
            </button>
            <button type="submit" className="button primary" disabled={busy}>
              Open
            </button>
          </div>
        </form>
      </dialog>
      {message && (
        <p
          role={message.error ? 'alert' : 'status'}
          className={message.error ? 'home-message error' : 'home-message'}
        >
          {message.text}
        </p>
      )}
    </>
  );
}

async function openFile(api: Api, file: File, asCopy: boolean, onOpened: (id: string) => void) {
  if (file.size > MAX_LETTER_FILE_CHARS * 4) {
    return { text: `“${file.name}” is too large to be a letter file.`, error: true };
  }
  try {
    const { letter, outcome } = await api.call('letters:importFile', { content: await file.text(), asCopy });
    onOpened(letter.id);
    return { text: OUTCOME_WORDS[outcome](file.name, displayTitle(letter.title)), error: false };
  } catch (error) {
    return { text: `“${file.name}” could not be opened. ${messageOf(error)}`, error: true };
  }
}
