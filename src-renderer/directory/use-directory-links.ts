import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { Api } from '../../src-common/api/client';
import { directoryRef, directorySignatures } from '../../src-common/signatories/directory-link';
import type { Signatory } from '../../src-common/signatories/signatory';

/** Which entry of this computer's directory each signatory is, once known. */
export interface DirectoryLinks {
  /** The entry id of a signatory, null when the directory does not know it, undefined while still asking. */
  entryIdOf(signatory: Signatory): string | null | undefined;
  /** Asks again, after entries were added to the directory. */
  refresh(): void;
}

/**
 * Finds each signatory's entry in this computer's directory (by its link, or by name and chapter when the link is a
 * co-editor's), and keeps the directory's "letters signed" in step with the list and its statuses, co-editors'
 * changes included. Only a change of names or links asks the directory again, and only a change of the entries or
 * their statuses is recorded. A failure is not shown: the next change asks again.
 */
export function useDirectoryLinks(
  api: Api,
  letterId: string,
  signatories: readonly Signatory[],
): DirectoryLinks {
  const [revision, setRevision] = useState(0);
  const answer = useResolvedEntries(api, signatories, revision);
  const signatures = useMemo(
    () => (answer ? directorySignatures(signatories, (signatory) => answer.get(signatory.id) ?? null) : null),
    [answer, signatories],
  );
  const latestSignatures = useRef(signatures);
  useEffect(() => {
    latestSignatures.current = signatures;
  }, [signatures]);
  // Compared as text, so that a list read again with the same entries records nothing; written once per change.
  const signaturesKey = useMemo(() => JSON.stringify(signatures), [signatures]);
  useEffect(() => {
    const current = latestSignatures.current;
    if (current !== null) {
      api.call('directory:recordLetter', { letterId, signatures: current }).catch(() => undefined);
    }
  }, [api, letterId, signaturesKey]);
  const refresh = useCallback(() => setRevision((value) => value + 1), []);
  return useMemo(
    () => ({ entryIdOf: (signatory) => (answer ? answer.get(signatory.id) : undefined), refresh }),
    [answer, refresh],
  );
}

/** The directory's answer for the current names and links, or null while it is being asked. */
function useResolvedEntries(
  api: Api,
  signatories: readonly Signatory[],
  revision: number,
): ReadonlyMap<string, string | null> | null {
  const refs = useMemo(
    () => signatories.map((signatory) => ({ id: signatory.id, ...directoryRef(signatory) })),
    [signatories],
  );
  const latest = useRef(refs);
  useEffect(() => {
    latest.current = refs;
  }, [refs]);
  // Names and links as text: a change of anything else (a status, a note) asks the directory nothing.
  const key = useMemo(() => JSON.stringify(refs), [refs]);
  const [answer, setAnswer] = useState<{ key: string; ids: ReadonlyMap<string, string | null> } | null>(null);
  useEffect(() => {
    let current = true;
    const asked = latest.current;
    const request = asked.map(({ directoryId, name, country }) => ({ directoryId, name, country }));
    api.call('directory:resolve', { signatories: request }).then(
      (found) => {
        if (current) {
          setAnswer({
            key,
            ids: new Map(asked.map((signatory, index) => [signatory.id, found[index] ?? null])),
          });
        }
      },
      () => undefined,
    );
    return () => {
      current = false;
    };
  }, [api, key, revision]);
  return answer?.key === key ? answer.ids : null;
}
