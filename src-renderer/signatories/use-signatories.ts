import { useEffect, useState } from 'react';
import type * as Y from 'yjs';
import { readSignatories, signatoriesMap } from '../../src-common/signatories/signatories-doc';
import type { Signatory } from '../../src-common/signatories/signatory';

/** The letter's signatory list, kept current as it changes here or arrives from elsewhere. */
export function useSignatories(doc: Y.Doc): Signatory[] {
  const [signatories, setSignatories] = useState(() => readSignatories(doc));
  useEffect(() => {
    const map = signatoriesMap(doc);
    const refresh = () => setSignatories(readSignatories(doc));
    map.observeDeep(refresh);
    refresh();
    return () => map.unobserveDeep(refresh);
  }, [doc]);
  return signatories;
}
