import type { Editor } from '@tiptap/core';
import { createPortal } from 'react-dom';

/**
 * A "Comment" button beside selected words, where Google Docs offers its own: the editor keeps the browser's
 * context menu, whose spelling suggestions people rely on. Drawn into the element that the editor's own bubble
 * plugin shows and positions (`editor/extensions/comment-bubble.ts`).
 */
export function CommentBubble({ editor, element }: { editor: Editor; element: HTMLElement }) {
  return createPortal(
    <button
      type="button"
      className="button small"
      onMouseDown={(event) => event.preventDefault()}
      onClick={() => editor.chain().focus().startComment().run()}
      title="Comment (Ctrl+Alt+M)"
      aria-label="Comment on the selected words"
    >
      Comment
    </button>,
    element,
  );
}
