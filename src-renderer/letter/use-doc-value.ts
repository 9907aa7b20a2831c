import { useEffect, useState } from 'react';
import type * as Y from 'yjs';

/** What of a shared type this needs: Y.Map, Y.Array and Y.XmlFragment all have it. */
interface DeepObservable {
  observeDeep(listener: () => void): void;
  unobserveDeep(listener: () => void): void;
}

/** A value read from one shared type of a letter's Y.Doc. Define it once at module level so its identity is stable. */
export interface DocValue<T> {
  /** The shared type whose changes (at any depth) can change the value. */
  type: (doc: Y.Doc) => DeepObservable;
  read: (doc: Y.Doc) => T;
  /** When the new value means the same as the shown one, the shown one is kept and nothing re-renders. */
  same?: (shown: T, next: T) => boolean;
}

/** A value of the letter kept current as it changes here or arrives from a co-editor. */
export function useDocValue<T>(doc: Y.Doc, value: DocValue<T>): T {
  const [shown, setShown] = useState(() => value.read(doc));
  useEffect(() => {
    const type = value.type(doc);
    const refresh = () => {
      const next = value.read(doc);
      setShown((previous) => (value.same?.(previous, next) ? previous : next));
    };
    type.observeDeep(refresh);
    // The doc may have changed between the first render and this effect, or the doc itself may be a new one.
    refresh();
    return () => type.unobserveDeep(refresh);
  }, [doc, value]);
  return shown;
}
