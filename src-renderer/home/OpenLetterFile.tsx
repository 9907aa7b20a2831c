import { useRef, useState, type ChangeEvent } from 'react';
import type { Api } from '../../src-common/api/client';
import { MAX_LETTER_FILE_CHARS } from '../../src-common/api/letters-schemas';
import { displayTitle } from '../../src-common/letter/letter-doc';
import { messageOf } from '../profile/use-settings';

interface OpenLetterFileProps {
  api: Api;
  onOpened(id: string): void;
}

/**
 * "Open letter file…": a file from a partner is merged into this computer's copy of the same letter, so work done
 * offline on both sides comes together; a letter this computer does not have is added.
 */
export function OpenLetterFile({ api, onOpened }: OpenLetterFileProps) {
  const inputRef = useRef<HTMLInputElement>(null);
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null);

  const handleChange = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (!file) {
      return;
    }
    if (file.size > MAX_LETTER_FILE_CHARS * 4) {
      setMessage({ text: `“${file.name}” is too large to be a letter file.`, error: true });
      return;
    }
    try {
      const { letter, outcome } = await api.call('letters:importFile', {
        content: await file.text(),
        asCopy: false,
      });
      const title = displayTitle(letter.title);
      const words =
        outcome === 'merged' ? `Merged “${file.name}” into your copy of “${title}”.` : `Added “${title}”.`;
      setMessage({ text: words, error: false });
      onOpened(letter.id);
    } catch (error) {
      setMessage({ text: `“${file.name}” could not be opened. ${messageOf(error)}`, error: true });
    }
  };

  return (
    <>
      <button type="button" className="button" onClick={() => inputRef.current?.click()}>
        Open letter file…
      </button>
      <input
        ref={inputRef}
        type="file"
        accept=".json,application/json"
        hidden
        onChange={handleChange}
        aria-label="Letter file to open"
      />
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
