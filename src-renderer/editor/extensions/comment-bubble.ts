import type { AnyExtension } from '@tiptap/core';
import { BubbleMenu } from '@tiptap/extension-bubble-menu';

/**
 * The element the Comment bubble is drawn in: made before the editor, so that the bubble's plugin is one of the
 * editor's own from the start (`commentBubble`), and filled by `CommentBubble` (React) once the editor exists.
 * A plugin registered after the editor is made has ProseMirror make every plugin's view again, and the Yjs
 * binding's view then builds the whole letter again as new, equal nodes that ProseMirror's view never takes: every
 * keystroke after it compared each block of the letter with its stale copy (bench/README.md, typing).
 */
export function commentBubbleElement(): HTMLElement {
  const element = document.createElement('div');
  element.className = 'comment-bubble';
  // Out of the flow and unseen until the plugin first places it beside a selection.
  element.style.visibility = 'hidden';
  element.style.position = 'absolute';
  return element;
}

/**
 * Shows the bubble above the end of selected words while the letter can be edited and has the focus; the plugin
 * positions the element and attaches it beside the editor only while it shows.
 */
export function commentBubble(element: HTMLElement): AnyExtension {
  return BubbleMenu.configure({
    element,
    pluginKey: 'commentBubble',
    shouldShow: ({ editor, state }) =>
      !state.selection.empty &&
      editor.isEditable &&
      editor.isFocused &&
      state.doc.textBetween(state.selection.from, state.selection.to).trim() !== '',
    options: { placement: 'top-end', offset: 6 },
  });
}
