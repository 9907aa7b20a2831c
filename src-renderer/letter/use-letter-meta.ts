import type * as Y from 'yjs';
import { META_FIELD, readLetterMeta, type LetterMeta } from '../../src-common/letter/letter-doc';
import { useDocValue, type DocValue } from './use-doc-value';

const META: DocValue<LetterMeta> = { type: (doc) => doc.getMap(META_FIELD), read: readLetterMeta };

/** The letter's metadata, kept current as it changes here or arrives from elsewhere. */
export function useLetterMeta(doc: Y.Doc): LetterMeta {
  return useDocValue(doc, META);
}
