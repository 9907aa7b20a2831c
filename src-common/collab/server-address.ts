/** What {@link readServerAddress} returns: the server's base address, or why the text is not one. */
export type ServerAddress = { ok: true; server: string } | { ok: false; problem: string };

const LOOPBACK_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

/**
 * Reads a collaboration server's address as typed or found in a link. Links and tokens travel to it, so it must
 * be https; plain http is accepted only for this computer itself (a server run for testing or over an SSH tunnel).
 */
export function readServerAddress(text: string): ServerAddress {
  let url: URL;
  try {
    url = new URL(text.trim());
  } catch {
    return { ok: false, problem: 'Enter the server’s address, such as https://collab.example.org.' };
  }
  if (url.username || url.password || url.search || url.hash) {
    return {
      ok: false,
      problem: 'Enter just the server’s address, without a name, password or anything after it.',
    };
  }
  if (url.protocol === 'http:' && !LOOPBACK_HOSTS.has(url.hostname)) {
    return {
      ok: false,
      problem: 'The server must use https://, so that links and changes travel encrypted.',
    };
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    return { ok: false, problem: 'The server’s address must start with https://.' };
  }
  return { ok: true, server: `${url.origin}${url.pathname}`.replace(/\/+$/u, '') };
}

/** The socket address of a server's letters: `ws(s)://host[/path]/letters`; the provider appends the letter id. */
export function lettersSocketBase(server: string): string {
  return `${server.replace(/^http/u, 'ws')}/letters`;
}
