import type { SaveQueue } from '../../src-common/letter/save-queue';
import { downloadText } from '../ui/download';
import { useBusyAction } from '../ui/use-busy-action';
import { useApi } from '../api/api-context';

interface SaveCopyButtonProps {
  id: string;
  queue: SaveQueue;
}

/** "Save a copy…": the letter as a portable file, written only after every edit so far is stored. */
export function SaveCopyButton({ id, queue }: SaveCopyButtonProps) {
  const api = useApi();
  const { busy, error, run } = useBusyAction();

  const handleClick = () =>
    run(async () => {
      await queue.whenSaved();
      const { fileName, content } = await api.call('letters:exportFile', { id });
      downloadText(fileName, content);
    });

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
