import type { Editor } from '@tiptap/core';
import { useEffect, useState } from 'react';
import type * as Y from 'yjs';
import { findThreadAnchors, type ThreadAnchor } from '../../src-common/comments/anchors';
import { BODY_FIELD } from '../../src-common/letter/letter-doc';
import { bodyToJson, type ProseMirrorJson } from '../../src-common/letter/prosemirror-json';
import { whenIdle } from '../ui/when-idle';

// While the text changes, the panel's order and quotes follow at most this often, when the browser is idle.
const EVERY_MS = 500;

/**
 * Where each thread's words are, read again a moment after the text changes, never in a keystroke's own frame:
 * the panel may show an order a moment late, the text never shows a letter late. Without an editor (a viewer's
 * copy still arriving) the body is read from the letter itself.
 */
export function useThreadAnchors(editor: Editor | null, doc: Y.Doc): ReadonlyMap<string, ThreadAnchor> {
  const [anchors, setAnchors] = useState<ReadonlyMap<string, ThreadAnchor>>(() => new Map());
  useEffect(() => {
    const fragment = doc.getXmlFragment(BODY_FIELD);
    const body = (): ProseMirrorJson => (editor ? editor.state.doc.toJSON() : bodyToJson(fragment));
    let cancel: (() => void) | null = null;
    const read = () => {
      cancel = null;
      const next = findThreadAnchors(body());
      setAnchors((previous) => (sameAnchors(previous, next) ? previous : next));
    };
    const schedule = () => {
      if (cancel) {
        return;
      }
      const timer = window.setTimeout(() => {
        cancel = whenIdle(read);
      }, EVERY_MS);
      cancel = () => window.clearTimeout(timer);
    };
    read();
    if (editor) {
      editor.on('update', schedule);
    } else {
      fragment.observeDeep(schedule);
    }
    return () => {
      cancel?.();
      editor?.off('update', schedule);
      fragment.unobserveDeep(schedule);
    };
  }, [editor, doc]);
  return anchors;
}

function sameAnchors(a: ReadonlyMap<string, ThreadAnchor>, b: ReadonlyMap<string, ThreadAnchor>): boolean {
  if (a.size !== b.size) {
    return false;
  }
  for (const [threadId, anchor] of b) {
    const other = a.get(threadId);
    if (!other || other.order !== anchor.order || other.text !== anchor.text) {
      return false;
    }
  }
  return true;
}
