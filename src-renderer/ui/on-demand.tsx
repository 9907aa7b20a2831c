import { useEffect, useState, type ComponentType, type ReactNode } from 'react';

/** A component whose code is a chunk of its own, fetched the first time it is drawn (or asked for ahead). */
export type OnDemand<P extends object> = ComponentType<P> & {
  /** Starts fetching the code without drawing anything; a failure is left for the first drawing to show. */
  preload(): void;
};

/** What shows in a part's place before its code is here, and if the code could not be fetched. */
export interface OnDemandFallbacks<P extends object> {
  waiting?: (props: P) => ReactNode;
  failed?: (props: P) => ReactNode;
}

function failedLine(): ReactNode {
  return (
    <p role="alert" className="error">
      Part of the app did not load. Please try again.
    </p>
  );
}

/**
 * Wraps a part of the app that no screen shows as it first appears (a dialog, a panel behind a tab, the sealed
 * connection of a shared letter) so its code is fetched and evaluated on first use rather than on every start.
 * Nothing (or `waiting`) is drawn until the code is here, then the part is drawn with the props it was given. Not `lazy` and
 * `Suspense`: React holds content back for 300 ms after a Suspense fallback has shown, which a dialog opened by a
 * click would wait for. A failed fetch shows a line saying so and is tried again on the next drawing.
 */
export function onDemand<P extends object>(
  load: () => Promise<ComponentType<P>>,
  { waiting = () => null, failed: failedPart = failedLine }: OnDemandFallbacks<P> = {},
): OnDemand<P> {
  let loaded: ComponentType<P> | null = null;
  let loading: Promise<ComponentType<P>> | null = null;
  const fetchCode = (): Promise<ComponentType<P>> => {
    loading ??= load().then(
      (component) => {
        loaded = component;
        return component;
      },
      (error: unknown) => {
        loading = null;
        throw error;
      },
    );
    return loading;
  };

  function OnDemandPart(props: P) {
    // Held in an object: a component is a function, which useState would call as an initialiser.
    const [part, setPart] = useState<{ Component: ComponentType<P> } | null>(() =>
      loaded ? { Component: loaded } : null,
    );
    const [failed, setFailed] = useState(false);
    useEffect(() => {
      if (part) {
        return undefined;
      }
      let current = true;
      fetchCode().then(
        (Component) => current && setPart({ Component }),
        () => current && setFailed(true),
      );
      return () => {
        current = false;
      };
    }, [part]);

    if (part) {
      return <part.Component {...props} />;
    }
    return failed ? failedPart(props) : waiting(props);
  }

  return Object.assign(OnDemandPart, {
    preload: () => {
      fetchCode().catch(() => undefined);
    },
  });
}
