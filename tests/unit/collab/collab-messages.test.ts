import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import * as syncProtocol from 'y-protocols/sync';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { encodeAck, MESSAGE_ACK, outgoingKind, readAck } from '../../../src-common/collab/ack-message';
import { lettersSocketBase, readServerAddress } from '../../../src-common/collab/server-address';

function syncMessage(write: (encoder: encoding.Encoder, doc: Y.Doc) => void): Uint8Array {
  const doc = new Y.Doc();
  doc.getText('body').insert(0, 'x');
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, 0);
  write(encoder, doc);
  return encoding.toUint8Array(encoder);
}

describe('acknowledgement message', () => {
  it('carries the stored state vector and the count of stored messages', () => {
    const doc = new Y.Doc();
    doc.getText('body').insert(0, 'stored');
    const decoder = decoding.createDecoder(encodeAck(Y.encodeStateVector(doc), 7));
    expect(decoding.readVarUint(decoder)).toBe(MESSAGE_ACK);
    const ack = readAck(decoder);
    expect(ack.stateVector.get(doc.clientID)).toBe(6);
    expect(ack.storedMessages).toBe(7);
  });

  it('tells a client’s greeting, sync reply and update apart from presence', () => {
    expect(outgoingKind(syncMessage((e, d) => syncProtocol.writeSyncStep1(e, d)))).toBe('greeting');
    expect(outgoingKind(syncMessage((e, d) => syncProtocol.writeSyncStep2(e, d)))).toBe('sync-reply');
    expect(outgoingKind(syncMessage((e, d) => syncProtocol.writeUpdate(e, Y.encodeStateAsUpdate(d))))).toBe(
      'update',
    );
    expect(outgoingKind(new Uint8Array([1, 0]))).toBe('other');
    expect(outgoingKind(new Uint8Array([]))).toBe('other');
  });
});

describe('server address', () => {
  it('accepts https servers and plain http only on this computer', () => {
    expect(readServerAddress(' https://collab.example.org/ ')).toEqual({
      ok: true,
      server: 'https://collab.example.org',
    });
    expect(readServerAddress('http://127.0.0.1:1234')).toEqual({ ok: true, server: 'http://127.0.0.1:1234' });
    expect(readServerAddress('http://collab.example.org')).toMatchObject({ ok: false });
    expect(readServerAddress('ftp://collab.example.org')).toMatchObject({ ok: false });
    expect(readServerAddress('https://user:pw@collab.example.org')).toMatchObject({ ok: false });
    expect(readServerAddress('collab')).toMatchObject({ ok: false });
  });

  it('gives the letters’ socket address', () => {
    expect(lettersSocketBase('https://collab.example.org/sub')).toBe('wss://collab.example.org/sub/letters');
    expect(lettersSocketBase('http://127.0.0.1:9')).toBe('ws://127.0.0.1:9/letters');
  });
});
