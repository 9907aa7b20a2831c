/** How this person works on a letter: changing it, suggesting changes, or only reading it (as in Google Docs). */
export const EDIT_MODES = ['editing', 'suggesting', 'viewing'] as const;

/** One of {@link EDIT_MODES}. */
export type EditMode = (typeof EDIT_MODES)[number];

/** What the mode switch calls each mode, and the shortcut that picks it (Google Docs' own). */
export const EDIT_MODE_CHOICES: readonly { mode: EditMode; label: string; shortcut: string; code: string }[] =
  [
    { mode: 'editing', label: 'Editing', shortcut: 'Ctrl+Alt+Shift+Z', code: 'KeyZ' },
    { mode: 'suggesting', label: 'Suggesting', shortcut: 'Ctrl+Alt+Shift+X', code: 'KeyX' },
    { mode: 'viewing', label: 'Viewing', shortcut: 'Ctrl+Alt+Shift+C', code: 'KeyC' },
  ];

/** What a key press tells: its modifiers, and the key's place on the keyboard. */
export interface KeyPress {
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
  shiftKey: boolean;
  code: string;
}

/** The mode a key press asks for: Ctrl+Alt+Shift+Z, X or C (⌘ instead of Ctrl on a Mac). */
export function modeOfShortcut(event: KeyPress): EditMode | null {
  if (!(event.ctrlKey || event.metaKey) || !event.altKey || !event.shiftKey) {
    return null;
  }
  return EDIT_MODE_CHOICES.find((choice) => choice.code === event.code)?.mode ?? null;
}
