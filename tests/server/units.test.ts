import * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import { roleForToken } from '../../server/auth';
import { sha256Hex } from '../../src-node/secrets';
import { readCommandLine } from '../../server/cli';
import { ConfigError, DEFAULT_LIMITS, resolveConfig } from '../../server/config';
import { TokenBucket } from '../../server/limits';
import { decodeClientMessage, encodeSyncStep1, encodeUpdate } from '../../server/protocol';
import { measureUpdate } from '../../server/update-shape';
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
    expect(() => resolveConfig({ compaction: { bytes: Number.NaN } })).toThrow(/compaction.bytes/);
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
  it('decodes what y-websocket sends', () => {
    const doc = new Y.Doc();
    doc.getText('body').insert(0, 'hello');
    expect(decodeClientMessage(encodeSyncStep1(doc), DEFAULT_LIMITS)).toMatchObject({
      ok: true,
      message: { kind: 'sync-step1' },
    });
    expect(decodeClientMessage(encodeUpdate(Y.encodeStateAsUpdate(doc)), DEFAULT_LIMITS)).toMatchObject({
      ok: true,
      message: { kind: 'update' },
    });
    expect(decodeClientMessage(new Uint8Array([3]), DEFAULT_LIMITS)).toEqual({
      ok: true,
      message: { kind: 'query-awareness' },
    });
  });

  it('never throws, whatever the bytes', () => {
    const random = seededRandom(99);
    const seen = { ok: 0, refused: 0 };
    for (let round = 0; round < 20_000; round += 1) {
      const bytes = new Uint8Array(Math.floor(random() * 64));
      bytes.forEach((_, index) => (bytes[index] = Math.floor(random() * 256)));
      // Most real messages start with 0 (sync) or 1 (awareness); favour those so the fuzz gets past the type.
      if (bytes.length > 0 && random() < 0.7) {
        bytes[0] = random() < 0.5 ? 0 : 1;
      }
      const decoded = decodeClientMessage(bytes, DEFAULT_LIMITS);
      seen[decoded.ok ? 'ok' : 'refused'] += 1;
    }
    expect(seen.refused).toBeGreaterThan(10_000);
  });
});

describe('server update outline', () => {
  // Every kind of content Yjs writes: strings, formats, embeds, any, binary, JSON, nested and XML types, subdocs.
  function everyKind(): Y.Doc {
    const doc = new Y.Doc();
    const text = doc.getText('body');
    text.insert(0, 'Dear Minister, ');
    text.format(0, 4, { bold: true });
    text.insertEmbed(4, { image: 'seal.png' });
    const meta = doc.getMap('meta');
    meta.set('title', 'Open letter');
    meta.set('count', { signed: 40, nested: [1, 'two', null, true] });
    meta.set('bytes', new Uint8Array([1, 2, 3]));
    meta.set('list', Y.Array.from([1, 2, 3]));
    meta.set('sub', new Y.Doc({ guid: 'attachment' }));
    const xml = doc.getXmlFragment('xml');
    const element = new Y.XmlElement('p');
    element.setAttribute('class', 'lead');
    element.insert(0, [new Y.XmlText('hello')]);
    xml.insert(0, [element]);
    meta.set('hook', new Y.XmlHook('signature'));
    doc.getArray('legacy').insert(0, ['a', 'b', 'c']);
    text.delete(2, 3);
    doc.getArray('legacy').delete(1, 1);
    return doc;
  }

  it('reads every kind of content and names the ids whose content a change carries', () => {
    const doc = everyKind();
    const other = new Y.Doc();
    Y.applyUpdate(other, Y.encodeStateAsUpdate(doc));
    other.getText('body').insert(0, 'P.S. ');
    const update = Y.mergeUpdates([Y.encodeStateAsUpdate(doc), Y.encodeStateAsUpdate(other)]);
    const bounds = { maxUpdateClients: 2, maxUpdateStructs: 1_000, maxUpdateDeleteRanges: 10 };
    const shape = measureUpdate(update, bounds);
    expect(shape.ok && [...shape.writers].sort()).toEqual([doc.clientID, other.clientID].sort());
    expect(measureUpdate(update, { ...bounds, maxUpdateClients: 1 }).ok).toBe(false);
    const structs = Y.decodeUpdate(update).structs.length;
    expect(measureUpdate(update, { ...bounds, maxUpdateStructs: structs }).ok).toBe(true);
    expect(measureUpdate(update, { ...bounds, maxUpdateStructs: structs - 1 }).ok).toBe(false);
    expect(measureUpdate(update, { ...bounds, maxUpdateDeleteRanges: 1 }).ok).toBe(false);
  });
});
