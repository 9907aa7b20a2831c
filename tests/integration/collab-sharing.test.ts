import { mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { HandlerTable } from '../../src-common/api/handler-table';
import type { Channel, RequestOf, ResponseOf } from '../../src-common/api/contract';
import { parseInviteLink } from '../../src-common/collab/invite-links';
import { CollabKeeper } from '../../src-main/collab/collab-keeper';
import { PASSPHRASE_FILE, passphraseBox } from '../../src-main/collab/passphrase-box';
import { ownerOnlyFileBox } from '../../src-main/collab/secret-box';
import { createBackend } from '../../src-main/handlers';
import { openDatabase } from '../../src-main/store/database';
import { createDirectStore } from '../../src-main/store/store';
import { startServer, type RunningServer } from '../../server/server';
import { startWebHost } from '../../src-main/web-host/server';
import { buildAppLink } from '../../src-common/collab/invite-links';
import {
  bodyText,
  connectSealedClient,
  registerSealedLetter,
  waitSealedSynced,
} from '../server/sealed-helpers';
import { createLetterKeys, keysFromFragment } from '../../src-common/crypto/letter-keys';
import { openEnvelope } from '../../src-common/crypto/envelope';
import type { Invite } from '../../src-common/collab/invite-links';
import { tempDir } from '../support/temp';

const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) {
    await cleanup();
  }
});

/** One person's computer: its data folder and the backend serving its app. */
function computer(): {
  dataDir: string;
  call: <C extends Channel>(c: C, r: RequestOf<C>) => Promise<ResponseOf<C>>;
} {
  const dataDir = tempDir('undersigned-collab-');
  const store = createDirectStore(openDatabase(join(dataDir, 'db.sqlite')));
  const info = { name: 'Undersigned', version: '0.0.0', mode: 'browser' as const, dataDir };
  const table: HandlerTable = createBackend({ store, info }, () => undefined);
  cleanups.push(() => store.close());
  return {
    dataDir,
    call: async (channel, request) => {
      const result = await table.invoke(channel, request);
      if (!result.ok) {
        throw new Error(`${result.error.kind}: ${result.error.message}`);
      }
      return result.value as ResponseOf<typeof channel>;
    },
  };
}

async function collabServer(): Promise<RunningServer> {
  const server = await startServer({
    host: '127.0.0.1',
    port: 0,
    dataDir: tempDir('undersigned-server-'),
    log: () => undefined,
  });
  cleanups.push(() => server.close());
  return server;
}

/** A collaboration server and an owner's computer with one letter shared on it. */
async function sharedLetter() {
  const server = await collabServer();
  const owner = computer();
  const { id } = await owner.call('letters:create', { title: 'Open letter' });
  const shared = await owner.call('collab:share', {
    letterId: id,
    server: server.url,
    instanceKey: server.instanceKey,
  });
  return { server, owner, id, shared };
}

describe('sharing a letter', () => {
  it('registers it with the instance key, hands out links, and lets another computer join', async () => {
    const server = await collabServer();
    const owner = computer();
    const { id } = await owner.call('letters:create', { title: 'Open letter' });
    await expect(owner.call('collab:share', { letterId: id, server: server.url })).rejects.toThrow(
      /instance key/,
    );
    await expect(
      owner.call('collab:share', { letterId: id, server: server.url, instanceKey: 'not-the-key-0123456789' }),
    ).rejects.toThrow(/did not accept this instance key/);
    const shared = await owner.call('collab:share', {
      letterId: id,
      server: server.url,
      instanceKey: server.instanceKey,
    });
    expect(shared.reloadNeeded).toBe(true);
    const editorLink = parseInviteLink(shared.links.editor.app);
    expect(editorLink).toMatchObject({
      ok: true,
      invite: { server: server.url, letterId: id, role: 'editor' },
    });
    expect(parseInviteLink(shared.links.viewer.web)).toMatchObject({ ok: true, invite: { role: 'viewer' } });
    expect(await owner.call('collab:servers', {})).toEqual([{ server: server.url, hasInstanceKey: true }]);

    const guest = computer();
    const joined = await guest.call('collab:join', { link: shared.links.editor.web });
    expect(joined).toEqual({ letterId: id, reloadNeeded: true });
    const connection = await guest.call('collab:connection', { letterId: id });
    expect(connection).toMatchObject({ server: server.url, role: 'editor' });
    expect((await guest.call('letters:list', {})).map((letter) => letter.id)).toContain(id);
    expect(await guest.call('collab:links', { letterId: id })).toEqual({
      server: server.url,
      role: 'editor',
      links: null,
    });

    // The guest's token opens the letter on the server, and the keys the link carried were kept with it.
    const keys = keysFromFragment(new URLSearchParams(connection?.keys ?? ''));
    if (!keys.ok || !editorLink.ok || !editorLink.invite.keys) {
      throw new Error('The guest has no keys for the letter.');
    }
    expect(keys.keys).toEqual(editorLink.invite.keys);
    const client = await connectSealedClient(server.url, id, connection?.token ?? '', keys.keys);
    cleanups.push(async () => void (await client.leave()));
    await waitSealedSynced(client);
  });

  it('lets the page connect to a server only once this computer knows it (Content-Security-Policy)', async () => {
    const server = await collabServer();
    const dataDir = tempDir('undersigned-csp-');
    const staticDir = join(dataDir, 'static');
    mkdirSync(staticDir);
    writeFileSync(join(staticDir, 'index.html'), '<!doctype html><title>Undersigned</title>');
    const store = createDirectStore(openDatabase(join(dataDir, 'db.sqlite')));
    cleanups.push(() => store.close());
    const keeper = new CollabKeeper(dataDir, ownerOnlyFileBox);
    const info = { name: 'Undersigned', version: '0.0.0', mode: 'browser' as const, dataDir };
    const host = await startWebHost({
      port: 0,
      staticDir,
      table: createBackend({ store, info, collab: keeper }, () => undefined),
      token: 'page-token',
      collaborationServers: () => keeper.servers().map((known) => known.server),
    });
    cleanups.push(() => host.close());
    const policy = async () =>
      (await fetch(`http://127.0.0.1:${host.port}/index.html`)).headers.get('content-security-policy') ?? '';
    const socketOrigin = server.url.replace('http:', 'ws:');
    expect(await policy()).not.toContain(socketOrigin);
    keeper.rememberAccess('abcdefgh1234', { server: server.url, role: 'editor', token: 't'.repeat(43) });
    expect(await policy()).toContain(`connect-src 'self' ${server.url} ${socketOrigin}`);
  });

  it('resets the links with new keys: the old ones stop working, and cannot read what is written after', async () => {
    const { server, owner, id, shared } = await sharedLetter();
    const old = inviteOf(shared.links.editor.app);
    const before = await connectSealedClient(server.url, id, old.token, old.keys);
    await waitSealedSynced(before);
    const reset = await owner.call('collab:resetLinks', { letterId: id });
    expect(reset.links.editor.app).not.toBe(shared.links.editor.app);
    expect((await before.socket.closed).code).toBe(4401);
    expect(await owner.call('collab:links', { letterId: id })).toMatchObject({ links: reset.links });

    const fresh = inviteOf(reset.links.editor.app);
    expect(fresh.keys.epoch).toBe(old.keys.epoch + 1);
    const writer = await connectSealedClient(server.url, id, fresh.token, fresh.keys);
    const reader = await connectSealedClient(server.url, id, fresh.token, fresh.keys);
    cleanups.push(async () => void (await Promise.all([writer.leave(), reader.leave()])));
    await Promise.all([waitSealedSynced(writer), waitSealedSynced(reader)]);
    writer.doc.getText('body').insert(0, 'Written after the reset.');
    await waitSealedSynced(writer);
    await expect.poll(() => bodyText(reader.doc)).toBe('Written after the reset.');
    const relayed = reader.socket.received.filter((message) => message.type === 'relay' && message.seq > 0);
    expect(relayed.length).toBeGreaterThan(0);
    for (const message of relayed) {
      if (message.type === 'relay') {
        expect(openEnvelope(id, message.envelope, old.keys)).toEqual({ ok: false, problem: 'other-keys' });
      }
    }
  });

  it('refuses to reset the links of a letter shared before end-to-end encryption, in plain words', async () => {
    const dataDir = tempDir('undersigned-old-share-');
    const store = createDirectStore(openDatabase(join(dataDir, 'db.sqlite')));
    cleanups.push(() => store.close());
    const keeper = new CollabKeeper(dataDir, ownerOnlyFileBox);
    const info = { name: 'Undersigned', version: '0.0.0', mode: 'browser' as const, dataDir };
    const table = createBackend({ store, info, collab: keeper }, () => undefined);
    const id = 'abcdefgh1234';
    // What an owner's computer kept of a letter shared before its keys were: tokens, and no keys.
    keeper.rememberAccess(id, {
      server: 'https://collab.example.org',
      role: 'owner',
      token: 'o'.repeat(43),
      editorToken: 'e'.repeat(43),
      viewerToken: 'v'.repeat(43),
    });
    const result = await table.invoke('collab:resetLinks', { letterId: id });
    expect(result).toMatchObject({
      ok: false,
      error: { message: 'This letter was shared before end-to-end encryption: share it again.' },
    });
  });

  it('keeps the secrets in a file only its owner can read, and sets an unreadable one aside', async () => {
    const server = await collabServer();
    const owner = computer();
    const { id } = await owner.call('letters:create', { title: 'Open letter' });
    await owner.call('collab:share', { letterId: id, server: server.url, instanceKey: server.instanceKey });
    const file = join(owner.dataDir, ownerOnlyFileBox.fileName);
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(new CollabKeeper(owner.dataDir, ownerOnlyFileBox).access(id)).toMatchObject({ role: 'owner' });
    writeFileSync(file, '{"version": 2');
    const lines: string[] = [];
    const fresh = new CollabKeeper(owner.dataDir, ownerOnlyFileBox, (line) => lines.push(line));
    expect(fresh.access(id)).toBeNull();
    expect(lines[0]).toMatch(/unreadable-/);
    const aside = lines[0]?.match(/kept as (.*)\.$/)?.[1] ?? '';
    expect(readFileSync(aside, 'utf8')).toBe('{"version": 2');
  });

  it('refuses links that are not invites, and servers without https', async () => {
    const guest = computer();
    await expect(guest.call('collab:join', { link: 'https://example.org/nothing' })).rejects.toThrow(
      /not an Undersigned invite link/,
    );
    const { id } = await guest.call('letters:create', { title: 'Open letter' });
    await expect(
      guest.call('collab:share', {
        letterId: id,
        server: 'http://collab.example.org',
        instanceKey: 'k'.repeat(43),
      }),
    ).rejects.toThrow(/https/);
  });

  it('never binds a letter here to a link for its id on another server: the invite joins as a new letter', async () => {
    const hostile = await collabServer();
    const victim = computer();
    const { id } = await victim.call('letters:create', { title: 'Private draft' });
    // Whoever holds an instance key registers the id read from a letter file, and sends an editor link for it.
    const keys = createLetterKeys();
    const { tokens } = await registerSealedLetter(hostile, keys, id);
    const link = buildAppLink({
      server: hostile.url,
      letterId: id,
      role: 'editor',
      token: tokens.editor,
      keys,
    });

    expect(await victim.call('collab:preview', { link })).toEqual({
      server: hostile.url,
      letterId: id,
      role: 'editor',
      outcome: 'separate',
      title: 'Private draft',
    });
    const joined = await victim.call('collab:join', { link });
    expect(joined.letterId).not.toBe(id);
    // The letter here stays local: the page opens no connection for it.
    expect(await victim.call('collab:connection', { letterId: id })).toBeNull();
    expect(await victim.call('collab:connection', { letterId: joined.letterId })).toMatchObject({
      server: hostile.url,
      room: id,
      role: 'editor',
    });
    // The same link again opens the letter it made, not the private one and not a third.
    expect(await victim.call('collab:preview', { link })).toMatchObject({ outcome: 'reopen' });
    expect(await victim.call('collab:join', { link })).toEqual({
      letterId: joined.letterId,
      reloadNeeded: false,
    });
    const ids = (await victim.call('letters:list', {})).map((letter) => letter.id);
    expect(ids.sort()).toEqual([id, joined.letterId].sort());
  });

  it('keeps the owner’s own access when the owner opens a link of the letter they shared', async () => {
    const { owner, id, shared } = await sharedLetter();
    expect(await owner.call('collab:preview', { link: shared.links.viewer.app })).toMatchObject({
      outcome: 'reopen',
      title: 'Open letter',
    });
    expect(await owner.call('collab:join', { link: shared.links.viewer.app })).toEqual({
      letterId: id,
      reloadNeeded: false,
    });
    expect(await owner.call('collab:connection', { letterId: id })).toMatchObject({
      role: 'owner',
      room: id,
    });
  });
});

describe('secrets sealed with a passphrase', () => {
  it('keep sharing locked until the passphrase is given, and open only with the same one after a restart', async () => {
    const dataDir = tempDir('undersigned-locked-');
    const path = join(dataDir, PASSPHRASE_FILE);
    const keeper = new CollabKeeper(dataDir, passphraseBox(path));
    expect(keeper.protection()).toEqual({ kind: 'passphrase', locked: true, passphraseSet: false });
    expect(keeper.servers()).toEqual([]);
    expect(() => keeper.access('abcdefgh1234')).toThrow(/Sharing is locked/u);
    expect(() => keeper.unlock('too short')).toThrow(/at least 12 characters/u);
    keeper.unlock('a long enough passphrase');
    keeper.rememberAccess('abcdefgh1234', {
      server: 'https://collab.example.org',
      role: 'editor',
      token: 'tok-secret-1',
    });
    expect(readFileSync(path).toString('latin1')).not.toContain('tok-secret-1');

    const restarted = new CollabKeeper(dataDir, passphraseBox(path));
    expect(restarted.protection()).toEqual({ kind: 'passphrase', locked: true, passphraseSet: true });
    expect(() => restarted.unlock('another passphrase')).toThrow(/does not open/u);
    restarted.unlock('a long enough passphrase');
    expect(restarted.access('abcdefgh1234')).toMatchObject({ token: 'tok-secret-1' });
    expect(restarted.servers()).toEqual([{ server: 'https://collab.example.org', hasInstanceKey: false }]);
  });
});

/** The invite a link carries, with the keys every link of a letter shared now must hold. */
function inviteOf(link: string): Invite & { keys: NonNullable<Invite['keys']> } {
  const parsed = parseInviteLink(link);
  if (!parsed.ok || !parsed.invite.keys) {
    throw new Error(parsed.ok ? 'The link carries no keys.' : parsed.problem);
  }
  return { ...parsed.invite, keys: parsed.invite.keys };
}
