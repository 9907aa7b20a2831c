import { useEffect, useState } from 'react';
import type { Api } from '../../src-common/api/client';
import type { DirectoryEntry } from '../../src-common/api/directory-schemas';

/** How many directory entries the add box offers at once. */
const SUGGESTED = 8;

/**
 * Directory entries matching what is typed. Each answer is kept with the text it answers, so a late answer to an
 * older keystroke is never shown; a failed search offers nothing, and adding by hand still works.
 */
export function useDirectorySuggestions(api: Api, query: string): DirectoryEntry[] {
  const [answer, setAnswer] = useState<{ query: string; entries: DirectoryEntry[] }>({
    query: '',
    entries: [],
  });
  const wanted = query.trim();
  useEffect(() => {
    if (wanted === '') {
      return undefined;
    }
    let current = true;
    api.call('directory:search', { query: wanted, limit: SUGGESTED }).then(
      (entries) => current && setAnswer({ query: wanted, entries }),
      () => current && setAnswer({ query: wanted, entries: [] }),
    );
    return () => {
      current = false;
    };
  }, [api, wanted]);
  return wanted !== '' && answer.query === wanted ? answer.entries : [];
}
