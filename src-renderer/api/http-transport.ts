import type { Transport } from '../../src-common/api/client';
import { failure } from '../../src-common/api/errors';

/** Browser mode: calls the local host's `POST /api/<channel>` with the page's token. */
export function createHttpTransport(token: string): Transport {
  return async (channel, payload) => {
    let response: Response;
    try {
      response = await fetch(`/api/${encodeURIComponent(channel)}`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
        body: JSON.stringify(payload ?? {}),
      });
    } catch {
      return failure(
        'unavailable',
        'Undersigned on this computer is not reachable right now. Try again in a moment.',
      );
    }
    try {
      return await response.json();
    } catch {
      return failure('internal', 'The app received an answer it could not read.');
    }
  };
}
