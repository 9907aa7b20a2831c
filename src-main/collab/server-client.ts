import { createHash, randomBytes } from 'node:crypto';
import { ApiFailure } from '../../src-common/api/errors';
import { toBase64Url } from '../../src-common/crypto/base64url';
import type { LetterKeys } from '../../src-common/crypto/letter-keys';

/** A letter's capability tokens for editors and viewers (and its owner's, when it is registered). */
export interface TokenSet {
  owner: string;
  editor: string;
  viewer: string;
}

/** 256 random bits, base64url: a capability token. */
export function newToken(): string {
  return randomBytes(32).toString('base64url');
}

/** Fresh tokens for a letter. */
export function newTokenSet(): TokenSet {
  return { owner: newToken(), editor: newToken(), viewer: newToken() };
}

/** What the server keeps of a token: its SHA-256, in hex. */
export function tokenHash(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}

const REQUEST_TIMEOUT_MS = 15_000;

/** What the server learns of a letter's keys: the public half of the signing key, and which keys these are. */
function publicKeyFields(keys: LetterKeys): { verifyKey: string; epoch: number } {
  return { verifyKey: toBase64Url(keys.verifyKey), epoch: keys.epoch };
}

/** Registers a letter on a server with `POST /letters` (see README, "Collaboration server"). */
export async function registerOnServer(
  server: string,
  instanceKey: string,
  letterId: string,
  tokens: TokenSet,
  keys: LetterKeys,
): Promise<void> {
  const status = await post(`${server}/letters`, instanceKey, {
    letterId,
    ownerTokenSha256: tokenHash(tokens.owner),
    editorTokenSha256: tokenHash(tokens.editor),
    viewerTokenSha256: tokenHash(tokens.viewer),
    ...publicKeyFields(keys),
  });
  if (status === 201) {
    return;
  }
  if (status === 401) {
    throw new ApiFailure(
      'unauthorized',
      'The server did not accept this instance key. Check it with whoever runs the server.',
    );
  }
  if (status === 409) {
    throw new ApiFailure(
      'conflict',
      'This letter is already shared on that server from another computer. Ask its owner for a link.',
    );
  }
  throw unexpected(server, status);
}

/**
 * Replaces a letter's editor and viewer tokens and its keys with `POST /letters/<id>/tokens`, as its owner. The
 * server keeps only end-to-end encrypted letters, so new keys always go with new tokens.
 */
export async function resetOnServer(
  server: string,
  letterId: string,
  ownerToken: string,
  next: { editor: string; viewer: string },
  keys: LetterKeys,
): Promise<void> {
  const status = await post(`${server}/letters/${encodeURIComponent(letterId)}/tokens`, ownerToken, {
    editorTokenSha256: tokenHash(next.editor),
    viewerTokenSha256: tokenHash(next.viewer),
    ...publicKeyFields(keys),
  });
  if (status === 200) {
    return;
  }
  if (status === 401) {
    throw new ApiFailure('unauthorized', 'The server no longer accepts this computer as the letter’s owner.');
  }
  throw unexpected(server, status);
}

async function post(url: string, bearer: string, body: unknown): Promise<number> {
  try {
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${bearer}` },
      body: JSON.stringify(body),
      redirect: 'error',
      signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
    });
    await response.body?.cancel();
    return response.status;
  } catch {
    throw new ApiFailure(
      'unavailable',
      `Could not reach ${new URL(url).origin}. Check the address and your connection, then try again.`,
    );
  }
}

function unexpected(server: string, status: number): ApiFailure {
  return new ApiFailure('unavailable', `${server} answered with an error (${status}). Try again later.`);
}
