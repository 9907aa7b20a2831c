import type { ProseMirrorJson } from '../letter/prosemirror-json';
import { COMMENT_MARK, QUOTE_MAX_CHARS } from './threads-doc';

/** Where a thread's words are in the body: the order of their first appearance, and the words themselves. */
export interface ThreadAnchor {
  /** 0 for the thread whose words come first in the letter, 1 for the next… */
  order: number;
  /** The words the thread's mark covers now (its pieces joined by a space when the mark is split). */
  text: string;
}

/** The thread id a mark anchors, when it is a comment mark. */
export function commentThreadIdOf(mark: { type: string; attrs?: Record<string, unknown> }): string | null {
  const threadId = mark.attrs?.threadId;
  return mark.type === COMMENT_MARK && typeof threadId === 'string' && threadId !== '' ? threadId : null;
}

/**
 * Every thread anchored in a body, by id. A thread missing from the result is detached: the words it was about
 * were deleted (it is kept, and listed as such).
 */
export function findThreadAnchors(body: ProseMirrorJson): Map<string, ThreadAnchor> {
  const anchors = new Map<string, ThreadAnchor>();
  const lastNode = new Map<string, ProseMirrorJson>();
  const visit = (node: ProseMirrorJson, previous: ProseMirrorJson | null): void => {
    for (const mark of node.marks ?? []) {
      const threadId = commentThreadIdOf(mark);
      if (threadId === null || node.text === undefined) {
        continue;
      }
      const anchor = anchors.get(threadId);
      if (!anchor) {
        anchors.set(threadId, { order: anchors.size, text: node.text.slice(0, QUOTE_MAX_CHARS) });
      } else if (anchor.text.length < QUOTE_MAX_CHARS) {
        // A mark continues across sibling text nodes (other marks change within it); elsewhere it is a new piece.
        const joiner = previous !== null && lastNode.get(threadId) === previous ? '' : ' ';
        anchor.text = `${anchor.text}${joiner}${node.text}`.slice(0, QUOTE_MAX_CHARS);
      }
      lastNode.set(threadId, node);
    }
    let before: ProseMirrorJson | null = null;
    for (const child of node.content ?? []) {
      visit(child, before);
      before = child;
    }
  };
  visit(body, null);
  return anchors;
}

/** Threads in the order their words appear in the letter, then the detached ones, oldest first. */
export function inDocumentOrder<T extends { id: string; createdAt: number }>(
  threads: readonly T[],
  anchors: ReadonlyMap<string, ThreadAnchor>,
): T[] {
  const position = (thread: T) => anchors.get(thread.id)?.order ?? Infinity;
  return [...threads].sort((a, b) => position(a) - position(b) || a.createdAt - b.createdAt);
}
