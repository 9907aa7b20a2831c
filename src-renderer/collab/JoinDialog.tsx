import { useEffect, useId, useState, type FormEvent } from 'react';
import type { JoinPreview } from '../../src-common/api/collab-schemas';
import { displayTitle } from '../../src-common/letter/letter-doc';
import { messageOf } from '../api/message-of';
import { useBusyAction } from '../ui/use-busy-action';
import { useModal } from '../ui/use-modal';
import { ErrorLine } from '../ui/ErrorLine';
import { useApi } from '../api/api-context';

interface JoinDialogProps {
  /** A link that arrived from outside (a clicked `undersigned://` link): the dialog goes straight to asking. */
  initialLink: string;
  onJoined(joined: { letterId: string; reloadNeeded: boolean }): void;
  onClose(): void;
}

/**
 * Joins a shared letter from an invite link, in two steps: the link, then what joining it will do (which server,
 * which letter, and whether a letter here is touched), so no link joins anything before the person agrees.
 */
export function JoinDialog({ initialLink, onJoined, onClose }: JoinDialogProps) {
  const api = useApi();
  const dialogRef = useModal();
  const [link, setLink] = useState(initialLink);
  const [preview, setPreview] = useState<JoinPreview | null>(null);
  const { busy, error, setError, run } = useBusyAction();
  const id = useId();

  const check = (text: string) =>
    run(async () => setPreview(await api.call('collab:preview', { link: text })));

  useEffect(() => {
    if (initialLink === '') {
      return;
    }
    let cancelled = false;
    // Only the link the dialog opened with is checked by itself; one typed in waits for Continue.
    api.call('collab:preview', { link: initialLink }).then(
      (found) => !cancelled && setPreview(found),
      (failure: unknown) => !cancelled && setError(messageOf(failure)),
    );
    return () => {
      cancelled = true;
    };
  }, [api, initialLink, setError]);

  const handleSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (preview === null) {
      void check(link);
      return;
    }
    void run(async () => onJoined(await api.call('collab:join', { link })));
  };

  return (
    <dialog ref={dialogRef} className="dialog" aria-labelledby={`${id}-title`} onClose={onClose}>
      <form method="dialog" onSubmit={handleSubmit}>
        <h2 id={`${id}-title`}>Join a shared letter</h2>
        {preview === null ? (
          <>
            <label htmlFor={id}>Invite link</label>
            <input
              id={id}
              value={link}
              maxLength={4000}
              onChange={(event) => setLink(event.target.value)}
              autoFocus
            />
          </>
        ) : (
          <JoinQuestion preview={preview} />
        )}
        <ErrorLine message={error} />
        <div className="dialog-actions">
          <button type="button" className="button" onClick={onClose}>
            Cancel
          </button>
          <button type="submit" className="button primary" disabled={busy}>
            {preview === null ? 'Continue' : 'Join'}
          </button>
        </div>
      </form>
    </dialog>
  );
}

/** Says what joining will do, naming the server and the letter. */
function JoinQuestion({ preview }: { preview: JoinPreview }) {
  const title = preview.title === null ? null : `“${displayTitle(preview.title)}”`;
  const role = preview.role === 'viewer' ? 'read it' : 'edit it';
  return (
    <div className="join-question">
      <p>
        This link lets you {role} with others through the server <strong>{hostOf(preview.server)}</strong> (
        {preview.server}). Letter: <code>{preview.letterId}</code>.
      </p>
      <p>{OUTCOME_WORDS[preview.outcome](title)}</p>
      <p className="muted">Join only with links from people you trust.</p>
    </div>
  );
}

const OUTCOME_WORDS: Record<JoinPreview['outcome'], (title: string | null) => string> = {
  new: () => 'Joining adds the letter to this computer; its text comes from the server.',
  reopen: (title) => `You joined this letter before: joining opens ${title ?? 'it'} again.`,
  separate: (title) =>
    `A letter on this computer, ${title ?? 'untitled'}, has the same id but was never shared on this server. ` +
    'It stays as it is, on this computer only; the invite opens as a separate new letter.',
};

function hostOf(server: string): string {
  try {
    return new URL(server).host;
  } catch {
    return server;
  }
}
