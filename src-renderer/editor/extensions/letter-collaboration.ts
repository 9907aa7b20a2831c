import Collaboration from '@tiptap/extension-collaboration';
import type { Plugin } from '@tiptap/pm/state';
import type { EditorView } from '@tiptap/pm/view';
import { ProsemirrorBinding, ySyncPluginKey } from '@tiptap/y-tiptap';

/**
 * The editor bound to the letter's Y.Doc, as TipTap's Collaboration binds it, except that the letter is drawn from
 * the Y.Doc once per editor view. A plugin added after the editor is made (the Comment bubble adds its own) has
 * ProseMirror create every plugin's view again, and the sync plugin's would build the whole letter again as new
 * but equal nodes. ProseMirror's view keeps drawing an equal node without taking the new one, so from then on every
 * keystroke compared each block of the letter with its stale copy, mark by mark: the more comments and
 * suggestions, the slower each key (bench/README.md, typing). The binding keeps following the Y.Doc throughout, so
 * the letter it would build again is the one already shown.
 */
export const LetterCollaboration = Collaboration.extend({
  addProseMirrorPlugins() {
    const plugins = this.parent?.() ?? [];
    return plugins.map((plugin) => (plugin.spec.key === ySyncPluginKey ? drawnOncePerView(plugin) : plugin));
  },
});

function drawnOncePerView(plugin: Plugin): Plugin {
  const createView = plugin.spec.view;
  if (!createView) {
    return plugin;
  }
  const drawn = new WeakSet<EditorView>();
  plugin.spec.view = (view) => {
    const binding = bindingOf(view);
    if (!drawn.has(view) || !binding) {
      drawn.add(view);
      return createView(view);
    }
    // The sync plugin's view draws the letter by this method; skipped only while its view is made again.
    const redraw = binding._forceRerender;
    binding._forceRerender = () => undefined;
    try {
      return createView(view);
    } finally {
      binding._forceRerender = redraw;
    }
  };
  return plugin;
}

function bindingOf(view: EditorView): ProsemirrorBinding | null {
  const state: unknown = ySyncPluginKey.getState(view.state);
  if (typeof state !== 'object' || state === null || !('binding' in state)) {
    return null;
  }
  return state.binding instanceof ProsemirrorBinding ? state.binding : null;
}
