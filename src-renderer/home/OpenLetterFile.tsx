import { useId, useState } from 'react';
import type { Api } from '../../src-common/api/client';
import { MAX_LETTER_FILE_CHARS } from '../../src-common/api/letters-schemas';
import { displayTitle } from '../../src-common/letter/letter-doc';
import { messageOf } from '../api/message-of';
import { useApi } from '../api/api-context';
import { FormDialog } from '../ui/FormDialog';

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
  const [open, setOpen] = useState(false);
  const [file, setFile] = useState<File | null>(null);
  const [asCopy, setAsCopy] = useState(false);
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null);
  const id = useId();

  const close = () => {
    setOpen(false);
    setFile(null);
    setAsCopy(false);
  };
  const submit = async () => {
    if (!file) {
      return 'Choose a letter file first.';
    }
    setMessage(await openFile(api, file, asCopy, onOpened));
    close();
  };

  return (
    <>
      <button type="button" className="button" onClick={() => setOpen(true)}>
        Open letter file…
      </button>
      {open && (
        <FormDialog title="Open letter file" submitLabel="Open" onSubmit={submit} onClose={close}>
          <label htmlFor={`${id}-file`}>Letter file to open</label>
          <input
            id={`${id}-file`}
            type="file"
            accept=".json,application/json"
            onChange={(event) => setFile(event.target.files?.[0] ?? null)}
          />
          <label className="checkbox">
            <input type="checkbox" checked={asCopy} onChange={(event) => setAsCopy(event.target.checked)} />{' '}
            Open as a separate copy (do not merge with this letter if it is already on this computer)
          </label>
        </FormDialog>
      )}
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
