import { describe, expect, it } from 'vitest';
import { keyLabel, keysOf } from '../../../src-renderer/shell/shortcuts';
import { EDIT_MODE_CHOICES, modeOfShortcut } from '../../../src-renderer/suggestions/modes';

describe('the mode switch’s shortcuts', () => {
  it('are the ones the shortcut sheet lists, and the switch names them', () => {
    const ids = { editing: 'modeEditing', suggesting: 'modeSuggesting', viewing: 'modeViewing' } as const;
    for (const choice of EDIT_MODE_CHOICES) {
      expect(keysOf(ids[choice.mode]).map((keys) => keyLabel(keys))).toEqual([choice.shortcut]);
    }
  });

  it('picks a mode with Ctrl (or ⌘) + Alt + Shift and Z, X or C, by the key’s place whatever the layout types', () => {
    const press = (
      code: string,
      modifiers: Partial<Record<'ctrlKey' | 'metaKey' | 'altKey' | 'shiftKey', boolean>>,
    ) =>
      modeOfShortcut({ ctrlKey: false, metaKey: false, altKey: false, shiftKey: false, code, ...modifiers });
    expect(press('KeyX', { ctrlKey: true, altKey: true, shiftKey: true })).toBe('suggesting');
    expect(press('KeyZ', { metaKey: true, altKey: true, shiftKey: true })).toBe('editing');
    expect(press('KeyC', { ctrlKey: true, altKey: true, shiftKey: true })).toBe('viewing');
    // Redo (Ctrl+Shift+Z) and strike-through (Ctrl+Shift+X elsewhere) stay theirs.
    expect(press('KeyZ', { ctrlKey: true, shiftKey: true })).toBeNull();
    expect(press('KeyX', { ctrlKey: true, altKey: true })).toBeNull();
  });
});
