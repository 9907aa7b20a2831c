import type { Editor } from '@tiptap/react';
import { yUndoPluginKey } from '@tiptap/y-tiptap';
import { UndoManager } from 'yjs';

export type Direction = 'auto' | 'ltr' | 'rtl';

/** What the toolbar shows pressed, chosen or disabled. */
export interface ToolbarState {
  bold: boolean;
  italic: boolean;
  underline: boolean;
  strike: boolean;
  heading2: boolean;
  heading3: boolean;
  bulletList: boolean;
  orderedList: boolean;
  blockquote: boolean;
  link: boolean;
  direction: Direction;
  canUndo: boolean;
  canRedo: boolean;
}

/** The toolbar's state at the selection, read on every transaction (the toolbar re-renders only when it differs). */
export function toolbarStateOf(editor: Editor): ToolbarState {
  const inside = blockTest(editor);
  return {
    bold: editor.isActive('bold'),
    italic: editor.isActive('italic'),
    underline: editor.isActive('underline'),
    strike: editor.isActive('strike'),
    heading2: inside('heading', 2),
    heading3: inside('heading', 3),
    bulletList: inside('bulletList'),
    orderedList: inside('orderedList'),
    blockquote: inside('blockquote'),
    link: editor.isActive('link'),
    direction: directionAt(editor),
    ...undoable(editor),
  };
}

type BlockTest = (name: string, level?: number) => boolean;

/**
 * Whether the selection is in a block of a type (a heading of a level). `editor.isActive` walks the document's
 * blocks from its start up to the caret, five times a keystroke, thousands of blocks in a letter with a long
 * signatory list; at a caret the blocks holding it are exactly the caret's ancestors, which is what it finds there.
 */
function blockTest(editor: Editor): BlockTest {
  const { selection } = editor.state;
  if (!selection.empty) {
    return (name, level) => editor.isActive(name, level === undefined ? {} : { level });
  }
  const { $from } = selection;
  return (name, level) => {
    for (let depth = $from.depth; depth > 0; depth -= 1) {
      const node = $from.node(depth);
      if (node.type.name === name && (level === undefined || node.attrs.level === level)) {
        return true;
      }
    }
    return false;
  };
}

/**
 * Whether the collaboration's undo manager holds something to undo or redo: what `editor.can().undo()` answers,
 * read directly, since `can()` builds a chain of every command on every transaction.
 */
function undoable(editor: Editor): { canUndo: boolean; canRedo: boolean } {
  const state: unknown = yUndoPluginKey.getState(editor.state);
  const manager =
    typeof state === 'object' && state !== null && 'undoManager' in state ? state.undoManager : null;
  return manager instanceof UndoManager
    ? { canUndo: manager.undoStack.length > 0, canRedo: manager.redoStack.length > 0 }
    : { canUndo: false, canRedo: false };
}

function directionAt(editor: Editor): Direction {
  const value: unknown = editor.state.selection.$from.parent.attrs.dir;
  return toDirection(typeof value === 'string' ? value : 'auto');
}

/** A direction from a select's value; anything else is automatic. */
export function toDirection(value: string): Direction {
  return value === 'ltr' || value === 'rtl' ? value : 'auto';
}
