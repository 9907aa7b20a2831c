import type * as Y from 'yjs';
import { findCommentProblems } from '../comments/comment-problems';
import { blockText } from '../versions/compare';
import { BODY_FIELD, readLetterMeta } from '../letter/letter-doc';
import { bodyToJson } from '../letter/prosemirror-json';
import { findNoteProblems } from '../notes/note-problems';
import { compareProblems, type Problem } from '../problems';
import { checkCountClaims } from './count-claims';
import { readSignatories } from '../signatories/signatories-doc';
import { confirmedCount } from '../signatories/signatory';
import { pendingSuggestionProblemsOf } from '../suggestions/pending-problems';

/**
 * Every problem a letter has, as the Checks tab lists them and `cli check` prints them: its notes and addresses,
 * its claims about how many signed, compared with the confirmed count of its own list and those it says signed
 * without listing them, and suggested edits still
 * pending and comment threads still open.
 */
export function findLetterProblems(doc: Y.Doc, secureUrls: ReadonlySet<string> = new Set()): Problem[] {
  return [
    ...findNoteProblems(doc, secureUrls),
    ...countClaimProblems(doc),
    ...pendingSuggestionProblemsOf(doc),
    ...findCommentProblems(doc),
  ].sort(compareProblems);
}

// A letter whose list is still empty has nothing to count yet; its claims are checked once organizations sign.
function countClaimProblems(doc: Y.Doc): Problem[] {
  const signatories = readSignatories(doc);
  const { title, unlistedSignatories } = readLetterMeta(doc);
  if (signatories.length === 0 && unlistedSignatories === 0) {
    return [];
  }
  const body = (bodyToJson(doc.getXmlFragment(BODY_FIELD)).content ?? []).map(blockText).join('\n');
  return checkCountClaims({ title, body }, confirmedCount(signatories), unlistedSignatories);
}
