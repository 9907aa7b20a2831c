/** The part of WebCrypto's `crypto.subtle` used here: the same in browsers, Electron's renderer and Node 20. */
export type Subtle = NonNullable<NonNullable<typeof crypto>['subtle']>;

/** A key imported into the runtime's WebCrypto. */
export type RuntimeKey = Awaited<ReturnType<Subtle['importKey']>>;

/** The runtime's WebCrypto, or undefined where it has none (the callers then sign and check in script). */
export function runtimeSubtle(): Subtle | undefined {
  return typeof crypto === 'undefined' ? undefined : crypto.subtle;
}
