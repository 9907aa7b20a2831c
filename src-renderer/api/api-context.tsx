import { createContext, useContext, type ReactNode } from 'react';
import type { Api } from '../../src-common/api/client';

const ApiContext = createContext<Api | null>(null);

interface ApiProviderProps {
  api: Api;
  children: ReactNode;
}

/** Gives every screen and dialog below it the one typed API to the backend. */
export function ApiProvider({ api, children }: ApiProviderProps) {
  return <ApiContext.Provider value={api}>{children}</ApiContext.Provider>;
}

/** The typed API to the backend (the main process, or the browser-mode host). */
export function useApi(): Api {
  const api = useContext(ApiContext);
  if (!api) {
    throw new Error('useApi needs an ApiProvider above it.');
  }
  return api;
}
