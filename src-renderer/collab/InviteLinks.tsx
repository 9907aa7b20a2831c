import { useId, useState } from 'react';
import type { ShareLinks } from '../../src-common/api/collab-schemas';
import { messageOf } from '../api/message-of';
import { announceConnectionChange } from './connection-changes';
import { useApi } from '../api/api-context';

interface InviteLinksProps {
  letterId: string;
  server: string;
  links: ShareLinks;
  onReset(links: ShareLinks): void;
}

/** The owner's view: the editor and viewer links to copy, and "Reset links". */
export function InviteLinks({ letterId, server, links, onReset }: InviteLinksProps) {
  const api = useApi();
  const [note, setNote] = useState<string | null>(null);
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);

  const reset = async () => {
    setBusy(true);
    try {
      const next = await api.call('collab:resetLinks', { letterId });
      onReset(next.links);
      announceConnectionChange(letterId);
      setNote('New links made. The old links no longer work.');
    } catch (failure) {
      setNote(messageOf(failure));
    } finally {
      setBusy(false);
      setConfirming(false);
    }
  };

  return (
    <div className="invite-links">
      <p className="muted">Shared through {server}. Send each link only to the people it is meant for.</p>
      <LinkField
        label="Editor link"
        hint="can change the letter"
        link={links.editor.app}
        onCopied={setNote}
      />
      <LinkField label="Viewer link" hint="can read it" link={links.viewer.app} onCopied={setNote} />
      <details>
        <summary>Links for people using Undersigned in a web browser</summary>
        <LinkField
          label="Editor web link"
          hint="can change the letter"
          link={links.editor.web}
          onCopied={setNote}
        />
        <LinkField label="Viewer web link" hint="can read it" link={links.viewer.web} onCopied={setNote} />
      </details>
      <p role="status" className="muted">
        {note}
      </p>
      {confirming ? (
        <div className="confirm-row" role="group" aria-label="Confirm resetting the links">
          <span>Everyone using the current links loses access at once.</span>
          <button type="button" className="button danger" disabled={busy} onClick={() => void reset()}>
            Reset links
          </button>
          <button type="button" className="button" onClick={() => setConfirming(false)}>
            Keep them
          </button>
        </div>
      ) : (
        <button type="button" className="button" onClick={() => setConfirming(true)}>
          Reset links…
        </button>
      )}
    </div>
  );
}

interface LinkFieldProps {
  label: string;
  hint: string;
  link: string;
  onCopied(note: string): void;
}

function LinkField({ label, hint, link, onCopied }: LinkFieldProps) {
  const id = useId();
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(link);
      onCopied(`${label} copied.`);
    } catch {
      const field = document.getElementById(id);
      if (field instanceof HTMLInputElement) {
        field.select();
      }
      onCopied('Copying was not allowed here: the link is selected, press Ctrl+C to copy it.');
    }
  };
  return (
    <div className="link-field">
      <label htmlFor={id}>
        {label} <span className="muted">({hint})</span>
      </label>
      <div className="link-field-row">
        <input id={id} readOnly value={link} onFocus={(event) => event.target.select()} />
        <button type="button" className="button" onClick={() => void copy()}>
          Copy
        </button>
      </div>
    </div>
  );
}
