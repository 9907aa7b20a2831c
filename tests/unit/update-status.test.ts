import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createApi, createInProcessTransport, type Api } from '../../src-common/api/client';
import type { HandlerTable } from '../../src-common/api/handler-table';
import { restartOfferOf, updateStatusSchema, type RestartOutcome } from '../../src-common/api/update-schemas';
import { createBackend, type UpdateSource } from '../../src-main/handlers';
import { openDatabase } from '../../src-main/store/database';
import { createDirectStore, type Store } from '../../src-main/store/store';
import { restartOutcomeOf, updateStatusOf, type UpdateState } from '../../src-main/update/update-policy';
import { tempDir } from '../support/temp';

const INFO = { name: 'Undersigned', version: '0.1.0', mode: 'desktop', dataDir: '/data' } as const;

const stores: Store[] = [];
afterEach(async () => {
  await Promise.all(stores.splice(0).map((store) => store.close()));
});

function table(updates?: UpdateSource): HandlerTable {
  const store = createDirectStore(openDatabase(join(tempDir(), 'updates.sqlite')));
  stores.push(store);
  return createBackend({ store, info: INFO, updates });
}

function api(updates?: UpdateSource): Api {
  return createApi(createInProcessTransport(table(updates)));
}

describe('what the window is told about updates', () => {
  it('offers a restart only once an update is downloaded', () => {
    const states: UpdateState[] = [
      { kind: 'idle' },
      { kind: 'checking' },
      { kind: 'downloading', version: '0.2.0' },
      { kind: 'failed', message: 'offline' },
    ];
    for (const state of states) {
      expect(updateStatusOf(state)).toEqual({ kind: 'none' });
    }
    expect(updateStatusOf(null)).toEqual({ kind: 'none' });
    expect(updateStatusOf({ kind: 'ready', version: '0.2.0' })).toEqual({ kind: 'ready', version: '0.2.0' });
  });

  it('says in plain words what the button does, and nothing when there is no update', () => {
    expect(restartOfferOf({ kind: 'none' })).toBeNull();
    const offer = restartOfferOf({ kind: 'ready', version: '0.2.0' });
    expect(offer?.label).toBe('Restart to update');
    expect(offer?.description).toContain('Undersigned 0.2.0 is ready');
  });

  it('names the outcome of a restart asked from the window', () => {
    expect(restartOutcomeOf('restart')).toBe('restarting');
    expect(restartOutcomeOf('wait-for-save')).toBe('wait-for-save');
    expect(restartOutcomeOf('nothing-ready')).toBe('nothing-ready');
  });

  it('refuses a malformed status', () => {
    expect(updateStatusSchema.safeParse({ kind: 'ready' }).success).toBe(false);
    expect(updateStatusSchema.safeParse({ kind: 'ready', version: '' }).success).toBe(false);
    expect(updateStatusSchema.safeParse({ kind: 'later' }).success).toBe(false);
  });
});

describe('the update channels', () => {
  it('answer "no update" where there is no updater, as in browser mode', async () => {
    const client = api();
    expect(await client.call('app:updateStatus', {})).toEqual({ kind: 'none' });
    expect(await client.call('app:restartToUpdate', {})).toEqual({ outcome: 'nothing-ready' });
  });

  it('carry the updater’s status and restart through the typed API', async () => {
    const restarts: RestartOutcome[] = [];
    const client = api({
      status: () => ({ kind: 'ready', version: '0.2.0' }),
      restart: async () => {
        restarts.push('wait-for-save');
        return 'wait-for-save';
      },
    });
    expect(await client.call('app:updateStatus', {})).toEqual({ kind: 'ready', version: '0.2.0' });
    expect(await client.call('app:restartToUpdate', {})).toEqual({ outcome: 'wait-for-save' });
    expect(restarts).toHaveLength(1);
  });

  it('refuse a request with a payload', async () => {
    expect(await table().invoke('app:updateStatus', { now: true })).toMatchObject({
      ok: false,
      error: { kind: 'invalid-request' },
    });
  });
});
