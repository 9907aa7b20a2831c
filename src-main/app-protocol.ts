import { readFile } from 'node:fs/promises';
import { protocol, type Protocol } from 'electron';
import { APP_SCHEME, resolveAppRequest } from './app-url';
import { buildContentSecurityPolicy } from './security';
import { contentTypeFor } from './static-path';

/**
 * Checklist item 18: declares `app://` as a standard, secure scheme, so pages served from it get a real origin
 * (storage, relative URLs, fetch) and a secure context. Electron accepts this only before `app` is ready.
 */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
  ]);
}

/** Serves the built renderer (`rendererDir`, i.e. out/renderer) on `app://undersigned/`, each file with the CSP. */
export function serveAppProtocol(
  rendererDir: string,
  collaborationServers: () => readonly string[],
  target: Protocol = protocol,
): void {
  // Checklist item 7: sent as a header on every response, so no page of the app is ever without it; built for each
  // response, so a server added while the app runs is allowed after the page reloads.
  target.handle(APP_SCHEME, (request) =>
    respond(
      request,
      rendererDir,
      buildContentSecurityPolicy({ collaborationServers: collaborationServers() }),
    ),
  );
}

async function respond(request: Request, rendererDir: string, policy: string): Promise<Response> {
  if (request.method !== 'GET' && request.method !== 'HEAD') {
    return plain(405, 'Method not allowed.');
  }
  const target = resolveAppRequest(rendererDir, request.url);
  if (target.kind === 'not-found') {
    return plain(404, 'Not found.');
  }
  let body: Uint8Array;
  try {
    body = new Uint8Array(await readFile(target.file));
  } catch {
    // Missing files and folders alike: the page only ever asks for files the build wrote.
    return plain(404, 'Not found.');
  }
  return new Response(request.method === 'HEAD' ? null : body, {
    status: 200,
    headers: {
      'Content-Type': contentTypeFor(target.file),
      'Content-Security-Policy': policy,
      'X-Content-Type-Options': 'nosniff',
      'Cache-Control': 'no-cache',
    },
  });
}

function plain(status: number, text: string): Response {
  return new Response(text, {
    status,
    headers: { 'Content-Type': 'text/plain; charset=utf-8', 'X-Content-Type-Options': 'nosniff' },
  });
}
