import type * as Y from 'yjs';
import { findCommentProblems } from '../comments/comment-problems';
import { blockText } from '../versions/compare';
import { BODY_FIELD, readLetterMeta } from '../letter/letter-doc';
import { bodyToJson } from '../letter/prosemirror-json';
import { findNoteProblems } from '../notes/note-problems';
import { compareProblems, type Problem } from '../problems';
import { checkCountClaims } from './check-count-claims';
import { kindCountsOf, type SignedCount } from './claim-verdict';
import { readSignatories } from '../signatories/signatories-doc';
import { confirmedCount } from '../signatories/signatory';
import { pendingSuggestionProblemsOf } from '../suggestions/pending-problems';

/**
 * Every problem a letter has, as the Checks tab lists them and `cli check` prints them: its notes and addresses,
 * its claims about how many signed, compared with the confirmed count of its own list and those it says signed
 * without listing them, and suggested edits still pending and comment threads still open.
 */
export function findLetterProblems(doc: Y.Doc, secureUrls: ReadonlySet<string> = new Set()): Problem[] {
  return [
    ...findNoteProblems(doc, secureUrls),
    ...countClaimProblems(doc),
    ...pendingSuggestionProblemsOf(doc),
    ...findCommentProblems(doc),
  ].sort(compareProblems);
}

export type { SignedCount } from './claim-verdict';

/**
 * The count every claim of the letter is checked against, in the Checks tab, `cli check` and the editor alike; null
 * while there is nothing to count yet (no entry and none said to be unlisted): claims are checked once some sign.
 */
export function signedCountOf(doc: Y.Doc): SignedCount | null {
  const signatories = readSignatories(doc);
  const unlisted = readLetterMeta(doc).unlistedSignatories;
  if (signatories.length === 0 && unlisted === 0) {
    return null;
  }
  const kinds = kindCountsOf(signatories);
  const marked = kinds.people + kinds.organizations > 0;
  return marked
    ? { confirmed: confirmedCount(signatories), unlisted, kinds }
    : { confirmed: confirmedCount(signatories), unlisted };
}

function countClaimProblems(doc: Y.Doc): Problem[] {
  const count = signedCountOf(doc);
  if (count === null) {
    return [];
  }
  const body = (bodyToJson(doc.getXmlFragment(BODY_FIELD)).content ?? []).map(blockText).join('\n');
  return checkCountClaims(
    { title: readLetterMeta(doc).title, body },
    count.confirmed,
    count.unlisted,
    count.kinds,
  );
}
