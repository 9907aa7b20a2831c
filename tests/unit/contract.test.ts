import { describe, expect, it } from 'vitest';
import { ApiCallError, createApi, createInProcessTransport } from '../../src-common/api/client';
import { CHANNELS, contract, isChannel } from '../../src-common/api/contract';
import { ApiFailure } from '../../src-common/api/errors';
import { createHandlerTable, type Handlers } from '../../src-common/api/handler-table';

const notHere = () => Promise.reject(new ApiFailure('unavailable', 'Not in this test.'));

function fakeHandlers(overrides: Partial<Handlers> = {}): Handlers {
  let settings = { displayName: '', colour: '#2563eb' };
  return {
    'backups:list': notHere,
    'backups:restore': notHere,
    'letters:list': notHere,
    'letters:create': notHere,
    'letters:open': notHere,
    'letters:save': notHere,
    'letters:rename': notHere,
    'letters:duplicate': notHere,
    'letters:trash': notHere,
    'letters:restore': notHere,
    'letters:exportFile': notHere,
    'letters:importFile': notHere,
    'versions:save': notHere,
    'versions:list': notHere,
    'versions:open': notHere,
    'citations:search': notHere,
    'citations:save': notHere,
    'citations:secureUrls': notHere,
    'import:preview': notHere,
    'import:create': notHere,
    'import:readWord': notHere,
    'export:letter': notHere,
    'export:cancel': notHere,
    'export:saveFile': notHere,
    'collab:connection': notHere,
    'collab:servers': notHere,
    'collab:share': notHere,
    'collab:links': notHere,
    'collab:resetLinks': notHere,
    'collab:preview': notHere,
    'collab:protection': notHere,
    'collab:unlock': notHere,
    'collab:join': notHere,
    'directory:search': notHere,
    'directory:get': notHere,
    'directory:save': notHere,
    'directory:delete': notHere,
    'directory:addAlias': notHere,
    'directory:merge': notHere,
    'directory:addMany': notHere,
    'directory:aliases': notHere,
    'directory:resolve': notHere,
    'directory:contacts': notHere,
    'directory:recordLetter': notHere,
    'app:info': async () => ({
      name: 'Undersigned',
      version: '0.0.0',
      mode: 'in-process',
      dataDir: '/tmp/x',
      notice: null,
    }),
    'app:updateStatus': notHere,
    'app:restartToUpdate': notHere,
    'settings:get': async () => settings,
    'settings:update': async (patch) => {
      settings = {
        displayName: patch.displayName ?? settings.displayName,
        colour: patch.colour ?? settings.colour,
      };
      return settings;
    },
    ...overrides,
  };
}

describe('the API contract', () => {
  it('names every channel namespace:verb', () => {
    expect(CHANNELS.length).toBe(Object.keys(contract).length);
    for (const channel of CHANNELS) {
      expect(channel).toMatch(/^[a-z]+:[a-z][a-zA-Z]*$/);
    }
  });

  it('does not take inherited object keys for channels', () => {
    expect(isChannel('settings:get')).toBe(true);
    expect(isChannel('__proto__')).toBe(false);
    expect(isChannel('toString')).toBe(false);
    expect(isChannel(42)).toBe(false);
  });
});

describe('the shared handler table', () => {
  const reported: unknown[] = [];
  const table = createHandlerTable(fakeHandlers(), (_channel, error) => reported.push(error));

  it('refuses an unknown channel with a typed error', async () => {
    expect(await table.invoke('settings:delete', {})).toEqual({
      ok: false,
      error: { kind: 'unknown-channel', message: 'There is no such request: settings:delete.' },
    });
  });

  it.each([
    ['a number for the name', { displayName: 42 }, 'displayName'],
    ['an unknown field', { displayName: 'A', isAdmin: true }, 'isAdmin'],
    ['a colour that is not #rrggbb', { colour: 'red' }, 'colour'],
    ['a name longer than 80 characters', { displayName: 'x'.repeat(81) }, 'at most 80'],
    ['a control character', { displayName: 'a\u0000b' }, 'control characters'],
    ['no payload at all', undefined, 'expected object'],
  ])('refuses %s as invalid-request before any handler runs', async (_label, payload, mention) => {
    const result = await table.invoke('settings:update', payload);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.kind).toBe('invalid-request');
      expect(result.error.message).toContain(mention);
    }
  });

  it('passes a valid payload through, trimmed and normalised', async () => {
    expect(await table.invoke('settings:update', { displayName: '  Dolkun  ', colour: '#AABBCC' })).toEqual({
      ok: true,
      value: { displayName: 'Dolkun', colour: '#aabbcc' },
    });
  });

  it('turns a thrown bug into an internal error without a stack trace, and reports it', async () => {
    const broken = createHandlerTable(
      fakeHandlers({ 'settings:get': () => Promise.reject(new Error('SQLITE_IOERR at /secret/path.js:12')) }),
      (_channel, error) => reported.push(error),
    );
    const result = await broken.invoke('settings:get', {});
    expect(result).toEqual({
      ok: false,
      error: { kind: 'internal', message: expect.stringContaining('Your work is safe') },
    });
    expect(JSON.stringify(result)).not.toContain('/secret/path.js');
    expect(reported).toHaveLength(1);
  });

  it('keeps the kind and message of an ApiFailure', async () => {
    const table = createHandlerTable(
      fakeHandlers({ 'settings:get': () => Promise.reject(new ApiFailure('not-found', 'No such letter.')) }),
      () => undefined,
    );
    expect(await table.invoke('settings:get', {})).toEqual({
      ok: false,
      error: { kind: 'not-found', message: 'No such letter.' },
    });
  });
});

describe('the typed client', () => {
  it('returns typed values over the in-process transport', async () => {
    const api = createApi(createInProcessTransport(createHandlerTable(fakeHandlers(), () => undefined)));
    await api.call('settings:update', { displayName: 'Rushan' });
    expect(await api.call('settings:get', {})).toEqual({ displayName: 'Rushan', colour: '#2563eb' });
  });

  it('throws ApiCallError with the kind of a refused call', async () => {
    const api = createApi(createInProcessTransport(createHandlerTable(fakeHandlers(), () => undefined)));
    await expect(api.call('settings:update', { colour: 'blue' })).rejects.toMatchObject({
      kind: 'invalid-request',
    });
  });

  it('refuses an answer that does not match the contract', async () => {
    const api = createApi(async () => ({ ok: true, value: { displayName: 7 } }));
    const failure = api.call('settings:get', {});
    await expect(failure).rejects.toBeInstanceOf(ApiCallError);
    await expect(failure).rejects.toMatchObject({ kind: 'internal' });
  });
});
