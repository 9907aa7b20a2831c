import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { buildContentSecurityPolicy } from '../security';
import { contentTypeFor, resolveStaticPath } from '../static-path';

/**
 * Serves the built renderer. The app's code is not secret (the API is what the token protects), but every page
 * gets the desktop app's CSP, and the token in the URL fragment never leaves through a Referer header.
 */
export async function handleStaticRequest(
  request: IncomingMessage,
  response: ServerResponse,
  root: string,
  collaborationServers: () => readonly string[] = () => [],
): Promise<void> {
  if (request.method !== 'GET' && request.method !== 'HEAD') {
    return sendPlain(response, 405, 'Method not allowed');
  }
  const file = resolveStaticPath(root, new URL(request.url ?? '/', 'http://host').pathname);
  const info = file ? await stat(file).catch(() => null) : null;
  if (!file || !info?.isFile()) {
    return sendPlain(response, 404, 'Not found');
  }
  const isHtml = file.endsWith('.html');
  response.writeHead(200, {
    'Content-Type': contentTypeFor(file),
    'Content-Length': info.size,
    'Cache-Control': isHtml ? 'no-store' : 'no-cache',
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    ...(isHtml
      ? {
          'Content-Security-Policy': buildContentSecurityPolicy({
            collaborationServers: collaborationServers(),
          }),
        }
      : {}),
  });
  if (request.method === 'HEAD') {
    response.end();
    return;
  }
  createReadStream(file).pipe(response);
}

/** Answers with a short plain-text status. */
export function sendPlain(response: ServerResponse, status: number, text: string): void {
  response.writeHead(status, {
    'Content-Type': 'text/plain; charset=utf-8',
    'Content-Length': Buffer.byteLength(text),
  });
  response.end(text);
}
