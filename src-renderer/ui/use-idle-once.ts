import { startTransition, useEffect, useState } from 'react';
import { whenIdle } from './when-idle';

/**
 * False until the browser has been idle once after `ready` became true, then true for good: for parts of a screen
 * that no one reads first, drawn after the part they came for. The render it causes is a transition, which React
 * breaks off for a click or a key, so drawing them never holds up the first keystroke.
 */
export function useIdleOnce(ready: boolean): boolean {
  const [done, setDone] = useState(false);
  useEffect(() => {
    if (!ready || done) {
      return;
    }
    return whenIdle(() => startTransition(() => setDone(true)));
  }, [ready, done]);
  return done;
}
