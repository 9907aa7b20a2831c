import * as Y from 'yjs';
import { z } from 'zod';

/** ProseMirror's JSON for a node: what exporters and letter files read. */
export type ProseMirrorJson = {
  type: string;
  attrs?: Record<string, unknown>;
  content?: ProseMirrorJson[];
  text?: string;
  marks?: { type: string; attrs?: Record<string, unknown> }[];
};

/** Validates ProseMirror JSON that crossed a boundary (a file, another process). */
export const proseMirrorJsonSchema: z.ZodType<ProseMirrorJson> = z.lazy(() =>
  z.object({
    type: z.string(),
    attrs: z.record(z.string(), z.unknown()).optional(),
    content: z.array(proseMirrorJsonSchema).optional(),
    text: z.string().optional(),
    marks: z
      .array(z.object({ type: z.string(), attrs: z.record(z.string(), z.unknown()).optional() }))
      .optional(),
  }),
);

/**
 * Reads a letter body (a Y.XmlFragment written by the editor's collaboration binding) as ProseMirror JSON, without
 * a DOM or an editor, so the store, the CLI and exporters can read letters anywhere.
 */
export function bodyToJson(fragment: Y.XmlFragment): ProseMirrorJson {
  return { type: 'doc', content: childrenToJson(fragment.toArray()) };
}

function childrenToJson(children: (Y.XmlElement | Y.XmlText | Y.XmlHook)[]): ProseMirrorJson[] {
  return children.flatMap((child) => {
    if (child instanceof Y.XmlText) {
      return textToJson(child);
    }
    if (child instanceof Y.XmlElement) {
      return [elementToJson(child)];
    }
    return [];
  });
}

function elementToJson(element: Y.XmlElement): ProseMirrorJson {
  const node: ProseMirrorJson = { type: element.nodeName };
  const attrs = withoutEmpty(element.getAttributes());
  if (attrs) {
    node.attrs = attrs;
  }
  const content = childrenToJson(element.toArray());
  if (content.length > 0) {
    node.content = content;
  }
  return node;
}

function textToJson(text: Y.XmlText): ProseMirrorJson[] {
  const delta: unknown[] = text.toDelta();
  return delta.flatMap((operation) => {
    if (
      typeof operation !== 'object' ||
      operation === null ||
      !('insert' in operation) ||
      typeof operation.insert !== 'string'
    ) {
      return [];
    }
    const node: ProseMirrorJson = { type: 'text', text: operation.insert };
    const marks = 'attributes' in operation ? marksOf(operation.attributes) : [];
    if (marks.length > 0) {
      node.marks = marks;
    }
    return [node];
  });
}

// A mark that may overlap marks of its own type (a comment on words another comment covers too) is stored under
// its name and a hash of its attributes, `comment--Ab3dE9fQ`, as the collaboration binding writes it.
const HASHED_MARK_NAME = /--[a-zA-Z0-9+/=]{8}$/u;

function marksOf(attributes: unknown): { type: string; attrs?: Record<string, unknown> }[] {
  if (typeof attributes !== 'object' || attributes === null) {
    return [];
  }
  return Object.entries(attributes)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([key, value]) => {
      const type = key.replace(HASHED_MARK_NAME, '');
      const attrs = typeof value === 'object' && value !== null ? withoutEmpty({ ...value }) : null;
      return attrs ? { type, attrs } : { type };
    });
}

function withoutEmpty(attributes: Record<string, unknown>): Record<string, unknown> | null {
  const kept = Object.entries(attributes).filter(([, value]) => value !== undefined);
  return kept.length > 0 ? Object.fromEntries(kept) : null;
}
