import { describe, expect, it } from 'vitest';
import { bearerToken, readBody, type BodySource } from '../../src-node/http/request';

function withAuthorization(authorization: string | undefined) {
  return { headers: authorization === undefined ? {} : { authorization } };
}

/** A request whose body arrives in these chunks. */
function body(chunks: readonly (Buffer | string)[], headers: BodySource['headers'] = {}): BodySource {
  return {
    headers,
    async *[Symbol.asyncIterator]() {
      yield* chunks;
    },
  };
}

describe('bearer tokens', () => {
  it('reads the token of an Authorization: Bearer header', () => {
    expect(bearerToken(withAuthorization('Bearer abc-DEF_123'))).toBe('abc-DEF_123');
    expect(bearerToken(withAuthorization('Bearer abc '))).toBe('abc');
  });

  it('finds none in anything else', () => {
    for (const header of [
      undefined,
      '',
      'Bearer',
      'Bearer ',
      'Basic abc',
      'bearer abc',
      'Bearer a b',
      ' Bearer a',
    ]) {
      expect(bearerToken(withAuthorization(header))).toBeNull();
    }
  });
});

describe('reading a request body', () => {
  it('joins its chunks as UTF-8, a character split between two of them included', async () => {
    const text = Buffer.from('{"name":"Société Suisse-Tibétaine"}');
    const split = text.indexOf(0xc3) + 1;
    expect(await readBody(body([text.subarray(0, split), text.subarray(split)]), 1000)).toBe(
      '{"name":"Société Suisse-Tibétaine"}',
    );
    expect(await readBody(body([]), 10)).toBe('');
  });

  it('stops at the limit: exactly the limit is read, one byte more is refused', async () => {
    expect(await readBody(body(['12345', '67890']), 10)).toBe('1234567890');
    expect(await readBody(body(['12345', '67890', '1']), 10)).toBeNull();
  });

  it('refuses a declared length over the limit without reading anything', async () => {
    let read = false;
    const request: BodySource = {
      headers: { 'content-length': '11' },
      async *[Symbol.asyncIterator]() {
        read = true;
        yield 'x';
      },
    };
    expect(await readBody(request, 10)).toBeNull();
    expect(read).toBe(false);
  });
});
