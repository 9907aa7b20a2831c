import type * as Y from 'yjs';
import { BODY_FIELD } from '../letter/letter-doc';
import { bodyToJson } from '../letter/prosemirror-json';
import type { Problem } from '../problems';
import { findThreadAnchors, inDocumentOrder } from './anchors';
import { readThreads } from './threads-doc';

// Quotes in a message are cut to this many characters, so a list of problems stays a list of lines.
const QUOTE_CHARS = 60;

/**
 * One warning per open comment thread, in the order of the words they are about, detached threads last: a letter
 * is not ready to publish while partners still discuss its wording. The comments themselves are never exported.
 */
export function findCommentProblems(doc: Y.Doc): Problem[] {
  const open = readThreads(doc).filter((thread) => !thread.resolved);
  if (open.length === 0) {
    return [];
  }
  const anchors = findThreadAnchors(bodyToJson(doc.getXmlFragment(BODY_FIELD)));
  return inDocumentOrder(open, anchors).map((thread) => {
    const [opening] = thread.comments;
    const anchor = anchors.get(thread.id);
    const about = anchor
      ? `on ${quoted(anchor.text)}`
      : `(detached: the words ${quoted(thread.quote)} were deleted)`;
    const replies = thread.comments.length - 1;
    const more = replies === 0 ? '' : replies === 1 ? ' (1 reply)' : ` (${replies} replies)`;
    return {
      kind: 'open-comment',
      severity: 'warning',
      message: `Open comment by ${opening.author.name} ${about}: ${quoted(opening.text)}${more}.`,
      location: { section: 'body' },
    };
  });
}

function quoted(text: string): string {
  const flat = text.replace(/\s+/gu, ' ').trim();
  return `“${flat.length > QUOTE_CHARS ? `${flat.slice(0, QUOTE_CHARS - 1)}…` : flat}”`;
}
