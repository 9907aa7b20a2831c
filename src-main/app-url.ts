import { resolveStaticPath } from './static-path';

/** The custom scheme the built renderer is served from (checklist item 18: a custom protocol, not file://). */
export const APP_SCHEME = 'app';

/** The one host of the app scheme; a fixed host gives the renderer a stable origin for storage and CSP. */
export const APP_HOST = 'undersigned';

/** The address the main window loads in the built app. */
export const APP_START_URL = `${APP_SCHEME}://${APP_HOST}/index.html`;

/** Where an `app://` request leads: a file inside the renderer folder, or nowhere. */
export type AppRequestTarget = { kind: 'file'; file: string } | { kind: 'not-found' };

/**
 * Parses `url` and returns it only when it is on the app's own origin: the `app` scheme, the `undersigned` host,
 * and no credentials or port (which a legitimate page URL never carries).
 */
export function parseAppUrl(url: string): URL | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  // Compared field by field: Node gives non-special schemes an opaque `origin` of "null" and keeps the host's
  // case, which Chromium lowercases for a standard scheme.
  const ownOrigin =
    parsed.protocol === `${APP_SCHEME}:` &&
    parsed.hostname.toLowerCase() === APP_HOST &&
    parsed.port === '' &&
    parsed.username === '' &&
    parsed.password === '';
  return ownOrigin ? parsed : null;
}

/**
 * Maps an `app://undersigned/...` request to a file in `rendererDir`. Refuses other origins and any path that
 * would leave the folder (`..`, percent-encoded or not, absolute paths, NUL bytes); `/` serves index.html.
 */
export function resolveAppRequest(rendererDir: string, url: string): AppRequestTarget {
  const parsed = parseAppUrl(url);
  if (!parsed) {
    return { kind: 'not-found' };
  }
  // `pathname` keeps percent-encoding, so encoded traversal reaches the check below still encoded.
  const file = resolveStaticPath(rendererDir, parsed.pathname);
  return file ? { kind: 'file', file } : { kind: 'not-found' };
}
