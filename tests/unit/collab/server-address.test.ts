import { describe, expect, it } from 'vitest';
import { lettersSocketBase, readServerAddress } from '../../../src-common/collab/server-address';

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
