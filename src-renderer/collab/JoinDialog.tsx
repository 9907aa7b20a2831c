import { useEffect, useId, useState } from 'react';
import type { JoinPreview } from '../../src-common/api/collab-schemas';
import { displayTitle } from '../../src-common/letter/letter-doc';
import { messageOf } from '../api/message-of';
import { useBusyAction } from '../ui/use-busy-action';
import { FormDialog } from '../ui/FormDialog';
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
  const [link, setLink] = useState(initialLink);
  const [preview, setPreview] = useState<JoinPreview | null>(null);
  // Shared with the form, so a failed check of the link the dialog opened with shows in its error line.
  const action = useBusyAction();
  const { setError } = action;
  const id = useId();

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

  const submit = async () => {
    if (preview === null) {
      setPreview(await api.call('collab:preview', { link }));
      return;
    }
    onJoined(await api.call('collab:join', { link }));
  };

  return (
    <FormDialog
      title="Join a shared letter"
      submitLabel={preview === null ? 'Continue' : 'Join'}
      onSubmit={submit}
      onClose={onClose}
      action={action}
    >
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
    </FormDialog>
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
