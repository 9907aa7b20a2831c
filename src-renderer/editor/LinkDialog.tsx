import { useModal } from '../ui/use-modal';
import { useId, useState, type FormEvent } from 'react';
import { checkLinkUrl } from '../../src-common/text/link-url';
import { ErrorLine } from '../ui/ErrorLine';

interface LinkDialogProps {
  initialUrl: string;
  onApply(url: string): void;
  onRemove(): void;
  onClose(): void;
}

/** Asks for a link's address and checks it before it goes into the letter. */
export function LinkDialog({ initialUrl, onApply, onRemove, onClose }: LinkDialogProps) {
  const dialogRef = useModal();
  const [url, setUrl] = useState(initialUrl);
  const [error, setError] = useState<string | null>(null);
  const id = useId();

  const handleSubmit = (event: FormEvent) => {
    event.preventDefault();
    const checked = checkLinkUrl(url);
    if (!checked.ok) {
      setError(checked.reason);
      return;
    }
    onApply(checked.url);
  };

  return (
    <dialog ref={dialogRef} className="dialog" aria-labelledby={`${id}-title`} onClose={onClose}>
      <form method="dialog" onSubmit={handleSubmit}>
        <h2 id={`${id}-title`}>Link</h2>
        <label htmlFor={id}>Web address</label>
        <input
          id={id}
          value={url}
          onChange={(event) => setUrl(event.target.value)}
          placeholder="https://"
          autoFocus
        />
        <ErrorLine message={error} />
        <div className="dialog-actions">
          {initialUrl && (
            <button type="button" className="button" onClick={onRemove}>
              Remove link
            </button>
          )}
          <button type="button" className="button" onClick={onClose}>
            Cancel
          </button>
          <button type="submit" className="button primary">
            Apply
          </button>
        </div>
      </form>
    </dialog>
  );
}
