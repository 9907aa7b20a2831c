import { useEditorState, type Editor } from '@tiptap/react';
import { useEffect } from 'react';
import { rememberEditMode } from './edit-mode';
import { EDIT_MODE_CHOICES, EDIT_MODES, modeOfShortcut, type EditMode } from './modes';

interface ModeSwitchProps {
  editor: Editor;
  /** A viewer's copy: always Viewing. */
  locked: boolean;
}

/**
 * Editing, Suggesting or Viewing, as in Google Docs, with Ctrl+Alt+Shift+Z, X and C. The choice is this person's
 * on this computer, never the letter's.
 */
export function ModeSwitch({ editor, locked }: ModeSwitchProps) {
  const mode = useEditorState({
    editor,
    selector: ({ editor: current }) => current.storage.suggestMode.mode,
  });
  const shown: EditMode = locked ? 'viewing' : mode;

  useEffect(() => {
    if (locked) {
      return;
    }
    const handleKeyDown = (event: KeyboardEvent) => {
      const chosen = modeOfShortcut(event);
      if (chosen) {
        event.preventDefault();
        choose(editor, chosen);
      }
    };
    window.addEventListener('keydown', handleKeyDown);
    return () => window.removeEventListener('keydown', handleKeyDown);
  }, [editor, locked]);

  return (
    <label className={`mode-switch mode-${shown}`}>
      <span className="visually-hidden">Mode</span>
      <select
        value={shown}
        disabled={locked}
        aria-label="Mode"
        aria-description={SHORTCUTS}
        title={SHORTCUTS}
        onChange={(event) => {
          const chosen = EDIT_MODES.find((candidate) => candidate === event.target.value);
          if (chosen) {
            choose(editor, chosen);
          }
        }}
      >
        {EDIT_MODE_CHOICES.map((choice) => (
          <option key={choice.mode} value={choice.mode} title={choice.shortcut}>
            {choice.label}
          </option>
        ))}
      </select>
    </label>
  );
}

/**
 * The shortcuts, said on hover and to screen readers rather than in the options, so the switch stays as narrow as
 * its longest word and the toolbar keeps to one row at 1280 wide (Google Docs does the same).
 */
const SHORTCUTS = EDIT_MODE_CHOICES.map((choice) => `${choice.label}: ${choice.shortcut}`).join(', ');

function choose(editor: Editor, mode: EditMode): void {
  rememberEditMode(mode);
  editor.commands.setEditMode(mode);
  if (mode !== 'viewing') {
    editor.commands.focus();
  }
}
