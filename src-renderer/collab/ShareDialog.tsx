import { useEffect, useId, useState, type FormEvent } from 'react';
import type { ShareLinks } from '../../src-common/api/collab-schemas';
import type { SaveQueue } from '../../src-common/letter/save-queue';
import { messageOf } from '../api/message-of';
import { CloseButton } from '../ui/CloseButton';
import { Dialog } from '../ui/Dialog';
import { SubmitButton } from '../ui/SubmitButton';
import { InviteLinks } from './InviteLinks';
import { showLinksAfterReload } from './links-after-reload';
import { openJoined } from './open-joined';
import { ErrorLine } from '../ui/ErrorLine';
import { useBusyAction } from '../ui/use-busy-action';
import { useApi } from '../api/api-context';
import './collab.css';

interface ShareDialogProps {
  letterId: string;
  queue: SaveQueue;
  onClose(): void;
}

type View =
  | { kind: 'loading' }
  | { kind: 'form'; servers: { server: string; hasInstanceKey: boolean }[] }
  | { kind: 'owner'; server: string; links: ShareLinks }
  | { kind: 'guest'; server: string; role: string }
  | { kind: 'failed'; message: string };

/** "Share…": put the letter on a collaboration server and hand out editor and viewer links. */
export function ShareDialog({ letterId, queue, onClose }: ShareDialogProps) {
  const api = useApi();
  const [view, setView] = useState<View>({ kind: 'loading' });

  useEffect(() => {
    let cancelled = false;
    Promise.all([api.call('collab:links', { letterId }), api.call('collab:servers', {})]).then(
      ([shared, servers]) => {
        if (cancelled) {
          return;
        }
        if (!shared) {
          setView({ kind: 'form', servers });
        } else if (shared.links) {
          setView({ kind: 'owner', server: shared.server, links: shared.links });
        } else {
          setView({ kind: 'guest', server: shared.server, role: shared.role });
        }
      },
      (error: unknown) => !cancelled && setView({ kind: 'failed', message: messageOf(error) }),
    );
    return () => {
      cancelled = true;
    };
  }, [api, letterId]);

  return (
    <Dialog
      title="Share this letter"
      className="share-dialog"
      onClose={onClose}
      actions={
        // The form has its own row, with Share beside Close.
        view.kind !== 'form' && <CloseButton onClose={onClose} />
      }
    >
      {view.kind === 'loading' && <p className="muted">Loading…</p>}
      {view.kind === 'failed' && <ErrorLine message={view.message} />}
      {view.kind === 'form' && (
        <ShareForm
          letterId={letterId}
          servers={view.servers}
          onClose={onClose}
          onShared={async (server, links, reloadNeeded) => {
            if (reloadNeeded) {
              // Unsaved edits must reach the local store before the page reloads to allow the new server.
              await queue.whenSaved();
              showLinksAfterReload(letterId);
              openJoined({ letterId, reloadNeeded }, () => undefined);
              return;
            }
            setView({ kind: 'owner', server, links });
          }}
        />
      )}
      {view.kind === 'owner' && (
        <InviteLinks
          letterId={letterId}
          server={view.server}
          links={view.links}
          onReset={(links) => setView({ ...view, links })}
        />
      )}
      {view.kind === 'guest' && (
        <p>
          You joined this letter as {view.role === 'viewer' ? 'a viewer' : 'an editor'} through {view.server}.
          Only the person who shared it can hand out links.
        </p>
      )}
    </Dialog>
  );
}

interface ShareFormProps {
  letterId: string;
  servers: { server: string; hasInstanceKey: boolean }[];
  onShared(server: string, links: ShareLinks, reloadNeeded: boolean): Promise<void>;
  onClose(): void;
}

/** The server form; its Close sits beside Share in one row of actions, as in the other dialogs. */
function ShareForm({ letterId, servers, onShared, onClose }: ShareFormProps) {
  const api = useApi();
  const [server, setServer] = useState(servers[0]?.server ?? '');
  const [instanceKey, setInstanceKey] = useState('');
  const { busy, error, run } = useBusyAction();
  const serverId = useId();
  const keyId = useId();
  const knownKey = servers.some((known) => known.server === server.trim() && known.hasInstanceKey);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    void run(async () => {
      const shared = await api.call('collab:share', {
        letterId,
        server,
        ...(instanceKey.trim() ? { instanceKey } : {}),
      });
      await onShared(server.trim(), shared.links, shared.reloadNeeded);
    });
  };

  return (
    <form onSubmit={submit}>
      <p className="muted">
        The letter goes to a collaboration server your coalition runs. Only people with a link can open it.
      </p>
      <label htmlFor={serverId}>Server address</label>
      <input
        id={serverId}
        value={server}
        placeholder="https://collab.example.org"
        onChange={(event) => setServer(event.target.value)}
        autoFocus
        required
      />
      {!knownKey && (
        <>
          <label htmlFor={keyId}>Instance key</label>
          <input
            id={keyId}
            type="password"
            autoComplete="off"
            value={instanceKey}
            onChange={(event) => setInstanceKey(event.target.value)}
            aria-describedby={`${keyId}-hint`}
          />
          <p id={`${keyId}-hint`} className="muted">
            Needed once per server; whoever runs the server has it. This computer keeps it.
          </p>
        </>
      )}
      <ErrorLine message={error} />
      <div className="dialog-actions">
        <CloseButton onClose={onClose} />
        <SubmitButton label="Share" busyLabel="Sharing…" busy={busy} />
      </div>
    </form>
  );
}
