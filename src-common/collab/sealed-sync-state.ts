import * as Y from 'yjs';
import { z } from 'zod';
import { fromBase64Url, toBase64Url } from '../crypto/base64url';
import type { EnvelopeProblem } from '../crypto/envelope';
import type { OrderProblem } from '../crypto/writer-order';
import type { SequenceProblem } from './sealed-sequence';

/**
 * What one computer remembers about a shared letter between connections and restarts: where it is in the server's
 * sequence, its own writer id and next counter, the state vector of the letter known to be stored on the server, and
 * whether this copy changed since then. A state vector cannot show a change that only deletes, hence the flag.
 */
export interface SealedSyncState {
  lastSeq: number;
  writerId: Uint8Array;
  nextCounter: number;
  confirmedStateVector: Uint8Array;
  changedSinceConfirmed: boolean;
  /**
   * Each writer's last counter this copy has applied (writer id in base64url), so after a restart the envelopes that
   * follow are checked for replays and gaps from where this copy left off, not from the start.
   */
  seen: Record<string, number>;
  /**
   * The writer ids this computer wrote under before this start (base64url, the latest few). Its own envelopes can
   * come back from the server (sent, stored, but the socket closed before the acknowledgement): they are its own
   * changes, already here, and no sign of a server holding anything back.
   */
  formerWriters: string[];
}

/** Something that went wrong with a message from the server, for the status line. Nothing in the copy is harmed. */
export type SealedSyncProblem =
  | { kind: 'unreadable'; problem: EnvelopeProblem }
  | { kind: 'order'; detail: OrderProblem }
  | { kind: 'sequence'; detail: SequenceProblem }
  | { kind: 'not-applied' }
  | { kind: 'refused'; reason: string }
  | { kind: 'malformed' }
  /** The server lost a change this copy applied, its writer did not send it again, and this copy can only read. */
  | { kind: 'held-alone' };

/** The remembered state of a letter this computer has never synced. */
export function freshSealedSyncState(writerId: Uint8Array): SealedSyncState {
  return {
    lastSeq: 0,
    writerId,
    nextCounter: 1,
    confirmedStateVector: Y.encodeStateVector(new Y.Doc()),
    // Whatever the copy already holds is past this empty state, so it goes out on the first connection.
    changedSinceConfirmed: false,
    seen: {},
    formerWriters: [],
  };
}

/** Whether the document holds content past the state the server is known to store. */
export function holdsMoreThan(doc: Y.Doc, state: SealedSyncState): boolean {
  const known = Y.decodeStateVector(state.confirmedStateVector);
  for (const [client, clock] of Y.decodeStateVector(Y.encodeStateVector(doc))) {
    if (clock > (known.get(client) ?? 0)) {
      return true;
    }
  }
  return false;
}

/** A problem in plain words, for the status line: what happened and what it means for this copy. */
export function describeSealedProblem(problem: SealedSyncProblem): string {
  switch (problem.kind) {
    case 'unreadable':
      return problem.problem === 'other-keys'
        ? 'A change was made with other keys: the letter’s links may have been reset. Ask for a new link.'
        : 'A change from the server could not be verified and was not applied. Your copy is unchanged.';
    case 'order':
      return describeOrderProblem(problem.detail);
    case 'sequence':
      return problem.detail.kind === 'rolled-back'
        ? 'The server has lost changes it had confirmed. Your copy still has them.'
        : 'The server held back changes. Your copy may lack some of them.';
    case 'not-applied':
      return 'A change could not be applied and was skipped. Your copy is unchanged.';
    case 'refused':
      return `The server did not store a change: ${problem.reason}`;
    case 'malformed':
      return 'The server sent a message this app cannot read.';
    case 'held-alone':
      return 'The server lost a change your copy still shows, and its writer has not sent it again. A read-only link cannot send it: tell an editor if their copy lacks it.';
  }
}

function describeOrderProblem(problem: OrderProblem): string {
  switch (problem.kind) {
    case 'replayed':
      return 'The server sent a change again; it was ignored.';
    case 'reordered':
      return 'The server sent a co-editor’s changes out of order; they were applied in their own order.';
    case 'missing':
      return 'A co-editor’s change did not arrive from the server. Your copy may lack it.';
  }
}

const rememberedSchema = z.object({
  lastSeq: z.number().int().nonnegative(),
  confirmedStateVector: z.string(),
  changedSinceConfirmed: z.boolean(),
  seen: z.record(z.string().max(64), z.number().int().nonnegative()),
  writer: z.string().max(64),
  formerWriters: z.array(z.string().max(64)).max(100),
});

/** How many earlier writer ids are kept: enough for every start whose envelopes may still come back. */
const FORMER_WRITERS_KEPT = 16;

/**
 * The state to keep between starts, as plain data that JSON keeps. The counter is left out on purpose: each start
 * writes under a new random writer id, so a counter lost in a crash can never be used twice; this start's id joins the
 * former ones.
 */
export function sealedSyncStateToRecord(state: SealedSyncState): z.infer<typeof rememberedSchema> {
  return {
    lastSeq: state.lastSeq,
    confirmedStateVector: toBase64Url(state.confirmedStateVector),
    changedSinceConfirmed: state.changedSinceConfirmed,
    seen: state.seen,
    writer: toBase64Url(state.writerId),
    formerWriters: state.formerWriters,
  };
}

/** The kept state under a new writer id; a fresh state when nothing usable was kept (the letter is sent again whole). */
export function sealedSyncStateFromRecord(record: unknown, writerId: Uint8Array): SealedSyncState {
  const fresh = freshSealedSyncState(writerId);
  const read = rememberedSchema.safeParse(record);
  const vector = read.success ? fromBase64Url(read.data.confirmedStateVector) : null;
  if (!read.success || vector === null) {
    return fresh;
  }
  const { writer, formerWriters, ...kept } = read.data;
  return {
    ...fresh,
    ...kept,
    confirmedStateVector: vector,
    formerWriters: [...formerWriters, writer].slice(-FORMER_WRITERS_KEPT),
  };
}

/** The state to keep, as text (see {@link sealedSyncStateToRecord}). */
export function sealedSyncStateToText(state: SealedSyncState): string {
  return JSON.stringify(sealedSyncStateToRecord(state));
}

/** The kept state from text, under a new writer id; a fresh state from nothing or from text that is not its own. */
export function sealedSyncStateFromText(text: string | null, writerId: Uint8Array): SealedSyncState {
  return sealedSyncStateFromRecord(parseJson(text), writerId);
}

/** JSON's value of `text`, or null when there is no text or it is not JSON. */
export function parseJson(text: string | null): unknown {
  if (text === null) {
    return null;
  }
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return null;
  }
}
