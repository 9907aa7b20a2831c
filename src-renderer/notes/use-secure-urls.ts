import { useEffect, useState } from 'react';
import type { Api } from '../../src-common/api/client';

/** The citation library's https addresses, for the "use https" check; empty until they arrive (or if they cannot). */
export function useSecureUrls(api: Api): ReadonlySet<string> {
  const [urls, setUrls] = useState<ReadonlySet<string>>(() => new Set());
  useEffect(() => {
    let current = true;
    api.call('citations:secureUrls', {}).then(
      (found) => current && setUrls(new Set(found)),
      () => undefined,
    );
    return () => {
      current = false;
    };
  }, [api]);
  return urls;
}
