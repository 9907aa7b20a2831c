import type { IncomingMessage, ServerResponse } from 'node:http';
import type { HandlerTable } from '../../src-common/api/handler-table';
import { failure, type ApiResult } from '../../src-common/api/errors';
import { readBody } from '../../src-node/http/request';
import { hasBearerToken } from './request-guard';

/** Largest request body browser mode accepts; big enough for a pasted signatory list, small enough to be safe. */
export const MAX_REQUEST_BYTES = 20 * 1024 * 1024;

/** The URL prefix of API calls: `POST /api/<channel>`. */
export const API_PREFIX = '/api/';

/**
 * Serves one `POST /api/<channel>` call with the shared handler table. The bearer token is required in a header,
 * which a cross-site form or image cannot send, and a result always has the `{ ok, … }` shape.
 */
export async function handleApiRequest(
  request: IncomingMessage,
  response: ServerResponse,
  table: HandlerTable,
  token: string,
): Promise<void> {
  if (request.method !== 'POST') {
    return sendResult(response, 405, failure('invalid-request', 'API calls must use POST.'));
  }
  if (!hasBearerToken(request, token)) {
    return sendResult(
      response,
      401,
      failure(
        'unauthorized',
        'This page is not signed in to the Undersigned host. Open the link the host printed.',
      ),
    );
  }
  const body = await readBody(request, MAX_REQUEST_BYTES);
  if (body === null) {
    // Answer at once and drop the connection rather than read the rest of an oversized body.
    response.setHeader('Connection', 'close');
    return sendResult(response, 413, failure('invalid-request', 'The request is too large.'));
  }
  const payload = parseJson(body);
  if (!payload.ok) {
    return sendResult(response, 400, failure('invalid-request', 'The request was not valid JSON.'));
  }
  const channel = decodeURIComponent(
    new URL(request.url ?? '/', 'http://host').pathname.slice(API_PREFIX.length),
  );
  return sendResult(response, 200, await table.invoke(channel, payload.value));
}

function parseJson(body: string): { ok: true; value: unknown } | { ok: false } {
  if (body.trim() === '') {
    return { ok: true, value: undefined };
  }
  try {
    return { ok: true, value: JSON.parse(body) };
  } catch {
    return { ok: false };
  }
}

function sendResult(response: ServerResponse, status: number, result: ApiResult<unknown>): void {
  const body = JSON.stringify(result);
  response.writeHead(status, {
    'Content-Type': 'application/json; charset=utf-8',
    'Content-Length': Buffer.byteLength(body),
    'Cache-Control': 'no-store',
  });
  response.end(body);
}
