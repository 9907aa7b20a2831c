import { useEditorState, type Editor } from '@tiptap/react';
import type { ReactNode } from 'react';
import { printOpenLetter } from '../print/print-letter';
import { PrinterIcon } from '../print/PrinterIcon';
import { ModeSwitch } from '../suggestions/ModeSwitch';
import { toDirection, toolbarStateOf } from './toolbar-state';

interface ToolbarProps {
  editor: Editor;
  onRequestLink(): void;
  onInsertNote(): void;
  /** A viewer's copy: the mode switch stays on Viewing. */
  readOnly?: boolean;
}

/** Formatting controls; each says its shortcut, and pressed state is announced to screen readers. */
export function Toolbar({ editor, onRequestLink, onInsertNote, readOnly = false }: ToolbarProps) {
  const active = useEditorState({ editor, selector: ({ editor: current }) => toolbarStateOf(current) });
  const chain = () => editor.chain().focus();

  return (
    <div className="toolbar" role="toolbar" aria-label="Formatting">
      <ToolButton label="Undo (Ctrl+Z)" disabled={!active.canUndo} onClick={() => chain().undo().run()}>
        ↶
      </ToolButton>
      <ToolButton label="Redo (Ctrl+Shift+Z)" disabled={!active.canRedo} onClick={() => chain().redo().run()}>
        ↷
      </ToolButton>
      <ToolButton label="Print (Ctrl+P)" onClick={printOpenLetter}>
        <PrinterIcon />
      </ToolButton>
      <span className="toolbar-separator" aria-hidden="true" />
      <ToolButton label="Bold (Ctrl+B)" pressed={active.bold} onClick={() => chain().toggleBold().run()}>
        <b>B</b>
      </ToolButton>
      <ToolButton
        label="Italic (Ctrl+I)"
        pressed={active.italic}
        onClick={() => chain().toggleItalic().run()}
      >
        <i>I</i>
      </ToolButton>
      <ToolButton
        label="Underline (Ctrl+U)"
        pressed={active.underline}
        onClick={() => chain().toggleUnderline().run()}
      >
        <u>U</u>
      </ToolButton>
      <ToolButton
        label="Strikethrough (Ctrl+Shift+S)"
        pressed={active.strike}
        onClick={() => chain().toggleStrike().run()}
      >
        <s>S</s>
      </ToolButton>
      <span className="toolbar-separator" aria-hidden="true" />
      <ToolButton
        label="Heading (Ctrl+Alt+2)"
        pressed={active.heading2}
        onClick={() => chain().toggleHeading({ level: 2 }).run()}
      >
        H2
      </ToolButton>
      <ToolButton
        label="Subheading (Ctrl+Alt+3)"
        pressed={active.heading3}
        onClick={() => chain().toggleHeading({ level: 3 }).run()}
      >
        H3
      </ToolButton>
      <ToolButton
        label="Bulleted list (Ctrl+Shift+8)"
        pressed={active.bulletList}
        onClick={() => chain().toggleBulletList().run()}
      >
        •≡
      </ToolButton>
      <ToolButton
        label="Numbered list (Ctrl+Shift+7)"
        pressed={active.orderedList}
        onClick={() => chain().toggleOrderedList().run()}
      >
        1≡
      </ToolButton>
      <ToolButton
        label="Quote (Ctrl+Shift+B)"
        pressed={active.blockquote}
        onClick={() => chain().toggleBlockquote().run()}
      >
        ❝
      </ToolButton>
      <ToolButton label="Link (Ctrl+K)" pressed={active.link} onClick={onRequestLink}>
        Link
      </ToolButton>
      <ToolButton label="Insert note (Ctrl+Alt+F)" onClick={onInsertNote}>
        Note
      </ToolButton>
      {editor.isEditable && (
        <ToolButton label="Comment (Ctrl+Alt+M)" onClick={() => chain().startComment().run()}>
          Comment
        </ToolButton>
      )}
      <span className="toolbar-separator" aria-hidden="true" />
      <label className="direction">
        <span className="visually-hidden">Text direction of this paragraph</span>
        <select
          value={active.direction}
          onChange={(event) => chain().setTextDirection(toDirection(event.target.value)).run()}
          title="Text direction of this paragraph"
        >
          <option value="auto">Automatic</option>
          <option value="ltr">Left to right</option>
          <option value="rtl">Right to left</option>
        </select>
      </label>
      <span className="toolbar-separator" aria-hidden="true" />
      <ModeSwitch editor={editor} locked={readOnly} />
    </div>
  );
}

interface ToolButtonProps {
  label: string;
  pressed?: boolean;
  disabled?: boolean;
  onClick(): void;
  children: ReactNode;
}

function ToolButton({ label, pressed, disabled, onClick, children }: ToolButtonProps) {
  return (
    <button
      type="button"
      className="tool"
      aria-label={label}
      title={label}
      aria-pressed={pressed}
      disabled={disabled}
      onMouseDown={(event) => event.preventDefault()}
      onClick={onClick}
    >
      {children}
    </button>
  );
}
