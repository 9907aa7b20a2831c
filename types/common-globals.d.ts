// src-common is checked with neither DOM nor Node types, so stray platform APIs fail to compile. The few globals
// that every runtime we target (browsers, Node, Electron) provides alike are declared here, for that check only.

/** WHATWG URL, as much of it as src-common uses. */
declare class URL {
  constructor(url: string, base?: string);
  readonly href: string;
  readonly protocol: string;
  readonly host: string;
  readonly hostname: string;
  readonly origin: string;
  readonly username: string;
  readonly password: string;
  readonly pathname: string;
  readonly search: string;
  readonly hash: string;
}

/** WHATWG URLSearchParams, as much of it as src-common uses. */
declare class URLSearchParams {
  constructor(init?: string | Record<string, string>);
  get(name: string): string | null;
  has(name: string): boolean;
  set(name: string, value: string): void;
  toString(): string;
}

/** Base64 of a "binary string" (one character per byte), and back: in browsers and in Node since 16. */
declare function btoa(data: string): string;
declare function atob(data: string): string;

/** Timers, alike in browsers and Node; the handle is opaque to src-common. */
declare function setTimeout(callback: () => void, ms: number): unknown;
declare function clearTimeout(handle: unknown): void;

/**
 * WebCrypto's `crypto.subtle`, as much of it as src-common uses (Ed25519 signing and verification). Browsers, Electron's renderer
 * and Node 20 all have it; the code still checks before use.
 */
declare const crypto:
  | {
      readonly subtle:
        | {
            importKey(
              format: 'raw',
              keyData: Uint8Array<ArrayBuffer>,
              algorithm: { name: string },
              extractable: boolean,
              usages: 'verify'[],
            ): Promise<{ readonly type: string }>;
            importKey(
              format: 'pkcs8',
              keyData: Uint8Array<ArrayBuffer>,
              algorithm: { name: string },
              extractable: boolean,
              usages: 'sign'[],
            ): Promise<{ readonly type: string }>;
            sign(
              algorithm: { name: string },
              key: { readonly type: string },
              data: Uint8Array<ArrayBuffer>,
            ): Promise<ArrayBuffer>;
            verify(
              algorithm: { name: string },
              key: { readonly type: string },
              signature: Uint8Array<ArrayBuffer>,
              data: Uint8Array<ArrayBuffer>,
            ): Promise<boolean>;
          }
        | undefined;
    }
  | undefined;
