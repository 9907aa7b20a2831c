import { useEffect, useState } from 'react';
import * as Y from 'yjs';
import type { Api } from '../../src-common/api/client';
import type { LetterSummary } from '../../src-common/api/letters-schemas';
import { decodeBinary, encodeBinary } from '../../src-common/letter/encoding';
import { SaveQueue, type Schedule } from '../../src-common/letter/save-queue';
import { messageOf } from '../api/message-of';
import { openLetter } from './letter-opening';
import { movingTimer } from '../ui/moving-timer';

/** Marks the state that came from the store, so it is not sent back. */
const FROM_STORE = Symbol('from-store');

/** An open letter: its Y.Doc and the queue that carries its edits to the store. */
export type LetterDocState =
  | { status: 'loading' }
  | { status: 'ready'; doc: Y.Doc; queue: SaveQueue; letter: LetterSummary }
  | { status: 'failed'; message: string };

// Every keystroke queues an update and pushes the save back: a moving timer makes that a clock read.
function browserSchedule(): Schedule {
  const timer = movingTimer();
  return (task, ms) => timer.set(task, ms);
}

/**
 * Opens a letter from the store and saves every local edit through a {@link SaveQueue}. Leaving the letter does
 * not drop unsaved edits: the queue keeps sending them, and the page warns before it is closed with edits pending.
 */
export function useLetterDoc(api: Api, id: string): LetterDocState {
  const [state, setState] = useState<LetterDocState>({ status: 'loading' });

  useEffect(() => {
    let release: (() => void) | null = null;
    let cancelled = false;
    openLetter(api, id).then(
      ({ letter, state: stored }) => {
        if (cancelled) {
          return;
        }
        const opened = openDoc(api, id, decodeBinary(stored));
        release = opened.release;
        setState({ status: 'ready', doc: opened.doc, queue: opened.queue, letter });
      },
      (error: unknown) => !cancelled && setState({ status: 'failed', message: messageOf(error) }),
    );
    return () => {
      cancelled = true;
      release?.();
    };
  }, [api, id]);

  return state;
}

function openDoc(
  api: Api,
  id: string,
  stored: Uint8Array,
): { doc: Y.Doc; queue: SaveQueue; release(): void } {
  const doc = new Y.Doc();
  Y.applyUpdate(doc, stored, FROM_STORE);
  const queue = new SaveQueue({
    send: async (updates) => {
      await api.call('letters:save', { id, updates: updates.map(encodeBinary) });
    },
    schedule: browserSchedule(),
    describeFailure: messageOf,
  });
  const onUpdate = (update: Uint8Array, origin: unknown): void => {
    if (origin !== FROM_STORE) {
      queue.add(update);
    }
  };
  const onBeforeUnload = (event: BeforeUnloadEvent): void => {
    if (queue.getState().kind !== 'saved') {
      event.preventDefault();
    }
  };
  doc.on('update', onUpdate);
  window.addEventListener('beforeunload', onBeforeUnload);
  return {
    doc,
    queue,
    release() {
      doc.off('update', onUpdate);
      void queue.whenSaved().then(() => {
        window.removeEventListener('beforeunload', onBeforeUnload);
        doc.destroy();
      });
    },
  };
}
