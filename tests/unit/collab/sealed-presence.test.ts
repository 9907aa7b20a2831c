import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Awareness, applyAwarenessUpdate } from 'y-protocols/awareness';
import * as Y from 'yjs';
import {
  PRESENCE_SEND_DELAY_MS,
  SealedPresence,
  UNCHANGED_PRESENCE_RESEND_MS,
} from '../../../src-common/collab/sealed-presence';
import { decodeSealedClientMessage } from '../../../src-common/collab/sealed-messages';
import { openEnvelope } from '../../../src-common/crypto/envelope';
import { createLetterKeys } from '../../../src-common/crypto/letter-keys';
import { newWriterId } from '../../../src-common/crypto/writer-order';

const LETTER = 'letter-with-presence';

// One person's presence, sending into a list, on a clock the test moves; `seen` is what a co-editor makes of it.
function presence() {
  const keys = createLetterKeys();
  const awareness = new Awareness(new Y.Doc());
  const sent: Uint8Array[] = [];
  const clock = { now: 1_000 };
  const sealed = new SealedPresence({
    letterId: LETTER,
    keys,
    awareness,
    writerId: newWriterId(),
    send: (bytes) => sent.push(bytes),
    now: () => clock.now,
  });
  sealed.connected();
  const seen = (): unknown => {
    const message = decodeSealedClientMessage(sent.at(-1) ?? new Uint8Array(), 1_000_000);
    if (message?.type !== 'envelope') {
      return null;
    }
    const opened = openEnvelope(LETTER, message.envelope, keys);
    if (!opened.ok) {
      return null;
    }
    const other = new Awareness(new Y.Doc());
    applyAwarenessUpdate(other, opened.plaintext, 'server');
    return other.getStates().get(awareness.clientID);
  };
  return { awareness, sent, clock, seen, sealed };
}

beforeEach(() => {
  vi.useFakeTimers();
});

afterEach(() => {
  vi.useRealTimers();
});

// The caret as y-prosemirror's caret plugin sets it, and the moment its presence is due to go out.
function setCaret(awareness: Awareness, at: number): void {
  awareness.setLocalStateField('cursor', { anchor: at, head: at });
  vi.advanceTimersByTime(PRESENCE_SEND_DELAY_MS);
}

describe('sealed presence', () => {
  it('sends a caret that moved, and not the same caret set again after a co-editor’s change', () => {
    const { awareness, sent, seen } = presence();
    setCaret(awareness, 1);
    const afterMove = sent.length;
    expect(seen()).toEqual({ cursor: { anchor: 1, head: 1 } });
    // What the caret plugin does after each co-editor's change: the same caret, set again.
    for (let change = 0; change < 20; change += 1) {
      setCaret(awareness, 1);
    }
    expect(sent.length).toBe(afterMove);
    setCaret(awareness, 2);
    expect(sent.length).toBe(afterMove + 1);
    expect(seen()).toEqual({ cursor: { anchor: 2, head: 2 } });
  });

  it('sends carets moved in quick succession once, after the keystroke that moved them', () => {
    const { awareness, sent, seen } = presence();
    const before = sent.length;
    for (let at = 1; at <= 5; at += 1) {
      awareness.setLocalStateField('cursor', { anchor: at, head: at });
    }
    expect(sent.length).toBe(before);
    vi.advanceTimersByTime(PRESENCE_SEND_DELAY_MS);
    expect(sent.length).toBe(before + 1);
    expect(seen()).toEqual({ cursor: { anchor: 5, head: 5 } });
  });

  it('still renews unchanged presence, so co-editors never take this person for gone', () => {
    const { awareness, sent, clock } = presence();
    setCaret(awareness, 1);
    const afterMove = sent.length;
    clock.now += UNCHANGED_PRESENCE_RESEND_MS - 1;
    setCaret(awareness, 1);
    expect(sent.length).toBe(afterMove);
    clock.now += 1;
    // y-protocols' own renewal: the state set again as it is.
    awareness.setLocalState(awareness.getLocalState());
    vi.advanceTimersByTime(PRESENCE_SEND_DELAY_MS);
    expect(sent.length).toBe(afterMove + 1);
  });

  it('says at once that this person left', () => {
    const { awareness, sent, sealed } = presence();
    setCaret(awareness, 1);
    const before = sent.length;
    sealed.destroy();
    expect(sent.length).toBe(before + 1);
  });
});
