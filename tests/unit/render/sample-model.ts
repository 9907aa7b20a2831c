import type { ProseMirrorJson } from '../../../src-common/letter/prosemirror-json';
import type { RenderModel } from '../../../src-common/render/render-model';

/** A render model for exporter tests, with only what a test sets differing from an empty letter. */
export function sampleModel(overrides: Partial<RenderModel> = {}): RenderModel {
  return {
    lang: 'en',
    title: 'Letter to the High Commissioner',
    date: null,
    body: { type: 'doc', content: [] },
    notesHeading: 'Notes',
    notes: [],
    signatories: { heading: 'Signed by', countSentence: null, entries: [] },
    ...overrides,
  };
}

/** A body of the given blocks. */
export function doc(...content: ProseMirrorJson[]): ProseMirrorJson {
  return { type: 'doc', content };
}

/** A paragraph; strings become text nodes. */
export function paragraph(...content: (string | ProseMirrorJson)[]): ProseMirrorJson {
  return {
    type: 'paragraph',
    content: content.map((part) => (typeof part === 'string' ? text(part) : part)),
  };
}

/** A text node with marks given by name, or as full marks for links. */
export function text(
  value: string,
  ...marks: (string | { type: string; attrs?: Record<string, unknown> })[]
) {
  const node: ProseMirrorJson = { type: 'text', text: value };
  if (marks.length > 0) {
    node.marks = marks.map((mark) => (typeof mark === 'string' ? { type: mark } : mark));
  }
  return node;
}

/** A text node linked to `href`. */
export function link(value: string, href: unknown): ProseMirrorJson {
  return text(value, { type: 'link', attrs: { href } });
}

/** A resolved note reference, as the render model carries it. */
export function ref(number: number | null): ProseMirrorJson {
  return { type: 'noteReference', attrs: { noteId: `note-${number ?? 'gone'}`, number } };
}
