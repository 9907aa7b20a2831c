import { useCallback, useSyncExternalStore } from 'react';

/** Which screen is showing; kept in the URL fragment so a reload stays on the same letter. */
export type Route = { screen: 'home' } | { screen: 'letter'; id: string };

function parse(hash: string): Route {
  const match = /^#\/letter\/([A-Za-z0-9_-]{8,64})$/.exec(hash);
  return match?.[1] ? { screen: 'letter', id: match[1] } : { screen: 'home' };
}

function subscribe(listener: () => void): () => void {
  window.addEventListener('hashchange', listener);
  return () => window.removeEventListener('hashchange', listener);
}

/** The current route and a way to go elsewhere (Back and Forward work as expected). */
export function useRoute(): [string, (route: Route) => void] {
  const hash = useSyncExternalStore(subscribe, () => window.location.hash);
  const navigate = useCallback((route: Route) => {
    window.location.hash = route.screen === 'letter' ? `/letter/${route.id}` : '/';
  }, []);
  return [hash, navigate];
}

/** The route a fragment names. */
export function routeOf(hash: string): Route {
  return parse(hash);
}
