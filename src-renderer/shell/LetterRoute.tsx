import { useLayoutEffect } from 'react';
import { useApi } from '../api/api-context';
import { readAhead } from '../letter/letter-opening';
import type { LetterScreenProps } from '../letter/LetterScreen';
import { onDemand } from '../ui/on-demand';

// The editor is most of the app's code: it comes in a chunk of its own, fetched the first time a letter opens, so
// the home screen appears without waiting for it. A failed fetch is tried again on the next opening.
const LetterScreenOnDemand = onDemand<LetterScreenProps>(
  () => import('../letter/LetterScreen').then((module) => module.LetterScreen),
  {
    waiting: () => <main className="letter-message">Opening the letter…</main>,
    failed: ({ onBack }) => (
      <main className="letter-message">
        <p role="alert">The letter could not be opened: part of the app did not load. Please try again.</p>
        <button type="button" className="button" onClick={onBack}>
          Back to letters
        </button>
      </main>
    ),
  },
);

/**
 * Starts fetching the letter screen's code as the home screen first shows, so a click on a letter waits only for
 * the letter itself: the download runs beside the home screen's own reads from the backend.
 */
export function preloadLetterScreen(): void {
  LetterScreenOnDemand.preload();
  // Where the system has no Georgia, the letter's text is drawn in Noto Serif, a file of the app: fetched now, a
  // letter is laid out once in it, not first in a stand-in face and again when the face arrives.
  document.fonts.load('1em "Noto Serif"').catch(() => undefined);
}

/**
 * The letter screen, once its code is here. The letter and whether it is shared are read from the backend while
 * the code is fetched (or from the start, when it is here). Not `lazy` and `Suspense`: React holds content back for
 * 300 ms after a Suspense fallback has shown, and this fallback shows on every first opening.
 */
export function LetterRoute(props: LetterScreenProps) {
  const api = useApi();
  // A layout effect runs before the screen's own effects, which take the reads; leaving before they did drops them.
  useLayoutEffect(() => readAhead(api, props.id), [api, props.id]);
  return <LetterScreenOnDemand {...props} />;
}
