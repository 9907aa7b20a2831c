import { useEffect, useState } from 'react';
import type { Api } from '../../src-common/api/client';
import type { DirectoryNames } from '../../src-common/signatories/cleanup/directory-names';

/**
 * Every name the directory knows, so the clean-up engine of a pasted list recognises spellings and translations.
 * Without the directory (it failed to load) the engine still works, knowing fewer names.
 */
export function useDirectoryAliases(api: Api, wanted: boolean): DirectoryNames[] {
  const [names, setNames] = useState<DirectoryNames[]>([]);
  useEffect(() => {
    if (!wanted) {
      return undefined;
    }
    let current = true;
    api.call('directory:aliases', {}).then(
      (found) => current && setNames(found),
      () => undefined,
    );
    return () => {
      current = false;
    };
  }, [api, wanted]);
  return names;
}
