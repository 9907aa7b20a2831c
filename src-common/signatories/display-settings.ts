import type * as Y from 'yjs';
import { META_FIELD } from '../letter/letter-doc';

/** How the signatories panel (and the published block) groups the list. */
export const SIGNATORY_GROUPINGS = ['alphabetical', 'tag', 'country'] as const;

/** One of {@link SIGNATORY_GROUPINGS}. */
export type SignatoryGrouping = (typeof SIGNATORY_GROUPINGS)[number];

/**
 * The list's sort and grouping choices. They are kept in the letter's settings (beside the notes heading) rather
 * than on this computer, so every co-editor and every export orders the names the same way.
 */
export interface SignatoryDisplay {
  /** The alphabet names are sorted in (BCP 47, "sv", "tr", "ug"); empty for the letter's language. */
  locale: string;
  grouping: SignatoryGrouping;
}

/** What a letter that never chose shows. */
export const DEFAULT_DISPLAY: SignatoryDisplay = { locale: '', grouping: 'alphabetical' };

const LOCALE_KEY = 'signatoryLocale';
const GROUPING_KEY = 'signatoryGrouping';

/** Reads the choices, falling back to the defaults for a value that is missing or that this app does not know. */
export function readSignatoryDisplay(doc: Y.Doc): SignatoryDisplay {
  const meta = doc.getMap<unknown>(META_FIELD);
  const locale = meta.get(LOCALE_KEY);
  const grouping = SIGNATORY_GROUPINGS.find((known) => known === meta.get(GROUPING_KEY));
  return {
    locale: typeof locale === 'string' && isSupportedLocale(locale) ? locale : DEFAULT_DISPLAY.locale,
    grouping: grouping ?? DEFAULT_DISPLAY.grouping,
  };
}

/** Changes the choices for everyone editing the letter. An unknown locale is refused rather than stored. */
export function updateSignatoryDisplay(doc: Y.Doc, patch: Partial<SignatoryDisplay>): void {
  const meta = doc.getMap<unknown>(META_FIELD);
  doc.transact(() => {
    if (
      patch.locale !== undefined &&
      isSupportedLocale(patch.locale) &&
      meta.get(LOCALE_KEY) !== patch.locale
    ) {
      meta.set(LOCALE_KEY, patch.locale);
    }
    if (patch.grouping !== undefined && meta.get(GROUPING_KEY) !== patch.grouping) {
      meta.set(GROUPING_KEY, patch.grouping);
    }
  });
}

/** True for "" (the letter's language) and for a tag Intl can sort by. */
export function isSupportedLocale(locale: string): boolean {
  if (locale === '') {
    return true;
  }
  try {
    return Intl.Collator.supportedLocalesOf([locale]).length > 0;
  } catch {
    // A malformed tag ("en_US", "x") throws a RangeError.
    return false;
  }
}

/** The locale to sort with: the chosen one, else the letter's language. */
export function collatorLocale(display: SignatoryDisplay, letterLanguage?: string): string | undefined {
  return display.locale === '' ? letterLanguage : display.locale;
}
