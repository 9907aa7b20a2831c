import { useEffect } from 'react';
import type * as Y from 'yjs';
import type { Api } from '../../src-common/api/client';
import type { SaveQueue } from '../../src-common/letter/save-queue';
import { movingTimer } from '../ui/moving-timer';

/** An automatic version is saved once the letter has been quiet this long after edits made here. */
export const IDLE_BEFORE_VERSION_MS = 10 * 60 * 1000;

/** The label of a version saved after a pause in the editing. */
export const IDLE_VERSION_LABEL = 'After a pause in editing';

/**
 * Saves an automatic version once this person's edits have paused for {@link IDLE_BEFORE_VERSION_MS} (a co-editor's
 * edits are versioned on their own computer). Each keystroke only moves a timer (a clock read); the store thins these versions
 * with age, and never touches named ones.
 */
export function useAutomaticVersions(api: Api, letterId: string, doc: Y.Doc, queue: SaveQueue): void {
  useEffect(() => {
    const timer = movingTimer();
    const save = () => {
      queue
        .whenSaved()
        .then(() => api.call('versions:save', { letterId, label: IDLE_VERSION_LABEL, kind: 'automatic' }))
        .then(
          () => window.dispatchEvent(new Event(VERSIONS_CHANGED)),
          // Nothing to tell: the next pause tries again, and the letter itself is saved.
          () => undefined,
        );
    };
    const handleUpdate = (_update: Uint8Array, _origin: unknown, _doc: Y.Doc, transaction: Y.Transaction) => {
      if (!transaction.local) {
        return;
      }
      timer.set(save, IDLE_BEFORE_VERSION_MS);
    };
    doc.on('update', handleUpdate);
    return () => {
      doc.off('update', handleUpdate);
      timer.cancel();
    };
  }, [api, letterId, doc, queue]);
}

/** Fired on the window when a version was saved outside the Versions tab, so an open list reloads. */
export const VERSIONS_CHANGED = 'undersigned:versions-changed';
