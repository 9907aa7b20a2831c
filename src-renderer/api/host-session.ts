/**
 * Browser mode's secret, shared by the tabs of one host. The token arrives once, in the printed link's fragment, and
 * is kept in that tab's session storage (see page-token.ts). Once the host has accepted it (its event socket said
 * hello), it is also kept in this origin's local storage, so a letter's address opened in a new tab, or a bookmark,
 * works without the link. Local storage belongs to the host's own origin (`http://127.0.0.1:<port>`): a page of any
 * other site or port cannot read it, and it never travels by itself as a cookie would, so the API still answers only
 * a page that presents the token. A token the host refuses is forgotten, so a tab opened later asks for the link.
 */
export const HOST_TOKEN_KEY = 'undersigned.host-token';

/** This origin's local storage, or null where the browser keeps none (storage switched off for the site). */
export function originStorage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

/** The token an earlier tab of this host had accepted, or null. */
export function rememberedToken(storage: Storage | null): string | null {
  try {
    return storage?.getItem(HOST_TOKEN_KEY) ?? null;
  } catch {
    // Storage switched off by the browser: every tab needs the link, as before.
    return null;
  }
}

/** Keeps a token the host has just accepted for the other tabs of this origin. */
export function rememberToken(storage: Storage | null, token: string): void {
  try {
    if (storage && storage.getItem(HOST_TOKEN_KEY) !== token) {
      storage.setItem(HOST_TOKEN_KEY, token);
    }
  } catch {
    // Full or switched off: this tab keeps working; a new one needs the link.
  }
}

/** Forgets a token the host refused (a new data folder, a replaced token file); another tab's newer one stays. */
export function forgetToken(storage: Storage | null, token: string): void {
  try {
    if (storage?.getItem(HOST_TOKEN_KEY) === token) {
      storage.removeItem(HOST_TOKEN_KEY);
    }
  } catch {
    // Nothing kept, nothing to forget.
  }
}

/** What a page's link to the host says about its token. */
export interface TokenVerdicts {
  getState(): string;
  subscribe(listener: () => void): () => void;
}

/** Remembers the token when the host greets the page with it, and forgets it when the host refuses it. */
export function keepTokenForHost(
  connection: TokenVerdicts,
  storage: Storage | null,
  token: string,
): () => void {
  const follow = (): void => {
    const state = connection.getState();
    if (state === 'online') {
      rememberToken(storage, token);
    } else if (state === 'unauthorized') {
      forgetToken(storage, token);
    }
  };
  follow();
  return connection.subscribe(follow);
}
