import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { keyLabel, matchesShortcut, SHORTCUTS } from '../../src-renderer/shell/shortcuts';
import { readZoom, stepZoom } from '../../src-renderer/shell/zoom-steps';

const ROOT = join(__dirname, '..', '..');
const read = (path: string): string => readFileSync(join(ROOT, path), 'utf8');

const press = (key: string, modifiers: { shift?: boolean; alt?: boolean; ctrl?: boolean } = {}) => ({
  key,
  ctrlKey: modifiers.ctrl ?? true,
  metaKey: false,
  altKey: modifiers.alt ?? false,
  shiftKey: modifiers.shift ?? false,
});

describe('keyboard shortcuts: one table for the sheet and the handlers', () => {
  it('writes keys as a person reads them, Ctrl on Windows and Linux, ⌘ on a Mac', () => {
    expect(keyLabel('Mod-Shift-z')).toBe('Ctrl+Shift+Z');
    expect(keyLabel('Mod--')).toBe('Ctrl+-');
    expect(keyLabel('Mod-/')).toBe('Ctrl+/');
    expect(keyLabel('Alt-Shift-ArrowUp')).toBe('Alt+Shift+↑');
    expect(keyLabel('Mod-Alt-f', true)).toBe('⌘+⌥+F');
  });

  it('matches the sheet and zoom keys, with "+" typed as Shift+=', () => {
    expect(matchesShortcut(press('/'), 'shortcuts')).toBe(true);
    expect(matchesShortcut(press('/', { ctrl: false }), 'shortcuts')).toBe(false);
    expect(matchesShortcut(press('='), 'zoomIn')).toBe(true);
    expect(matchesShortcut(press('+', { shift: true }), 'zoomIn')).toBe(true);
    expect(matchesShortcut(press('-'), 'zoomOut')).toBe(true);
    expect(matchesShortcut(press('0'), 'zoomReset')).toBe(true);
    // Ctrl+Alt+0 is "plain paragraph" in the editor, not a zoom.
    expect(matchesShortcut(press('0', { alt: true }), 'zoomReset')).toBe(false);
  });

  it('lists each id once', () => {
    const ids = SHORTCUTS.map((shortcut) => shortcut.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('names every shortcut a toolbar button announces, with the same keys', () => {
    const toolbar = read('src-renderer/editor/Toolbar.tsx');
    const announced = [...toolbar.matchAll(/label="[^"(]+\((Ctrl[^)]*)\)"/gu)].map((match) => match[1]);
    expect(announced.length).toBeGreaterThan(8);
    const listed = new Set(SHORTCUTS.flatMap((shortcut) => shortcut.keys.map((keys) => keyLabel(keys))));
    expect(announced.filter((keys) => !listed.has(keys ?? ''))).toEqual([]);
  });

  it('lists only keys the editor and the app really bind', () => {
    const sources = [
      'src-renderer/editor/extensions/link-shortcut.ts',
      'src-renderer/editor/extensions/note-reference.ts',
      'src-renderer/editor/extensions/comment-mark.ts',
      'src-renderer/editor/extensions/move-block.ts',
      'node_modules/@tiptap/extension-collaboration/dist/index.js',
      'node_modules/@tiptap/extension-paragraph/dist/index.js',
      'node_modules/@tiptap/extension-strike/dist/index.js',
      'node_modules/@tiptap/extension-blockquote/dist/index.js',
      'node_modules/@tiptap/extension-list/dist/index.js',
      'node_modules/@tiptap/extension-hard-break/dist/index.js',
      'node_modules/@tiptap/extension-underline/dist/index.js',
      'node_modules/@tiptap/extension-bold/dist/index.js',
      'node_modules/@tiptap/extension-italic/dist/index.js',
    ].map(read);
    const bound = sources.join('\n').replaceAll('Shift-Mod-z', 'Mod-Shift-z');
    const editorKeys = SHORTCUTS.filter((shortcut) => shortcut.area === 'Letter text').flatMap((s) => s.keys);
    // Headings are bound as `Mod-Alt-${level}` for the levels the letter allows (1 to 3).
    const unbound = editorKeys.filter((keys) => !bound.includes(`'${keys}'`) && !bound.includes(`"${keys}"`));
    expect(unbound).toEqual(['Mod-Alt-1', 'Mod-Alt-2', 'Mod-Alt-3']);
    expect(read('src-renderer/editor/extensions/letter-kit.ts')).toContain('levels: [1, 2, 3]');
    // Printing, find and replace are the letter screen's own handlers.
    expect(read('src-renderer/print/print-letter.ts')).toMatch(/event\.key\.toLowerCase\(\) === 'p'/u);

    expect(read('src-renderer/editor/LetterEditor.tsx')).toMatch(/key === 'f' \|\| key === 'h'/u);
  });
});

describe('letter text zoom', () => {
  it('steps through a word processor’s levels and stops at the ends', () => {
    expect(stepZoom(1, 1)).toBe(1.1);
    expect(stepZoom(1.1, -1)).toBe(1);
    expect(stepZoom(1, -1)).toBe(0.9);
    expect(stepZoom(2, 1)).toBe(2);
    expect(stepZoom(0.5, -1)).toBe(0.5);
    expect(stepZoom(1.05, 1)).toBe(1.1);
  });

  it('reads a stored level, and 1 for nothing or nonsense', () => {
    expect(readZoom('1.25')).toBe(1.25);
    expect(readZoom(null)).toBe(1);
    expect(readZoom('huge')).toBe(1);
    expect(readZoom('40')).toBe(1);
  });
});
