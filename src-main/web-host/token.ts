import { loadOrCreateOwnerOnlySecret } from '../../src-node/owner-only';

/** The file in the data folder that keeps browser mode's secret, readable by this user only. */
export const TOKEN_FILE = 'browser-mode-token';

const TOKEN_PATTERN = /^[A-Za-z0-9_-]{43}$/;

/**
 * Returns the browser-mode token, creating it (256 random bits) on first use. Reusing it across restarts lets an
 * open page reconnect by itself when the host comes back on the same port.
 */
export function loadOrCreateToken(dataDir: string): string {
  return loadOrCreateOwnerOnlySecret(dataDir, TOKEN_FILE, (text) => TOKEN_PATTERN.test(text)).secret;
}
