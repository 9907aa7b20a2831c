import type { Editor } from '@tiptap/core';
import { BubbleMenu } from '@tiptap/react/menus';

/**
 * A "Comment" button beside selected words, where Google Docs offers its own: the editor keeps the browser's
 * context menu, whose spelling suggestions people rely on.
 */
export function CommentBubble({ editor }: { editor: Editor }) {
  return (
    <BubbleMenu
      editor={editor}
      className="comment-bubble"
      shouldShow={({ editor: current, state }) =>
        !state.selection.empty &&
        current.isEditable &&
        current.isFocused &&
        state.doc.textBetween(state.selection.from, state.selection.to).trim() !== ''
      }
      options={{ placement: 'top-end', offset: 6 }}
    >
      <button
        type="button"
        className="button small"
        onMouseDown={(event) => event.preventDefault()}
        onClick={() => editor.chain().focus().startComment().run()}
        title="Comment (Ctrl+Alt+M)"
        aria-label="Comment on the selected words"
      >
        Comment
      </button>
    </BubbleMenu>
  );
}
