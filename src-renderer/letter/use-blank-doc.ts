import { useCallback, useSyncExternalStore } from 'react';
import type * as Y from 'yjs';

/**
 * True while the doc holds nothing at all: a letter just joined whose text has not yet come from the server. The
 * editor waits for it, because an editor bound to an empty doc may write an empty paragraph of its own, which
 * would sit beside the real text once both merge.
 */
export function useBlankDoc(doc: Y.Doc): boolean {
  const subscribe = useCallback(
    (listener: () => void) => {
      doc.on('update', listener);
      return () => doc.off('update', listener);
    },
    [doc],
  );
  return useSyncExternalStore(subscribe, () => doc.store.clients.size === 0);
}
