import CollaborationCaret from '@tiptap/extension-collaboration-caret';
import type { Awareness } from 'y-protocols/awareness';

const FALLBACK_COLOUR = '#6b7280';

/**
 * Co-editors' carets and selections. The library's default marks them up with `style` attributes, which the app's
 * Content-Security-Policy refuses; these set colours through the style object instead (allowed), and selections
 * get a class with one neutral tint.
 */
export function coEditorCarets(awareness: Awareness, user: { name: string; color: string }) {
  return CollaborationCaret.configure({
    // The extension reads only the provider's awareness, which both kinds of connection have.
    provider: { awareness },
    user,
    render: (state: Record<string, unknown>) => {
      const colour =
        typeof state.color === 'string' && /^#[0-9a-f]{6}$/i.test(state.color)
          ? state.color
          : FALLBACK_COLOUR;
      const caret = document.createElement('span');
      caret.className = 'collaboration-carets__caret';
      caret.style.borderColor = colour;
      const label = document.createElement('div');
      label.className = 'collaboration-carets__label';
      label.style.backgroundColor = colour;
      label.textContent = typeof state.name === 'string' && state.name ? state.name : 'Someone';
      caret.append(label);
      return caret;
    },
    selectionRender: () => ({ class: 'collaboration-carets__selection' }),
  });
}
