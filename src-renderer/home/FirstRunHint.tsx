import { useState } from 'react';
import { originStorage } from '../api/host-session';

/** Set once the hint is dismissed; kept on this computer (this origin, in browser mode). */
export const FIRST_RUN_HINT_KEY = 'undersigned.first-run-hint-dismissed';

function wasDismissed(): boolean {
  try {
    return originStorage()?.getItem(FIRST_RUN_HINT_KEY) === 'yes';
  } catch {
    return false;
  }
}

/** The three things a coordinator does with the app, shown on the home screen until dismissed, then never again. */
export function FirstRunHint() {
  const [dismissed, setDismissed] = useState(wasDismissed);
  if (dismissed) {
    return null;
  }
  const dismiss = () => {
    try {
      originStorage()?.setItem(FIRST_RUN_HINT_KEY, 'yes');
    } catch {
      // Storage switched off: the hint goes for now and comes back next time.
    }
    setDismissed(true);
  };
  return (
    <section className="first-run-hint" aria-labelledby="first-run-hint-title">
      <div>
        <h2 id="first-run-hint-title">Three steps to a sign-on letter</h2>
        <ol>
          <li>
            <strong>Write or import the letter</strong>: start one with New letter (blank or from the
            template), or bring in a draft with Import letter….
          </li>
          <li>
            <strong>Collect signatories</strong>: in the letter’s Signatories tab, add organizations one by
            one or paste a whole list to clean up.
          </li>
          <li>
            <strong>Export</strong>: publish the letter with its confirmed list as PDF, Word, web page or
            e-mail.
          </li>
        </ol>
      </div>
      <button type="button" className="button" onClick={dismiss}>
        Got it, don’t show again
      </button>
    </section>
  );
}
