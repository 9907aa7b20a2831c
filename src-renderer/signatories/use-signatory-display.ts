import type * as Y from 'yjs';
import { META_FIELD } from '../../src-common/letter/letter-doc';
import { readSignatoryDisplay, type SignatoryDisplay } from '../../src-common/signatories/display-settings';
import { useDocValue, type DocValue } from '../letter/use-doc-value';

const DISPLAY: DocValue<SignatoryDisplay> = {
  type: (doc) => doc.getMap(META_FIELD),
  read: readSignatoryDisplay,
  // Other metadata changes (the title as it is typed) must not re-sort the list.
  same: (shown, next) => shown.locale === next.locale && shown.grouping === next.grouping,
};

/** The letter's sort and grouping choices, kept current as a co-editor changes them. */
export function useSignatoryDisplay(doc: Y.Doc): SignatoryDisplay {
  return useDocValue(doc, DISPLAY);
}
