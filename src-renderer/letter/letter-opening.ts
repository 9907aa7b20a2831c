import type { Api } from '../../src-common/api/client';
import type { ResponseOf } from '../../src-common/api/contract';

/** What the store hands over for an open letter: its summary and its state. */
export type OpenedLetter = ResponseOf<'letters:open'>;

/** The letter's link to its collaboration server, or null for a letter kept on this computer only. */
export type LetterConnection = ResponseOf<'collab:connection'>;

interface Ahead {
  api: Api;
  id: string;
  opening: Promise<OpenedLetter> | null;
  connection: Promise<LetterConnection> | null;
  /** The connection's answer once it came, until the screen takes the read. */
  answered: { connection: LetterConnection } | null;
}

// At most one letter read ahead: the one whose screen is on its way. Each of its reads is taken once.
let ahead: Ahead | null = null;

/**
 * Starts reading a letter, and whether it is shared, as soon as its screen is asked for, so both reads and the
 * screen's code (a chunk of its own, fetched on first use) travel at the same time instead of one after the other.
 * Returns a way to drop the reads if the screen is left before it takes them.
 */
export function readAhead(api: Api, id: string): () => void {
  const opening = quiet(api.call('letters:open', { id }));
  const connection = quiet(api.call('collab:connection', { letterId: id }));
  const entry: Ahead = { api, id, opening, connection, answered: null };
  connection.then(
    (answer) => {
      if (entry.connection === connection) {
        entry.answered = { connection: answer };
      }
    },
    () => undefined,
  );
  ahead = entry;
  return () => {
    if (ahead === entry) {
      ahead = null;
    }
  };
}

/** The letter's state: the read started ahead for it, taken once, or a new read. */
export function openLetter(api: Api, id: string): Promise<OpenedLetter> {
  const entry = aheadFor(api, id);
  const opening = entry?.opening;
  if (entry && opening) {
    entry.opening = null;
    return opening;
  }
  return api.call('letters:open', { id });
}

/** Whether the letter is shared, and how: the read started ahead for it, taken once, or a new read. */
export function letterConnection(api: Api, id: string): Promise<LetterConnection> {
  const entry = aheadFor(api, id);
  const connection = entry?.connection;
  if (entry && connection) {
    entry.connection = null;
    entry.answered = null;
    return connection;
  }
  return api.call('collab:connection', { letterId: id });
}

/**
 * Whether the letter is shared, if the read started ahead for it has already answered and is not yet taken: the
 * screen then draws the letter at once (the read, once it is taken, says the same). Null while it is unknown.
 */
export function answeredConnection(api: Api, id: string): { connection: LetterConnection } | null {
  return aheadFor(api, id)?.answered ?? null;
}

function aheadFor(api: Api, id: string): Ahead | null {
  return ahead?.api === api && ahead.id === id ? ahead : null;
}

// A read nobody takes must not surface as an unhandled rejection; the screen that takes one handles its failure.
function quiet<T>(read: Promise<T>): Promise<T> {
  read.catch(() => undefined);
  return read;
}
