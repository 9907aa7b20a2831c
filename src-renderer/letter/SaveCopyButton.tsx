import { useState } from 'react';
import type { SaveQueue } from '../../src-common/letter/save-queue';
import { messageOf } from '../api/message-of';
import { downloadText } from '../ui/download';
import { useApi } from '../api/api-context';

interface SaveCopyButtonProps {
  id: string;
  queue: SaveQueue;
}

/** "Save a copy…": the letter as a portable file, written only after every edit so far is stored. */
export function SaveCopyButton({ id, queue }: SaveCopyButtonProps) {
  const api = useApi();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const handleClick = async () => {
    setBusy(true);
    setError(null);
    try {
      await queue.whenSaved();
      const { fileName, content } = await api.call('letters:exportFile', { id });
      downloadText(fileName, content);
    } catch (failure) {
      setError(messageOf(failure));
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <button type="button" className="button" onClick={handleClick} disabled={busy}>
        {busy ? 'Preparing…' : 'Save a copy…'}
      </button>
      {error && (
        <span role="alert" className="error">
          {error}
        </span>
      )}
    </>
  );
}
