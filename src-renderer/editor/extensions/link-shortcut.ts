import { Extension } from '@tiptap/core';

/** Options of {@link LinkShortcut}. */
export interface LinkShortcutOptions {
  /** Opens the link form (the editor has no UI of its own). */
  onRequestLink: () => void;
}

/** Ctrl+K / Cmd+K asks for a link, as in Word and Google Docs. */
export const LinkShortcut = Extension.create<LinkShortcutOptions>({
  name: 'linkShortcut',
  addOptions() {
    return { onRequestLink: () => undefined };
  },
  addKeyboardShortcuts() {
    return {
      'Mod-k': () => {
        this.options.onRequestLink();
        return true;
      },
    };
  },
});
