import { useCallback, useEffect, useState } from 'react';
import type { Api } from '../../src-common/api/client';
import { messageOf } from '../api/message-of';
import type { RequestOf, Settings } from '../../src-common/api/contract';
import type { ConnectionMonitor } from '../api/connection';

/** The person's settings as the screen knows them. */
export type SettingsState =
  { status: 'loading' } | { status: 'ready'; settings: Settings } | { status: 'failed'; message: string };

/** Loads the settings, reloads them when the backend comes back, and saves changes. */
export function useSettings(api: Api, connection: ConnectionMonitor) {
  const [state, setState] = useState<SettingsState>({ status: 'loading' });

  const load = useCallback(() => {
    api.call('settings:get', {}).then(
      (settings) => setState({ status: 'ready', settings }),
      (error: unknown) => setState({ status: 'failed', message: messageOf(error) }),
    );
  }, [api]);

  useEffect(() => {
    load();
    return connection.onReconnect(load);
  }, [load, connection]);

  const save = useCallback(
    async (patch: RequestOf<'settings:update'>): Promise<Settings> => {
      const settings = await api.call('settings:update', patch);
      setState({ status: 'ready', settings });
      return settings;
    },
    [api],
  );

  return { state, save };
}
