import { useCallback, useEffect, useState } from 'react';
import type { Api } from '../../src-common/api/client';
import type { LetterSummary } from '../../src-common/api/letters-schemas';
import type { ConnectionMonitor } from '../api/connection';
import { messageOf } from '../api/message-of';
import { lettersAhead } from './letters-ahead';

/** The home screen's list as it is known. */
export type LettersState =
  | { status: 'loading' }
  | { status: 'ready'; letters: LetterSummary[] }
  | { status: 'failed'; message: string };

/** Loads the letters (or the trash), reloads when the backend comes back, and reloads after each change. */
export function useLetters(api: Api, connection: ConnectionMonitor, trash: boolean) {
  const [state, setState] = useState<LettersState>({ status: 'loading' });

  const reload = useCallback(() => {
    (lettersAhead(api, trash) ?? api.call('letters:list', { trash })).then(
      (letters) => setState({ status: 'ready', letters }),
      (error: unknown) => setState({ status: 'failed', message: messageOf(error) }),
    );
  }, [api, trash]);

  useEffect(() => {
    reload();
    return connection.onReconnect(reload);
  }, [reload, connection]);

  const act = useCallback(
    async <T>(work: () => Promise<T>): Promise<T> => {
      const result = await work();
      reload();
      return result;
    },
    [reload],
  );

  return { state, act, reload };
}
