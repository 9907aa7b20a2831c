import { useEffect, useState } from 'react';
import type * as Y from 'yjs';
import { META_FIELD } from '../../src-common/letter/letter-doc';
import { readSignatoryDisplay, type SignatoryDisplay } from '../../src-common/signatories/display-settings';

/** The letter's sort and grouping choices, kept current as a co-editor changes them. */
export function useSignatoryDisplay(doc: Y.Doc): SignatoryDisplay {
  const [display, setDisplay] = useState(() => readSignatoryDisplay(doc));
  useEffect(() => {
    const map = doc.getMap(META_FIELD);
    const refresh = () => {
      const next = readSignatoryDisplay(doc);
      // Other metadata changes (the title as it is typed) must not re-sort the list.
      setDisplay((previous) =>
        previous.locale === next.locale && previous.grouping === next.grouping ? previous : next,
      );
    };
    map.observe(refresh);
    refresh();
    return () => map.unobserve(refresh);
  }, [doc]);
  return display;
}
