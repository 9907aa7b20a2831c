import type { Api } from '../../src-common/api/client';
import type { LetterSummary } from '../../src-common/api/letters-schemas';

// The list read as the page loads, before React first renders the home screen; the first load takes it or drops it.
let listAhead: { api: Api; letters: Promise<LetterSummary[]> } | null = null;

/**
 * Starts reading the home screen's list as the page loads, for a page that opens on the home screen: the read
 * travels while React renders the screen, instead of starting once it has.
 */
export function readLettersAhead(api: Api): void {
  const letters = api.call('letters:list', { trash: false });
  // Its failure is reported by the load that takes it.
  letters.catch(() => undefined);
  listAhead = { api, letters };
}

/**
 * The list read ahead, for the first load that asks: taken once, or dropped if that load is of the trash. Any later
 * load reads afresh, so a list read as the page loaded is never shown after something changed.
 */
export function lettersAhead(api: Api, trash: boolean): Promise<LetterSummary[]> | null {
  const ahead = listAhead;
  listAhead = null;
  return ahead && ahead.api === api && !trash ? ahead.letters : null;
}
