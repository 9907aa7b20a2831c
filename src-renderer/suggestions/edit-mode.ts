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

const MODE_KEY = 'undersigned.editMode';
const AUTHOR_KEY = 'undersigned.suggestionAuthorId';

/** The mode this person last chose on this computer; it is theirs, never the letter's. */
export function rememberedEditMode(): EditMode {
  const stored = readStorage(MODE_KEY);
  return EDIT_MODES.find((mode) => mode === stored) ?? 'editing';
}

/** Remembers the mode on this computer. */
export function rememberEditMode(mode: EditMode): void {
  writeStorage(MODE_KEY, mode);
}

/**
 * The id that marks this person's suggestions as their own (typing on extends them, deleting them removes them),
 * made once per computer and kept there.
 */
export function localAuthorId(): string {
  const stored = readStorage(AUTHOR_KEY);
  if (stored && stored.length >= 8) {
    return stored;
  }
  const id = crypto.randomUUID();
  writeStorage(AUTHOR_KEY, id);
  return id;
}

/** The mode a key press asks for: Ctrl+Alt+Shift+Z, X or C (⌘ instead of Ctrl on a Mac). */
export function modeOfShortcut(
  event: Pick<KeyboardEvent, 'ctrlKey' | 'metaKey' | 'altKey' | 'shiftKey' | 'code'>,
): EditMode | null {
  if (!(event.ctrlKey || event.metaKey) || !event.altKey || !event.shiftKey) {
    return null;
  }
  return EDIT_MODE_CHOICES.find((choice) => choice.code === event.code)?.mode ?? null;
}

function readStorage(key: string): string | null {
  try {
    return window.localStorage.getItem(key);
  } catch {
    return null;
  }
}

function writeStorage(key: string, value: string): void {
  try {
    window.localStorage.setItem(key, value);
  } catch {
    // Not remembered: the choice still holds until the window closes.
  }
}
