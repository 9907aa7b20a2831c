import type { ShareLinks } from '../../src-common/api/collab-schemas';
import { ApiFailure } from '../../src-common/api/errors';
import type { Handlers } from '../../src-common/api/handler-table';
import {
  buildAppLink,
  buildWebLink,
  parseInviteLink,
  type Invite,
} from '../../src-common/collab/invite-links';
import { SHARED_BEFORE_ENCRYPTION } from '../../src-common/collab/sealed-messages';
import { readServerAddress } from '../../src-common/collab/server-address';
import {
  createLetterKeys,
  keysFromFragmentText,
  keysToFragment,
  viewerKeys,
  type LetterKeys,
} from '../../src-common/crypto/letter-keys';
import { newLetterId } from '../store/letters/letter-id';
import type { Store } from '../store/store';
import type { CollabKeeper, LetterAccess } from './collab-keeper';
import { planJoin, type JoinPlan } from './join-plan';
import { newToken, newTokenSet, registerOnServer, resetOnServer } from './server-client';

type CollabChannel =
  | 'collab:connection'
  | 'collab:servers'
  | 'collab:share'
  | 'collab:links'
  | 'collab:resetLinks'
  | 'collab:protection'
  | 'collab:unlock'
  | 'collab:preview'
  | 'collab:join';

const ROLE_RANK = { viewer: 0, editor: 1, owner: 2 } as const;

/**
 * True when the access this computer holds beats a link's: the owner's own, or an editor's over a viewer link. A
 * link of the same role replaces the token (the links may have been reset since).
 */
function keepsAccess(held: LetterAccess['role'], offered: LetterAccess['role']): boolean {
  return held === 'owner' || ROLE_RANK[held] > ROLE_RANK[offered];
}

/** The collaboration channels: sharing a letter, its invite links, and joining one from a link. */
export function collabHandlers(keeper: CollabKeeper, store: Store): Pick<Handlers, CollabChannel> {
  return {
    'collab:connection': async ({ letterId }) => {
      const access = keeper.access(letterId);
      return (
        access && {
          server: access.server,
          room: access.remoteLetterId ?? letterId,
          role: access.role,
          token: access.token,
          ...(access.keys === undefined ? {} : { keys: access.keys }),
        }
      );
    },
    'collab:servers': async () => keeper.servers(),
    'collab:protection': async () => keeper.protection(),
    'collab:unlock': async ({ passphrase }) => {
      keeper.unlock(passphrase);
      return { unlocked: true as const };
    },
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
      const keys = createLetterKeys();
      await registerOnServer(server, key, letterId, tokens, keys);
      const reloadNeeded = !keeper.knows(server);
      keeper.rememberInstanceKey(server, key);
      const access: LetterAccess = {
        server,
        role: 'owner',
        token: tokens.owner,
        editorToken: tokens.editor,
        viewerToken: tokens.viewer,
        keys: keysToFragment(keys),
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
      const current = storedKeys(access);
      if (!current) {
        throw new ApiFailure('conflict', SHARED_BEFORE_ENCRYPTION);
      }
      const next = { editor: newToken(), viewer: newToken() };
      // New keys too: whoever kept an old link can then neither read what is written from now on nor write.
      const nextKeys = createLetterKeys(current.epoch + 1);
      await resetOnServer(access.server, access.remoteLetterId ?? letterId, access.token, next, nextKeys);
      const updated = {
        ...access,
        editorToken: next.editor,
        viewerToken: next.viewer,
        keys: keysToFragment(nextKeys),
      };
      keeper.rememberAccess(letterId, updated);
      return { links: ownerLinksOrFail(letterId, updated) };
    },
    'collab:preview': async ({ link }) => {
      const invite = inviteOrFail(link);
      const plan = await joinPlanFor(keeper, store, invite);
      const here = plan.kind === 'separate' ? plan.existingId : plan.letterId;
      const letter = plan.kind === 'new' ? null : await store.call('findLetter', { id: here });
      return {
        server: invite.server,
        letterId: invite.letterId,
        role: invite.role,
        outcome: plan.kind,
        title: letter?.title ?? null,
      };
    },
    'collab:join': async ({ link }) => {
      const invite = inviteOrFail(link);
      const plan = await joinPlanFor(keeper, store, invite);
      await store.call('ensureJoinedLetter', { id: plan.letterId });
      const existing = keeper.access(plan.letterId);
      if (plan.kind === 'reopen' && existing && keepsAccess(existing.role, invite.role)) {
        return { letterId: plan.letterId, reloadNeeded: false };
      }
      const reloadNeeded = !keeper.knows(invite.server);
      keeper.rememberAccess(plan.letterId, {
        server: invite.server,
        role: invite.role,
        token: invite.token,
        ...(invite.keys ? { keys: keysToFragment(invite.keys) } : {}),
        ...(plan.letterId === invite.letterId ? {} : { remoteLetterId: invite.letterId }),
      });
      return { letterId: plan.letterId, reloadNeeded };
    },
  };
}

/** The invite a link carries, with its server address checked as the Share dialog checks one typed in. */
function inviteOrFail(link: string): Invite {
  const parsed = parseInviteLink(link);
  if (!parsed.ok) {
    throw new ApiFailure('invalid-request', parsed.problem);
  }
  return { ...parsed.invite, server: serverOrFail(parsed.invite.server) };
}

/** Decides what a join does, from this computer's letters and sharing records (see {@link planJoin}). */
async function joinPlanFor(keeper: CollabKeeper, store: Store, invite: Invite): Promise<JoinPlan> {
  const boundHere = keeper.localLetterFor(invite.server, invite.letterId);
  const idInUse =
    keeper.access(invite.letterId) !== null ||
    (await store.call('findLetter', { id: invite.letterId })) !== null;
  return planJoin(invite.letterId, { boundHere, idInUse }, newLetterId);
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
  const keys = storedKeys(access);
  const invite = (role: 'editor' | 'viewer', token: string) => {
    const parts: Invite = { server: access.server, letterId: access.remoteLetterId ?? letterId, role, token };
    if (keys) {
      parts.keys = role === 'viewer' ? viewerKeys(keys) : keys;
    }
    return { app: buildAppLink(parts), web: buildWebLink(parts) };
  };
  return { editor: invite('editor', access.editorToken), viewer: invite('viewer', access.viewerToken) };
}

/** The letter's keys as this computer keeps them; null for a letter shared before end-to-end encryption. */
function storedKeys(access: LetterAccess): LetterKeys | null {
  if (access.keys === undefined) {
    return null;
  }
  const read = keysFromFragmentText(access.keys);
  if (!read.ok) {
    throw new ApiFailure('conflict', 'The keys of this shared letter are damaged on this computer.');
  }
  return read.keys;
}
