/** Name of the object the desktop app's preload puts on `window`. */
export const BRIDGE_KEY = 'undersigned';

/**
 * The whole surface preload exposes to the renderer: one `invoke` restricted to the contract's channels.
 * Anything else the renderer needs must become a channel of the contract.
 */
export interface UndersignedBridge {
  invoke(channel: string, payload: unknown): Promise<unknown>;
}
