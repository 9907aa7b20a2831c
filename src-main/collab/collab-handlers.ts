import type { ShareLinks } from '../../src-common/api/collab-schemas';
import { ApiFailure } from '../../src-common/api/errors';
import type { Handlers } from '../../src-common/api/handler-table';
import { buildAppLink, buildWebLink, parseInviteLink } from '../../src-common/collab/invite-links';
import { readServerAddress } from '../../src-common/collab/server-address';
import type { Store } from '../store/store';
import type { CollabKeeper, LetterAccess } from './collab-keeper';
import { newToken, newTokenSet, registerOnServer, resetOnServer } from './server-client';

type CollabChannel =
  | 'collab:connection'
  | 'collab:servers'
  | 'collab:share'
  | 'collab:links'
  | 'collab:resetLinks'
  | 'collab:join';

/** The collaboration channels: sharing a letter, its invite links, and joining one from a link. */
export function collabHandlers(keeper: CollabKeeper, store: Store): Pick<Handlers, CollabChannel> {
  return {
    'collab:connection': async ({ letterId }) => {
      const access = keeper.access(letterId);
      return access && { server: access.server, role: access.role, token: access.token };
    },
    'collab:servers': async () => keeper.servers(),
    'collab:share': async ({ letterId, server: typed, instanceKey }) => {
      const server = serverOrFail(typed);
      const existing = keeper.access(letterId);
      if (existing) {
        return { links: ownerLinksOrFail(letterId, existing), reloadNeeded: false };
      }
      await store.call('openLetter', { id: letterId });
      const key = instanceKey ?? keeper.instanceKey(server);
      if (key === undefined) {
        throw new ApiFailure(
          'invalid-request',
          'Enter the server’s instance key: whoever runs the server has it.',
        );
      }
      const tokens = newTokenSet();
      await registerOnServer(server, key, letterId, tokens);
      const reloadNeeded = !keeper.knows(server);
      keeper.rememberInstanceKey(server, key);
      const access: LetterAccess = {
        server,
        role: 'owner',
        token: tokens.owner,
        editorToken: tokens.editor,
        viewerToken: tokens.viewer,
      };
      keeper.rememberAccess(letterId, access);
      return { links: ownerLinksOrFail(letterId, access), reloadNeeded };
    },
    'collab:links': async ({ letterId }) => {
      const access = keeper.access(letterId);
      if (!access) {
        return null;
      }
      const links = access.role === 'owner' ? ownerLinksOrFail(letterId, access) : null;
      return { server: access.server, role: access.role, links };
    },
    'collab:resetLinks': async ({ letterId }) => {
      const access = keeper.access(letterId);
      if (access?.role !== 'owner') {
        throw new ApiFailure(
          'invalid-request',
          'Only the person who shared this letter can reset its links.',
        );
      }
      const next = { editor: newToken(), viewer: newToken() };
      await resetOnServer(access.server, letterId, access.token, next);
      const updated = { ...access, editorToken: next.editor, viewerToken: next.viewer };
      keeper.rememberAccess(letterId, updated);
      return { links: ownerLinksOrFail(letterId, updated) };
    },
    'collab:join': async ({ link }) => {
      const parsed = parseInviteLink(link);
      if (!parsed.ok) {
        throw new ApiFailure('invalid-request', parsed.problem);
      }
      const { invite } = parsed;
      const server = serverOrFail(invite.server);
      const existing = keeper.access(invite.letterId);
      if (existing?.role === 'owner') {
        // The owner's own link already gives more than any invite: keep it.
        return { letterId: invite.letterId, reloadNeeded: false };
      }
      await store.call('ensureJoinedLetter', { id: invite.letterId });
      const reloadNeeded = !keeper.knows(server);
      keeper.rememberAccess(invite.letterId, {
        server,
        role: invite.role,
        token: invite.token,
      });
      return { letterId: invite.letterId, reloadNeeded };
    },
  };
}

function serverOrFail(typed: string): string {
  const address = readServerAddress(typed);
  if (!address.ok) {
    throw new ApiFailure('invalid-request', address.problem);
  }
  return address.server;
}

function ownerLinksOrFail(letterId: string, access: LetterAccess): ShareLinks {
  if (access.role !== 'owner' || !access.editorToken || !access.viewerToken) {
    throw new ApiFailure('conflict', 'This letter was shared with you; only its owner can hand out links.');
  }
  const invite = (role: 'editor' | 'viewer', token: string) => {
    const parts = { server: access.server, letterId, role, token };
    return { app: buildAppLink(parts), web: buildWebLink(parts) };
  };
  return { editor: invite('editor', access.editorToken), viewer: invite('viewer', access.viewerToken) };
}
