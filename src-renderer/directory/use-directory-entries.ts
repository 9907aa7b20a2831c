import { useEffect, useState } from 'react';
import type { Api } from '../../src-common/api/client';
import type { DirectoryEntry } from '../../src-common/api/directory-schemas';
import { messageOf } from '../api/message-of';

/** Entries listed at once; a search narrows longer directories. */
export const LISTED = 200;

/** The directory entries matching a search, as they load. */
export type EntriesState =
  | { status: 'loading'; list: DirectoryEntry[] }
  | { status: 'ready'; list: DirectoryEntry[] }
  | { status: 'failed'; list: DirectoryEntry[]; message: string };

/** Loads the entries matching `query` again whenever it or `revision` (bumped after a change) changes. */
export function useDirectoryEntries(api: Api, query: string, revision: number): EntriesState {
  const [state, setState] = useState<EntriesState>({ status: 'loading', list: [] });
  useEffect(() => {
    let current = true;
    api.call('directory:search', { query, limit: LISTED }).then(
      (list) => current && setState({ status: 'ready', list }),
      (failure: unknown) => current && setState({ status: 'failed', list: [], message: messageOf(failure) }),
    );
    return () => {
      current = false;
    };
  }, [api, query, revision]);
  return state;
}
