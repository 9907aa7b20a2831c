import type * as Y from 'yjs';
import { readSignatories, signatoriesMap } from '../../src-common/signatories/signatories-doc';
import type { Signatory } from '../../src-common/signatories/signatory';
import { useDocValue, type DocValue } from '../letter/use-doc-value';

const SIGNATORIES: DocValue<readonly Signatory[]> = { type: signatoriesMap, read: readSignatories };

/** The letter's signatory list, kept current as it changes here or arrives from elsewhere. */
export function useSignatories(doc: Y.Doc): readonly Signatory[] {
  return useDocValue(doc, SIGNATORIES);
}
