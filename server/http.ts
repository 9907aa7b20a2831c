import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Database } from 'better-sqlite3';
import { z } from 'zod';
import { letterIdSchema } from '../src-common/api/letters-schemas';
import { fromBase64Url } from '../src-common/crypto/base64url';
import { KEY_BYTES } from '../src-common/crypto/letter-keys';
import { bearerToken, readBody } from '../src-node/http/request';
import { secretMatches } from '../src-node/secrets';
import { roleForToken } from './auth';
import { CLOSE, SHARED_BEFORE_ENCRYPTION_REASON } from './protocol';
import type { Rooms } from './rooms';
import { readSealedLetter } from './store/envelopes';
import { letterTokenHashes, registerLetter, resetLetterTokens, type SealingKeys } from './store/letters';
import { errorText } from '../src-common/error-text';

/** What the HTTP routes need. */
export interface HttpContext {
  db: Database;
  rooms: Rooms;
  instanceKey: string;
  maxBodyBytes: number;
  log: (line: string) => void;
}

/** The reason sent to sockets closed because their link was reset. */
export const RESET_REASON = 'The owner reset the links to this letter: ask for a new link.';

const tokenHashSchema = z
  .string()
  .regex(/^[0-9a-fA-F]{64}$/, 'must be a SHA-256 in hex')
  .transform((hex) => hex.toLowerCase());

// The public half of a sealed letter's Ed25519 signing key, as unpadded base64url (see src-common/crypto).
const verifyKeySchema = z.string().transform((text, context) => {
  const bytes = fromBase64Url(text);
  if (bytes?.length !== KEY_BYTES) {
    context.addIssue({ code: 'custom', message: `must be ${KEY_BYTES} bytes as base64url` });
    return z.NEVER;
  }
  return bytes;
});

// The envelope header holds the epoch as 32 bits.
const epochSchema = z
  .number()
  .int()
  .min(1)
  .max(2 ** 32 - 1);

// Every letter is sealed: the server keeps and relays envelopes it cannot read, checked against this key and epoch.
// They are optional in the schema only so that a request without them gets a sentence rather than a field error.
const sealingFields = { verifyKey: verifyKeySchema.optional(), epoch: epochSchema.optional() };

const bothOrNeither = (body: { verifyKey?: Uint8Array | undefined; epoch?: number | undefined }): boolean =>
  (body.verifyKey === undefined) === (body.epoch === undefined);

const BOTH_OR_NEITHER = 'verifyKey and epoch come together.';

const registerSchema = z
  .object({
    letterId: letterIdSchema,
    ownerTokenSha256: tokenHashSchema,
    editorTokenSha256: tokenHashSchema,
    viewerTokenSha256: tokenHashSchema,
    ...sealingFields,
  })
  .refine(
    (body) => new Set([body.ownerTokenSha256, body.editorTokenSha256, body.viewerTokenSha256]).size === 3,
    'The three token hashes must differ.',
  )
  .refine(bothOrNeither, BOTH_OR_NEITHER);

const resetSchema = z
  .object({ editorTokenSha256: tokenHashSchema, viewerTokenSha256: tokenHashSchema, ...sealingFields })
  .refine((body) => body.editorTokenSha256 !== body.viewerTokenSha256, 'The two token hashes must differ.')
  .refine(bothOrNeither, BOTH_OR_NEITHER);

/** The answer to a registration without keys: the server has no plaintext mode. */
export const KEYS_REQUIRED =
  'A letter is registered with its verifyKey and epoch: this server keeps only end-to-end encrypted letters.';

const TOKENS_PATH = /^\/letters\/([^/]+)\/tokens$/;
const JOIN_PATH = /^\/join\/([^/]+)$/;

/** The server's HTTP routes: health, letter registration, link reset, and the page an invite's web form opens. */
export function createHttpHandler(
  context: HttpContext,
): (request: IncomingMessage, response: ServerResponse) => void {
  return (request, response) => {
    route(request, response, context).catch((error: unknown) => {
      context.log(`Request failed: ${errorText(error)}`);
      sendJson(response, 500, { error: 'The server could not handle the request.' });
    });
  };
}

async function route(
  request: IncomingMessage,
  response: ServerResponse,
  context: HttpContext,
): Promise<void> {
  const path = new URL(request.url ?? '/', 'http://server').pathname;
  if (request.method === 'OPTIONS') {
    sendEmpty(response, 204);
    return;
  }
  if (path === '/health') {
    return request.method === 'GET' ? sendJson(response, 200, { status: 'ok' }) : notAllowed(response, 'GET');
  }
  if (path === '/letters') {
    return request.method === 'POST' ? register(request, response, context) : notAllowed(response, 'POST');
  }
  const reset = TOKENS_PATH.exec(path)?.[1];
  if (reset !== undefined) {
    return request.method === 'POST'
      ? resetTokens(request, response, context, reset)
      : notAllowed(response, 'POST');
  }
  const join = JOIN_PATH.exec(path)?.[1];
  if (join !== undefined && request.method === 'GET') {
    return sendJoinPage(response);
  }
  sendJson(response, 404, { error: 'Not found.' });
}

async function register(
  request: IncomingMessage,
  response: ServerResponse,
  context: HttpContext,
): Promise<void> {
  if (!secretMatches(bearerToken(request), context.instanceKey)) {
    return sendJson(response, 401, { error: 'Registering a letter needs this server’s instance key.' });
  }
  const body = await readJson(request, context.maxBodyBytes, registerSchema);
  if (!body.ok) {
    return sendJson(response, body.status, { error: body.error });
  }
  const sealing = sealingOf(body.value);
  if (!sealing) {
    return sendJson(response, 400, { error: KEYS_REQUIRED });
  }
  const { letterId, ownerTokenSha256, editorTokenSha256, viewerTokenSha256 } = body.value;
  const hashes = { owner: ownerTokenSha256, editor: editorTokenSha256, viewer: viewerTokenSha256 };
  if (!registerLetter(context.db, letterId, hashes, Date.now(), sealing)) {
    return sendJson(response, 409, { error: 'A letter with this id is already registered.' });
  }
  sendJson(response, 201, { letterId });
}

async function resetTokens(
  request: IncomingMessage,
  response: ServerResponse,
  context: HttpContext,
  letterId: string,
): Promise<void> {
  const hashes = letterIdSchema.safeParse(letterId).success ? letterTokenHashes(context.db, letterId) : null;
  // An unknown letter and a wrong token get the same answer, so the endpoint does not reveal which letters exist.
  if (!hashes || roleForToken(bearerToken(request), hashes) !== 'owner') {
    return sendJson(response, 401, { error: 'Resetting the links needs the letter’s owner token.' });
  }
  const body = await readJson(request, context.maxBodyBytes, resetSchema);
  if (!body.ok) {
    return sendJson(response, body.status, { error: body.error });
  }
  if ([body.value.editorTokenSha256, body.value.viewerTokenSha256].includes(hashes.owner)) {
    return sendJson(response, 400, { error: 'The new links must differ from the owner’s.' });
  }
  const sealing = sealingOf(body.value);
  const keyProblem = resetKeyProblem(context.db, letterId, sealing);
  if (keyProblem !== null || !sealing) {
    return sendJson(response, 400, { error: keyProblem ?? KEYS_REQUIRED });
  }
  const next = { editor: body.value.editorTokenSha256, viewer: body.value.viewerTokenSha256 };
  resetLetterTokens(context.db, letterId, next, Date.now(), sealing);
  context.rooms.rekey(letterId, sealing);
  context.rooms.closeRoles(letterId, ['editor', 'viewer'], CLOSE.unauthorized, RESET_REASON);
  sendJson(response, 200, { letterId });
}

function sealingOf(body: {
  verifyKey?: Uint8Array | undefined;
  epoch?: number | undefined;
}): SealingKeys | null {
  return body.verifyKey && body.epoch ? { verifyKey: body.verifyKey, epoch: body.epoch } : null;
}

// Resetting a letter's links rotates its keys, so old links can no longer write (nor read what follows). A letter
// registered before encryption is not served any more: its owner shares it again, as a new sealed letter.
function resetKeyProblem(db: Database, letterId: string, sealing: SealingKeys | null): string | null {
  const sealed = readSealedLetter(db, letterId);
  if (!sealed) {
    return SHARED_BEFORE_ENCRYPTION_REASON;
  }
  if (!sealing) {
    return 'Resetting the links of an encrypted letter needs a new verifyKey and epoch.';
  }
  return sealing.epoch > sealed.epoch ? null : `epoch: must be greater than ${sealed.epoch}.`;
}

type ReadResult<T> = { ok: true; value: T } | { ok: false; status: number; error: string };

async function readJson<T>(
  request: IncomingMessage,
  limit: number,
  schema: z.ZodType<T>,
): Promise<ReadResult<T>> {
  const text = await readBody(request, limit);
  if (text === null) {
    return { ok: false, status: 413, error: 'The request is too large.' };
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { ok: false, status: 400, error: 'The request is not JSON.' };
  }
  const parsed = schema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue && issue.path.length > 0 ? `${issue.path.join('.')}: ` : '';
    return { ok: false, status: 400, error: `${where}${issue?.message ?? 'The request is not valid.'}` };
  }
  return { ok: true, value: parsed.data };
}

// Tokens travel in the Authorization header, never in cookies, so any page may call the API: it still needs them.
function commonHeaders(): Record<string, string> {
  return {
    'Access-Control-Allow-Origin': '*',
    'Access-Control-Allow-Headers': 'Authorization, Content-Type',
    'Access-Control-Allow-Methods': 'GET, POST, OPTIONS',
    'Cache-Control': 'no-store',
    'X-Content-Type-Options': 'nosniff',
  };
}

function sendJson(response: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  response.writeHead(status, {
    ...commonHeaders(),
    'Content-Type': 'application/json; charset=utf-8',
    'Content-Length': Buffer.byteLength(text),
  });
  response.end(text);
}

function sendEmpty(response: ServerResponse, status: number): void {
  response.writeHead(status, commonHeaders());
  response.end();
}

function notAllowed(response: ServerResponse, allow: string): void {
  response.setHeader('Allow', allow);
  sendJson(response, 405, { error: `Use ${allow}.` });
}

// The web form of an invite link points here; the secret stays in the fragment, which the browser never sends.
function sendJoinPage(response: ServerResponse): void {
  const html = `<!doctype html><html lang="en"><meta charset="utf-8"><title>Undersigned invite</title>
<h1>An invitation to an Undersigned letter</h1>
<p>Open Undersigned, choose <strong>Join from link…</strong> on the home screen, and paste this page's full address.</p>`;
  response.writeHead(200, {
    ...commonHeaders(),
    'Content-Type': 'text/html; charset=utf-8',
    'Content-Security-Policy': "default-src 'none'",
    'Referrer-Policy': 'no-referrer',
    'Content-Length': Buffer.byteLength(html),
  });
  response.end(html);
}
