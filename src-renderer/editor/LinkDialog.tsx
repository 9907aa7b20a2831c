import { useId, useState } from 'react';
import { checkLinkUrl } from '../../src-common/text/link-url';
import { FormDialog } from '../ui/FormDialog';

interface LinkDialogProps {
  initialUrl: string;
  onApply(url: string): void;
  onRemove(): void;
  onClose(): void;
}

/** Asks for a link's address and checks it before it goes into the letter. */
export function LinkDialog({ initialUrl, onApply, onRemove, onClose }: LinkDialogProps) {
  const [url, setUrl] = useState(initialUrl);
  const id = useId();

  const apply = () => {
    const checked = checkLinkUrl(url);
    if (!checked.ok) {
      return checked.reason;
    }
    onApply(checked.url);
  };

  return (
    <FormDialog
      title="Link"
      submitLabel="Apply"
      onSubmit={apply}
      onClose={onClose}
      extraActions={
        initialUrl && (
          <button type="button" className="button" onClick={onRemove}>
            Remove link
          </button>
        )
      }
    >
      <label htmlFor={id}>Web address</label>
      <input
        id={id}
        value={url}
        onChange={(event) => setUrl(event.target.value)}
        placeholder="https://"
        autoFocus
      />
    </FormDialog>
  );
}
