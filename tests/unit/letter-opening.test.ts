import { describe, expect, it } from 'vitest';
import type { Api } from '../../src-common/api/client';
import { setTimeout as settle } from 'node:timers/promises';
import {
  answeredConnection,
  letterConnection,
  openLetter,
  readAhead,
  type OpenedLetter,
} from '../../src-renderer/letter/letter-opening';

// An API whose every `letters:open` is a new, numbered read, so a test can tell a read taken ahead from a new one.
function countingApi(): { api: Api; reads: () => string[] } {
  const reads: string[] = [];
  const api = {
    call(channel: string, request: { id?: string; letterId?: string }) {
      reads.push(`${channel} ${request.id ?? request.letterId}`);
      return Promise.resolve(channel === 'letters:open' ? { state: String(reads.length) } : null);
    },
  } as unknown as Api;
  return { api, reads: () => reads };
}

const stateOf = async (opening: Promise<OpenedLetter>) => (await opening).state;

describe('a letter read ahead while its screen loads', () => {
  it('is taken once by the screen that opens it; a later opening reads again', async () => {
    const { api, reads } = countingApi();
    readAhead(api, 'letter-a');
    expect(await stateOf(openLetter(api, 'letter-a'))).toBe('1');
    expect(await stateOf(openLetter(api, 'letter-a'))).toBe('3');
    expect(reads()).toEqual(['letters:open letter-a', 'collab:connection letter-a', 'letters:open letter-a']);
  });

  it('is not handed to another letter, nor kept once its screen was left', async () => {
    const { api } = countingApi();
    readAhead(api, 'letter-a');
    expect(await stateOf(openLetter(api, 'letter-b'))).toBe('3');
    const drop = readAhead(api, 'letter-a');
    drop();
    expect(await stateOf(openLetter(api, 'letter-a'))).toBe('6');
  });

  it('leaves a newer read in place when an older one is dropped', async () => {
    const { api } = countingApi();
    const dropOlder = readAhead(api, 'letter-a');
    readAhead(api, 'letter-b');
    dropOlder();
    expect(await stateOf(openLetter(api, 'letter-b'))).toBe('3');
  });

  it('hands over whether the letter is shared once too, apart from its state', async () => {
    const { api, reads } = countingApi();
    readAhead(api, 'letter-a');
    expect(await letterConnection(api, 'letter-a')).toBeNull();
    expect(await stateOf(openLetter(api, 'letter-a'))).toBe('1');
    // A connection made again (new keys after a reset of links) asks the backend afresh.
    await letterConnection(api, 'letter-a');
    expect(reads()).toEqual([
      'letters:open letter-a',
      'collab:connection letter-a',
      'collab:connection letter-a',
    ]);
  });

  it('tells whether the letter is shared once the read ahead has answered, until its screen takes the read', async () => {
    const { api } = countingApi();
    readAhead(api, 'letter-a');
    // Not answered yet: unknown, so the screen waits for the read as before.
    expect(answeredConnection(api, 'letter-a')).toBeNull();
    await settle(0);
    expect(answeredConnection(api, 'letter-a')).toEqual({ connection: null });
    expect(answeredConnection(api, 'letter-b')).toBeNull();
    expect(await letterConnection(api, 'letter-a')).toBeNull();
    // Taken: a connection made again later asks afresh, and nothing stale is left to read.
    expect(answeredConnection(api, 'letter-a')).toBeNull();
  });

  it('tells nothing of a read that failed', async () => {
    const api = { call: () => Promise.reject(new Error('The store is closed.')) } as unknown as Api;
    readAhead(api, 'letter-a');
    await settle(0);
    expect(answeredConnection(api, 'letter-a')).toBeNull();
  });

  it('keeps a failed read for its screen to report, without an unhandled rejection meanwhile', async () => {
    const api = { call: () => Promise.reject(new Error('The store is closed.')) } as unknown as Api;
    readAhead(api, 'letter-a');
    await Promise.resolve();
    await expect(openLetter(api, 'letter-a')).rejects.toThrow('The store is closed.');
  });
});
