import { describe, expect, it } from 'vitest';
import { roleForToken } from '../../server/auth';
import { sha256Hex } from '../../src-node/secrets';
import { readCommandLine } from '../../server/cli';
import { ConfigError, DEFAULT_LIMITS, resolveConfig } from '../../server/config';
import { TokenBucket } from '../../server/limits';
import { decodeSealedClientMessage } from '../../src-common/collab/sealed-messages';
import { seededRandom } from './helpers';

describe('server configuration', () => {
  it('merges what it is given over the defaults, limit by limit', () => {
    const config = resolveConfig({ port: 0, limits: { maxDocBytes: 1000 } });
    expect(config).toMatchObject({ host: '127.0.0.1', port: 0, dataDir: './server-data' });
    expect(config.limits).toEqual({ ...DEFAULT_LIMITS, maxDocBytes: 1000 });
    expect(resolveConfig().port).toBe(1234);
  });

  it('refuses numbers it cannot run with', () => {
    expect(() => resolveConfig({ port: 70_000 })).toThrow(ConfigError);
    expect(() => resolveConfig({ limits: { messagesPerSecond: 0 } })).toThrow(/messagesPerSecond/);
    expect(() => resolveConfig({ limits: { maxDocBytes: Number.NaN } })).toThrow(/maxDocBytes/);
    expect(() => resolveConfig({ limits: { maxConnectionsPerLetter: 10 } })).toThrow(/reserved for writers/);
  });

  it('reads the command line and the instance key from the environment', () => {
    const input = readCommandLine(
      ['--host', '0.0.0.0', '--port', '0', '--data-dir', '/srv/data', '--max-doc-bytes', '5000'],
      { UNDERSIGNED_INSTANCE_KEY: 'k'.repeat(20) },
    );
    expect(input).toMatchObject({
      host: '0.0.0.0',
      port: 0,
      dataDir: '/srv/data',
      instanceKey: 'k'.repeat(20),
    });
    expect(input.limits).toEqual({ maxDocBytes: 5000 });
    expect(readCommandLine([], {})).toMatchObject({
      host: undefined,
      port: undefined,
      instanceKey: undefined,
    });
    expect(() => readCommandLine(['--port', 'many'], {})).toThrow(/--port must be a whole number/);
    expect(() => readCommandLine(['--verbose'], {})).toThrow(ConfigError);
  });
});

describe('server tokens', () => {
  const tokens = { owner: 'owner-token', editor: 'editor-token', viewer: 'viewer-token' };
  const hashes = {
    owner: sha256Hex(tokens.owner),
    editor: sha256Hex(tokens.editor),
    viewer: sha256Hex(tokens.viewer),
  };

  it('finds the role a token grants, and none for anything else', () => {
    expect(roleForToken(tokens.owner, hashes)).toBe('owner');
    expect(roleForToken(tokens.editor, hashes)).toBe('editor');
    expect(roleForToken(tokens.viewer, hashes)).toBe('viewer');
    for (const other of [null, undefined, '', 'owner-token ', hashes.owner]) {
      expect(roleForToken(other, hashes)).toBeNull();
    }
  });
});

describe('server rate limit', () => {
  it('lets a burst through, then only the sustained rate', () => {
    let now = 0;
    const bucket = new TokenBucket(10, 5, () => now);
    expect(Array.from({ length: 6 }, () => bucket.take(1))).toEqual([true, true, true, true, true, false]);
    now = 100;
    expect(bucket.take(1)).toBe(true);
    expect(bucket.take(1)).toBe(false);
    now = 10_000;
    expect(bucket.take(5)).toBe(true);
    expect(bucket.take(1)).toBe(false);
  });
});

describe('server message decoding', () => {
  it('never throws, whatever the bytes, and reads a sealed message only whole', () => {
    const random = seededRandom(99);
    const seen = { read: 0, refused: 0 };
    for (let round = 0; round < 20_000; round += 1) {
      const bytes = new Uint8Array(Math.floor(random() * 64));
      bytes.forEach((_, index) => (bytes[index] = Math.floor(random() * 256)));
      // The client message types are 20 to 22; favour them so the fuzz gets past the type.
      if (bytes.length > 0 && random() < 0.7) {
        bytes[0] = 20 + Math.floor(random() * 3);
      }
      seen[decodeSealedClientMessage(bytes, DEFAULT_LIMITS.maxMessageBytes) ? 'read' : 'refused'] += 1;
    }
    expect(seen.refused).toBeGreaterThan(10_000);
    expect(seen.read).toBeGreaterThan(0);
  });
});
