import { useEffect, useMemo, useRef } from 'react';
import type { Api } from '../../src-common/api/client';
import { directorySignatures } from '../../src-common/signatories/directory-link';
import type { Signatory } from '../../src-common/signatories/signatory';

/**
 * Keeps the directory's "letters signed" in step with the letter's linked signatories and their statuses,
 * including changes made by co-editors. Only a change of the linked entries or their statuses is written (a bulk
 * status change is one change of the list, so one write), never an edit of a name or a note. A failure is not
 * shown: the next change records everything again.
 */
export function useDirectorySignatures(api: Api, letterId: string, signatories: readonly Signatory[]): void {
  const signatures = useMemo(() => directorySignatures(signatories), [signatories]);
  const latest = useRef(signatures);
  useEffect(() => {
    latest.current = signatures;
  }, [signatures]);
  const key = JSON.stringify(signatures);
  useEffect(() => {
    api.call('directory:recordLetter', { letterId, signatures: latest.current }).catch(() => undefined);
  }, [api, letterId, key]);
}
