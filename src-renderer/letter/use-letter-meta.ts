import { useEffect, useState } from 'react';
import type * as Y from 'yjs';
import { META_FIELD, readLetterMeta, type LetterMeta } from '../../src-common/letter/letter-doc';

/** The letter's metadata, kept current as it changes here or arrives from elsewhere. */
export function useLetterMeta(doc: Y.Doc): LetterMeta {
  const [meta, setMeta] = useState(() => readLetterMeta(doc));
  useEffect(() => {
    const map = doc.getMap(META_FIELD);
    const refresh = () => setMeta(readLetterMeta(doc));
    map.observe(refresh);
    return () => map.unobserve(refresh);
  }, [doc]);
  return meta;
}
