/**
 * The Electron security checklist (https://www.electronjs.org/docs/latest/tutorial/security), in one place.
 * Decisions are plain functions, unit-tested under Node; this file imports Electron only as types, so the tests
 * never load Electron.
 */
// Checklist items without code here: 1 (everything is served from app://), 10 (`enableBlinkFeatures` is never
// set), 16 (Electron is pinned to a current release), 18 (app-protocol.ts), 20 (preload exposes one `invoke`
// restricted to the contract). Item 19, the fuses (runAsNode off, nodeOptions off, cookie encryption on, ASAR
// integrity on, app loaded only from the asar), is set when the installers are built: `electronFuses` in
// electron-builder.config.ts, checked by tests/unit/packaging-config.test.ts. `npm start` runs Electron unpackaged,
// without them.
import type { App, Dialog, MessageBoxOptions, Session, Shell, WebContents, WebPreferences } from 'electron';
import { parseAppUrl } from './app-url';

/** What the Content-Security-Policy depends on. */
export interface CspOptions {
  /** Collaboration servers the person has configured, as origins such as `https://collab.example.org`. */
  collaborationServers: readonly string[];
}

/**
 * Checklist item 7: a strict CSP. No remote or inline scripts; the renderer may connect only to itself and to
 * the collaboration servers the person configured (their http(s) and matching ws(s) origins).
 */
export function buildContentSecurityPolicy(options: CspOptions): string {
  const connect = ["'self'", ...options.collaborationServers.flatMap(connectSourcesFor)];
  const directives: [string, ...string[]][] = [
    ['default-src', "'none'"],
    ['script-src', "'self'"],
    ['style-src', "'self'"],
    ['img-src', "'self'", 'data:', 'blob:'],
    ['font-src', "'self'"],
    ['connect-src', ...new Set(connect)],
    ['worker-src', "'self'"],
    ['manifest-src', "'self'"],
    ['object-src', "'none'"],
    ['base-uri', "'none'"],
    ['form-action', "'none'"],
    ['frame-ancestors', "'none'"],
  ];
  return directives.map((parts) => parts.join(' ')).join('; ');
}

/** The http(s) and ws(s) origins of one configured server; nothing for an entry that is not a plain origin. */
export function connectSourcesFor(server: string): string[] {
  let url: URL;
  try {
    url = new URL(server);
  } catch {
    return [];
  }
  const pairs: Record<string, string> = {
    'https:': 'wss:',
    'http:': 'ws:',
    'wss:': 'https:',
    'ws:': 'http:',
  };
  const partner = pairs[url.protocol];
  if (!partner || url.username || url.password) {
    return [];
  }
  return [url.origin, `${partner}//${url.host}`];
}

/**
 * Checklist items 2, 3, 4, 6, 8, 9 and 12: the renderer gets no Node, runs isolated and sandboxed, keeps the
 * same-origin policy, refuses mixed content, experimental features and `<webview>`.
 */
export function secureWebPreferences(preloadPath: string): WebPreferences {
  return {
    preload: preloadPath,
    contextIsolation: true, // 3
    sandbox: true, // 4
    nodeIntegration: false, // 2
    nodeIntegrationInWorker: false, // 2
    webSecurity: true, // 6
    allowRunningInsecureContent: false, // 8
    experimentalFeatures: false, // 9
    webviewTag: false, // 12
    // A middle click would open a link in a new window, which item 14 denies anyway; with Auxclick off it is not tried.
    disableBlinkFeatures: 'Auxclick',
    // On Windows and Linux Chromium's spellchecker fetches a dictionary from Google's servers for each language in
    // use, once (README, Security); macOS uses the system's own.
    spellcheck: true,
  };
}

/**
 * The dev server the renderer comes from under `electron-vite dev`, or null. Honoured only in an unpackaged app
 * and only on loopback http, so a stray environment variable cannot point a shipped app at a remote page (item 1).
 */
export function developmentServerUrl(env: NodeJS.ProcessEnv, isPackaged: boolean): string | null {
  const raw = env.ELECTRON_RENDERER_URL;
  if (isPackaged || !raw) {
    return null;
  }
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return null;
  }
  const loopback = ['localhost', '127.0.0.1', '[::1]'].includes(url.hostname);
  return url.protocol === 'http:' && loopback && !url.username && !url.password ? url.href : null;
}

/** True for a URL on the app's own origin (`app://undersigned/…`), or on the dev server when one is in use. */
export function isAppUrl(url: string, devServerUrl: string | null = null): boolean {
  if (parseAppUrl(url)) {
    return true;
  }
  if (!devServerUrl) {
    return false;
  }
  try {
    return new URL(url).origin === new URL(devServerUrl).origin;
  } catch {
    return false;
  }
}

/** Checklist item 13: a window may only ever show the app itself; every other navigation is refused. */
export function navigationDecision(url: string, devServerUrl: string | null = null): 'allow' | 'deny' {
  return isAppUrl(url, devServerUrl) ? 'allow' : 'deny';
}

/**
 * Checklist item 15: only plain web pages may leave the app, and only after the person agrees. `file:`,
 * `javascript:`, custom schemes (which start other programs) and addresses hiding credentials are refused.
 */
export function externalLinkDecision(url: string): 'confirm-open' | 'deny' {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return 'deny';
  }
  const web = parsed.protocol === 'https:' || parsed.protocol === 'http:';
  return web && parsed.hostname !== '' && !parsed.username && !parsed.password ? 'confirm-open' : 'deny';
}

/** Checklist item 17: IPC is answered only for the app's own top-level page; a vanished frame is not trusted. */
export function isTrustedSender(
  frameUrl: string | null | undefined,
  devServerUrl: string | null = null,
): boolean {
  return typeof frameUrl === 'string' && isAppUrl(frameUrl, devServerUrl);
}

/** Checklist item 5: the app asks for nothing; copying to the clipboard from a user gesture is the one grant. */
export function permissionDecision(permission: string): boolean {
  return permission === 'clipboard-sanitized-write';
}

/** The index of the button that opens the link in {@link externalLinkPrompt}. */
export const OPEN_LINK_BUTTON = 0;

/** The question asked before a link opens in the person's browser; the address is shown in full. */
export function externalLinkPrompt(url: string): MessageBoxOptions {
  return {
    type: 'question',
    buttons: ['Open in Browser', 'Cancel'],
    defaultId: 1,
    cancelId: 1,
    noLink: true,
    title: 'Open link',
    message: 'Open this address in your web browser?',
    detail: url,
  };
}

/** What opening a link needs from Electron, narrowed so the flow can be tested without it. */
export interface LinkOpener {
  confirm(options: MessageBoxOptions): Promise<{ response: number }>;
  open(url: string): Promise<void>;
}

/** Checklist item 15: asks, then opens a web link in the person's browser; true when it was opened. */
export async function openExternalLink(url: string, opener: LinkOpener): Promise<boolean> {
  if (externalLinkDecision(url) !== 'confirm-open') {
    return false;
  }
  // Re-serialised so the browser receives exactly the address the person was shown.
  const href = new URL(url).href;
  const answer = await opener.confirm(externalLinkPrompt(href));
  if (answer.response !== OPEN_LINK_BUTTON) {
    return false;
  }
  await opener.open(href);
  return true;
}

/**
 * The CSP for the dev server: the production policy plus what Vite's hot reload needs (its inline preamble and
 * styles, and its socket). Never used for the built app.
 */
export function developmentContentSecurityPolicy(devServerUrl: string): string {
  const relaxed = new Set(['script-src', 'style-src']);
  return buildContentSecurityPolicy({ collaborationServers: [new URL(devServerUrl).origin] })
    .split('; ')
    .map((directive) => {
      const name = directive.split(' ')[0] ?? '';
      return relaxed.has(name) ? `${directive} 'unsafe-inline'` : directive;
    })
    .join('; ');
}

/** The Electron objects {@link applySecurity} wires, passed in so that this file never loads Electron itself. */
export interface SecurityDeps {
  app: App;
  session: Session;
  shell: Shell;
  dialog: Dialog;
  /** From {@link developmentServerUrl}; null in the built app. */
  devServerUrl: string | null;
}

/**
 * Applies the checklist to the session and, through `web-contents-created`, to every page, devtools and popup
 * the app will ever create, so no window can be made without these guards. Call before the first window.
 */
export function applySecurity(deps: SecurityDeps): void {
  const opener: LinkOpener = {
    confirm: (options) => deps.dialog.showMessageBox(options),
    // electronegativity-accept OPEN_EXTERNAL_JS_CHECK: reached only through openExternalLink, for http(s) addresses
    // without credentials that the person confirmed in a dialog naming the address (items 14 and 15).
    open: (url) => deps.shell.openExternal(url),
  };
  guardPermissions(deps.session, deps.devServerUrl);
  if (deps.devServerUrl) {
    applyDevelopmentCsp(deps.session, deps.devServerUrl);
  }
  deps.app.on('web-contents-created', (_event, contents) => {
    guardContents(contents, opener, deps.devServerUrl);
  });
}

function guardPermissions(session: Session, devServerUrl: string | null): void {
  // 5: both handlers are needed; without a check handler Chromium answers permission queries by itself.
  session.setPermissionRequestHandler((_contents, permission, callback, details) => {
    callback(permissionDecision(permission) && isAppUrl(details.requestingUrl, devServerUrl));
  });
  session.setPermissionCheckHandler((_contents, permission, requestingOrigin) => {
    return permissionDecision(permission) && isAppUrl(requestingOrigin, devServerUrl);
  });
  session.setDevicePermissionHandler(() => false);
}

function applyDevelopmentCsp(session: Session, devServerUrl: string): void {
  // 7: the built app gets its CSP from the app:// handler; the dev server sends none, so it is added here.
  const policy = developmentContentSecurityPolicy(devServerUrl);
  const filter = { urls: [`${new URL(devServerUrl).origin}/*`] };
  session.webRequest.onHeadersReceived(filter, (details, callback) => {
    // electronegativity-accept CSP_GLOBAL_CHECK: the policy is built by developmentContentSecurityPolicy (tested in
    // tests/unit/security.test.ts), so the scanner cannot read it here; it applies to `electron-vite dev` only.
    callback({ responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [policy] } });
  });
}

function guardContents(contents: WebContents, opener: LinkOpener, devServerUrl: string | null): void {
  // 13: the window never leaves the app; a plain web link clicked in a letter is offered to the browser instead.
  contents.on('will-navigate', (event) => {
    if (navigationDecision(event.url, devServerUrl) === 'deny') {
      event.preventDefault();
      openInBrowser(event.url, opener);
    }
  });
  // 13: the same for sub-frames (the CSP already forbids them) and for server redirects.
  contents.on('will-frame-navigate', (event) => {
    if (navigationDecision(event.url, devServerUrl) === 'deny') {
      event.preventDefault();
    }
  });
  contents.on('will-redirect', (event) => {
    if (navigationDecision(event.url, devServerUrl) === 'deny') {
      event.preventDefault();
    }
  });
  // 14 and 15: no new Electron windows; target=_blank links go to the browser after confirmation.
  contents.setWindowOpenHandler((details) => {
    openInBrowser(details.url, opener);
    return { action: 'deny' };
  });
  // 11 and 12: `webviewTag` is off, and any attempt to attach one anyway is refused.
  contents.on('will-attach-webview', (event) => {
    event.preventDefault();
  });
}

function openInBrowser(url: string, opener: LinkOpener): void {
  openExternalLink(url, opener).catch((error: unknown) => {
    console.error('[undersigned] could not open a link in the browser:', error);
  });
}
