import { EDIT_MODES, type EditMode } from './modes';

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
