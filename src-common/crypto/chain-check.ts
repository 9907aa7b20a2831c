import type { LetterKeys } from './letter-keys';
import { openEnvelope } from './envelope';
import { startSignatureCheck, type SignatureVerifier } from './signature-verifier';
import { envelopeDigest, readUpdateLink } from './update-chain';

/** What `openEnvelope` says of one envelope. */
export type OpenedEnvelope = ReturnType<typeof openEnvelope>;

/**
 * Checks and opens envelopes received together (a backlog), in their order, with as few signature checks as the
 * writers' hash chains allow (`update-chain.ts`). An envelope is accepted when its own signature verifies, or when an
 * accepted envelope's sealed link is the digest of its bytes: the signer sealed that digest, so these bytes are the
 * ones it wrote. Usually only each chain's newest envelope and the snapshot are checked. Anything a link does not
 * vouch for (an envelope from before chains, one whose successor is missing, altered or forged, the last of a chain
 * that restarted) is checked on its own, so every verdict and every problem is the one a check of each envelope
 * would give.
 */
export function openBatch(
  letterId: string,
  keys: LetterKeys,
  verifier: SignatureVerifier,
  envelopes: readonly Uint8Array[],
): OpenedEnvelope[] | Promise<OpenedEnvelope[]> {
  // Undefined for an envelope without a signature to check.
  const check = (index: number): boolean | Promise<boolean> | undefined =>
    startSignatureCheck(verifier, letterId, envelopes[index] ?? new Uint8Array(0), keys.verifyKey);
  // Opened as if signed well: a link is read only from inside the AEAD, and trusted only once its envelope is.
  const opened = envelopes.map((bytes) => openEnvelope(letterId, bytes, keys, true));
  const chains = new ChainProof(linksBetween(envelopes, opened));
  // First the envelopes no other one links to (each chain's newest), then whatever their links left unproven.
  const first = chains.unlinked();
  return whenAll(first.map(check), (verdicts) => {
    chains.decide(first, verdicts);
    const second = chains.unproven();
    return whenAll(second.map(check), (more) => {
      chains.decide(second, more);
      // An envelope that did not open is judged as `openEnvelope` judges it: the signature before the content.
      const late = opened.map((result, index) =>
        !result.ok && result.problem === 'undecryptable' ? check(index) : undefined,
      );
      return whenAll(late, (lateVerdicts) =>
        opened.map((result, index) => finalVerdict(result, chains.proven(index), lateVerdicts[index])),
      );
    });
  });
}

/** Which signed envelopes are proven genuine: by their own signature, or by a link from one that is. */
class ChainProof {
  private readonly waiting = new Set<number>();
  private readonly accepted = new Set<number>();

  constructor(private readonly links: Links) {
    links.signed.forEach((index) => this.waiting.add(index));
  }

  /** The signed envelopes that no other envelope links to. */
  unlinked(): number[] {
    return [...this.waiting].filter((index) => !this.links.linkedFrom.has(index));
  }

  /** The signed envelopes neither checked yet nor proven by a link. */
  unproven(): number[] {
    return [...this.waiting];
  }

  proven(index: number): boolean {
    return this.accepted.has(index);
  }

  /** Records signature verdicts; an envelope that verifies proves, through its links, the chain behind it. */
  decide(indexes: readonly number[], verdicts: readonly (boolean | undefined)[]): void {
    indexes.forEach((index, position) => {
      this.waiting.delete(index);
      if (verdicts[position] === true) {
        this.accept(index);
      }
    });
  }

  private accept(index: number): void {
    const stack = [index];
    let next = stack.pop();
    while (next !== undefined) {
      this.accepted.add(next);
      this.waiting.delete(next);
      const targets = this.links.vouchesFor.get(next) ?? [];
      stack.push(...targets.filter((target) => !this.accepted.has(target)));
      next = stack.pop();
    }
  }
}

interface Links {
  /** The envelopes that opened and carry a signature: the ones to prove. */
  signed: number[];
  /** For each envelope, the envelopes its link is the digest of (more than one when the server repeated it). */
  vouchesFor: Map<number, number[]>;
  /** The envelopes some other envelope links to. */
  linkedFrom: Set<number>;
}

function linksBetween(envelopes: readonly Uint8Array[], opened: readonly OpenedEnvelope[]): Links {
  const candidates = opened.flatMap((result, index) => (result.ok && result.header.signed ? [index] : []));
  const previous = new Map<number, string>();
  for (const index of candidates) {
    const result = opened[index];
    const link = result?.ok && result.header.kind === 'update' ? readUpdateLink(result.plaintext) : null;
    if (link?.previous) {
      previous.set(index, digestKey(link.previous));
    }
  }
  const links: Links = { signed: candidates, vouchesFor: new Map(), linkedFrom: new Set() };
  if (previous.size === 0) {
    return links;
  }
  const byDigest = new Map<string, number[]>();
  for (const index of candidates) {
    const digest = digestKey(envelopeDigest(envelopes[index] ?? new Uint8Array(0)));
    byDigest.set(digest, [...(byDigest.get(digest) ?? []), index]);
  }
  for (const [index, digest] of previous) {
    const targets = (byDigest.get(digest) ?? []).filter((target) => target !== index);
    links.vouchesFor.set(index, targets);
    targets.forEach((target) => links.linkedFrom.add(target));
  }
  return links;
}

/** An envelope that opened stands if it is proven or unsigned; one that did not fails as its signature says. */
function finalVerdict(
  result: OpenedEnvelope,
  proven: boolean,
  lateVerdict: boolean | undefined,
): OpenedEnvelope {
  if (result.ok) {
    return !result.header.signed || proven ? result : { ok: false, problem: 'bad-signature' };
  }
  return lateVerdict === false ? { ok: false, problem: 'bad-signature' } : result;
}

/** Runs `then` on the values at once when none is a promise, so a verifier that answers at once keeps it synchronous. */
function whenAll<T, R>(
  values: readonly (T | Promise<T>)[],
  then: (values: T[]) => R | Promise<R>,
): R | Promise<R> {
  if (values.some((value) => value instanceof Promise)) {
    return Promise.all(values).then(then);
  }
  return then(values.filter((value): value is T => !(value instanceof Promise)));
}

const HEX = Array.from({ length: 256 }, (_, byte) => byte.toString(16).padStart(2, '0'));

/**
 * A digest as a map key, in hex from a table: a thousand keys a catch-up, and the spread of `String.fromCharCode`
 * over each digest cost several times as much.
 */
function digestKey(digest: Uint8Array): string {
  let key = '';
  for (const byte of digest) {
    key += HEX[byte] ?? '';
  }
  return key;
}
