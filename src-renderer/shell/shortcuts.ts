// Every keyboard shortcut of the app, once: the shortcut sheet (Ctrl+/) lists this table, the shell's own handlers
// (the sheet, zoom) match keys with it, and a unit test holds the editor's key bindings and the toolbar's labels to
// it, so a shortcut cannot be changed in one place and left stale in another.

/** Where a shortcut works. */
export type ShortcutArea = 'Anywhere' | 'Letter text' | 'Letter' | 'Signatory list';

/** One shortcut, in ProseMirror's key notation ("Mod-Shift-z": Mod is Ctrl, or ⌘ on a Mac). */
export interface Shortcut {
  id: string;
  /** The keys; several when they are alternatives ("Mod-=" and "Mod-+"). */
  keys: readonly string[];
  label: string;
  area: ShortcutArea;
}

/** The shortcuts, in the sheet's order. */
export const SHORTCUTS = [
  { id: 'shortcuts', keys: ['Mod-/'], label: 'Show keyboard shortcuts', area: 'Anywhere' },
  { id: 'undo', keys: ['Mod-z'], label: 'Undo your last edit', area: 'Letter text' },
  { id: 'redo', keys: ['Mod-Shift-z', 'Mod-y'], label: 'Redo', area: 'Letter text' },
  { id: 'bold', keys: ['Mod-b'], label: 'Bold', area: 'Letter text' },
  { id: 'italic', keys: ['Mod-i'], label: 'Italic', area: 'Letter text' },
  { id: 'underline', keys: ['Mod-u'], label: 'Underline', area: 'Letter text' },
  { id: 'strike', keys: ['Mod-Shift-s'], label: 'Strikethrough', area: 'Letter text' },
  { id: 'title', keys: ['Mod-Alt-1'], label: 'Large heading', area: 'Letter text' },
  { id: 'heading', keys: ['Mod-Alt-2'], label: 'Heading', area: 'Letter text' },
  { id: 'subheading', keys: ['Mod-Alt-3'], label: 'Subheading', area: 'Letter text' },
  { id: 'paragraph', keys: ['Mod-Alt-0'], label: 'Plain paragraph', area: 'Letter text' },
  { id: 'bulletList', keys: ['Mod-Shift-8'], label: 'Bulleted list', area: 'Letter text' },
  { id: 'orderedList', keys: ['Mod-Shift-7'], label: 'Numbered list', area: 'Letter text' },
  { id: 'blockquote', keys: ['Mod-Shift-b'], label: 'Quote', area: 'Letter text' },
  { id: 'link', keys: ['Mod-k'], label: 'Add or edit a link', area: 'Letter text' },
  { id: 'note', keys: ['Mod-Alt-f'], label: 'Insert a note', area: 'Letter text' },
  { id: 'comment', keys: ['Mod-Alt-m'], label: 'Comment on the selected words', area: 'Letter text' },
  { id: 'moveUp', keys: ['Alt-Shift-ArrowUp'], label: 'Move the paragraph up', area: 'Letter text' },
  { id: 'moveDown', keys: ['Alt-Shift-ArrowDown'], label: 'Move the paragraph down', area: 'Letter text' },
  {
    id: 'lineBreak',
    keys: ['Shift-Enter', 'Mod-Enter'],
    label: 'Line break within a paragraph',
    area: 'Letter text',
  },
  { id: 'print', keys: ['Mod-p'], label: 'Print the letter', area: 'Letter' },
  { id: 'find', keys: ['Mod-f'], label: 'Find in the letter', area: 'Letter' },
  { id: 'replace', keys: ['Mod-h'], label: 'Find and replace', area: 'Letter' },
  { id: 'modeEditing', keys: ['Mod-Alt-Shift-z'], label: 'Editing mode', area: 'Letter' },
  { id: 'modeSuggesting', keys: ['Mod-Alt-Shift-x'], label: 'Suggesting mode', area: 'Letter' },
  { id: 'modeViewing', keys: ['Mod-Alt-Shift-c'], label: 'Viewing mode: read only', area: 'Letter' },
  { id: 'zoomIn', keys: ['Mod-=', 'Mod-+'], label: 'Make the letter text larger', area: 'Letter' },
  { id: 'zoomOut', keys: ['Mod--'], label: 'Make the letter text smaller', area: 'Letter' },
  { id: 'zoomReset', keys: ['Mod-0'], label: 'Letter text at its usual size', area: 'Letter' },
  { id: 'listMove', keys: ['ArrowUp', 'ArrowDown'], label: 'Move between entries', area: 'Signatory list' },
  { id: 'listEnds', keys: ['Home', 'End'], label: 'First or last entry', area: 'Signatory list' },
  { id: 'listRange', keys: ['Shift-ArrowDown'], label: 'Check the entries passed', area: 'Signatory list' },
  { id: 'listCheck', keys: ['Space'], label: 'Check or uncheck the entry', area: 'Signatory list' },
  { id: 'listAll', keys: ['Mod-a'], label: 'Check every entry shown', area: 'Signatory list' },
  { id: 'listClear', keys: ['Escape'], label: 'Uncheck all', area: 'Signatory list' },
] as const satisfies readonly Shortcut[];

/** A shortcut's id. */
export type ShortcutId = (typeof SHORTCUTS)[number]['id'];

/** The keys of a shortcut. */
export function keysOf(id: ShortcutId): readonly string[] {
  return SHORTCUTS.find((shortcut) => shortcut.id === id)?.keys ?? [];
}

const KEY_NAMES: Record<string, string> = {
  ArrowUp: '↑',
  ArrowDown: '↓',
  ArrowLeft: '←',
  ArrowRight: '→',
};

/** "Mod-Shift-z" as a person reads it: "Ctrl+Shift+Z", or "⌘+Shift+Z" on a Mac. */
export function keyLabel(keys: string, mac = false): string {
  // "Mod--" is Mod and the minus key: the last part is the key, even when it is "-".
  const parts = keys.endsWith('--') ? [...keys.slice(0, -2).split('-'), '-'] : keys.split('-');
  return parts
    .map((part) => {
      if (part === 'Mod') {
        return mac ? '⌘' : 'Ctrl';
      }
      if (part === 'Alt' && mac) {
        return '⌥';
      }
      return KEY_NAMES[part] ?? (part.length === 1 ? part.toUpperCase() : part);
    })
    .join('+');
}

/** What a key press says, as a KeyboardEvent has it (kept apart from the DOM's types so Node tests can use it). */
export interface KeyPress {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
  shiftKey: boolean;
}

/** True when a key press is one of the shortcut's keys (only shortcuts with a modifier are matched here). */
export function matchesShortcut(event: KeyPress, id: ShortcutId): boolean {
  // Every shortcut matched here needs Ctrl or ⌘: a plain keystroke (typing) is answered before any list is read.
  if (!event.ctrlKey && !event.metaKey) {
    return false;
  }
  return keysOf(id).some((keys) => matchesKeys(event, keys));
}

function matchesKeys(event: KeyPress, keys: string): boolean {
  const parts = keys.endsWith('--') ? [...keys.slice(0, -2).split('-'), '-'] : keys.split('-');
  const key = parts.at(-1) ?? '';
  const modifiers = new Set(parts.slice(0, -1));
  if (!modifiers.has('Mod') || !(event.ctrlKey || event.metaKey) || event.altKey !== modifiers.has('Alt')) {
    return false;
  }
  // Shift is part of some characters ("+" is Shift+= on many keyboards): a printable key is compared as typed.
  if (key.length === 1 && !/[a-z]/u.test(key)) {
    return event.key === key;
  }
  return event.shiftKey === modifiers.has('Shift') && event.key.toLowerCase() === key.toLowerCase();
}
