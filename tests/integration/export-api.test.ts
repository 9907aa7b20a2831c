import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApi, type Api } from '../../src-common/api/client';
import { createBackend } from '../../src-main/handlers';
import { openDatabase } from '../../src-main/store/database';
import { createDirectStore, type Store } from '../../src-main/store/store';
import { solidPng } from '../support/images';
import { tempDir } from '../support/temp';

let store: Store;
let api: Api;
let letterId: string;

beforeAll(async () => {
  const dataDir = tempDir('undersigned-export-api-');
  store = createDirectStore(openDatabase(join(dataDir, 'db.sqlite')));
  const info = { name: 'Undersigned', version: '0.0.0', mode: 'browser' as const, dataDir };
  const table = createBackend({ store, info }, () => undefined);
  api = createApi((channel, payload) => table.invoke(channel, payload));
  letterId = (await api.call('letters:create', { title: 'Letter to the High Commissioner' })).id;
});

afterAll(async () => {
  await store.close();
});

describe('the export channels in browser mode', () => {
  it('cancels a PDF being printed, and says so to the export that was waiting for it', async () => {
    const jobId = crypto.randomUUID();
    const exporting = api.call('export:letter', { id: letterId, choices: { format: 'pdf' }, jobId });
    const failed = exporting.then(
      () => 'finished',
      (error: unknown) => (error instanceof Error ? error.message : String(error)),
    );
    // The job is known as soon as the handler starts; cancelling is retried until then.
    await expect.poll(async () => (await api.call('export:cancel', { jobId })).cancelled).toBe(true);
    expect(await failed).toBe('The export was cancelled.');
    expect(await api.call('export:cancel', { jobId })).toEqual({ cancelled: false });
  });

  it('has no save dialog: browser mode downloads instead', async () => {
    await expect(
      api.call('export:saveFile', { fileName: 'letter.pdf', format: 'pdf', base64: 'JVBERi0=' }),
    ).rejects.toMatchObject({ kind: 'unavailable' });
  });

  it('takes a letterhead that is an image, and refuses one that is not', async () => {
    const letterhead = { mimeType: 'image/png' as const, base64: solidPng(200, 40).toString('base64') };
    const page = await api.call('export:letter', {
      id: letterId,
      choices: { format: 'html', letterhead, margins: 'wide', columns: 1 },
    });
    expect(Buffer.from(page.base64, 'base64').toString('utf8')).toContain('<img class="letter-letterhead"');
    const text = { mimeType: 'image/png' as const, base64: Buffer.from('hello').toString('base64') };
    await expect(
      api.call('export:letter', { id: letterId, choices: { format: 'pdf', letterhead: text } }),
    ).rejects.toMatchObject({ kind: 'invalid-request' });
  });
});
