import { createContext, useContext, type ReactNode } from 'react';
import type { ProseMirrorJson } from '../../src-common/letter/prosemirror-json';

/** The numbers of the notes, by note id, as the letter shown numbers them. */
export const NoteNumbers = createContext<ReadonlyMap<string, number>>(new Map());

interface ElementProps {
  node: ProseMirrorJson;
  children: ReactNode;
  className?: string;
  change?: string;
}

/** Renders stored letter content read-only, without an editor: for versions and comparisons. */
export function BlockView({ node }: { node: ProseMirrorJson }): ReactNode {
  if (node.type === 'text') {
    return <Marked node={node} />;
  }
  if (node.type === 'hardBreak') {
    return <br />;
  }
  if (node.type === 'noteReference') {
    return <NoteMarker node={node} />;
  }
  return (
    <BlockElement node={node}>
      {(node.content ?? []).map((child, index) => (
        <BlockView key={index} node={child} />
      ))}
    </BlockElement>
  );
}

/** A block's own element (a paragraph, heading, list, list item, quote) around the given children. */
export function BlockElement({ node, children, className, change }: ElementProps): ReactNode {
  const props = {
    dir: typeof node.attrs?.dir === 'string' ? node.attrs.dir : undefined,
    className,
    'data-change': change,
  };
  switch (node.type) {
    case 'heading':
      return <h3 {...props}>{children}</h3>;
    case 'bulletList':
      return <ul {...props}>{children}</ul>;
    case 'orderedList':
      return <ol {...props}>{children}</ol>;
    case 'listItem':
      return <li {...props}>{children}</li>;
    case 'blockquote':
      return <blockquote {...props}>{children}</blockquote>;
    case 'paragraph':
      return <p {...props}>{children}</p>;
    default:
      return <div {...props}>{children}</div>;
  }
}

function NoteMarker({ node }: { node: ProseMirrorJson }) {
  const numbers = useContext(NoteNumbers);
  const noteId = typeof node.attrs?.noteId === 'string' ? node.attrs.noteId : '';
  const number = numbers.get(noteId);
  return (
    <sup className="version-note" title="Note reference">
      [{number ?? '?'}]
    </sup>
  );
}

function Marked({ node }: { node: ProseMirrorJson }): ReactNode {
  let content: ReactNode = node.text ?? '';
  for (const mark of node.marks ?? []) {
    content = wrap(mark, content);
  }
  return content;
}

function wrap(mark: { type: string; attrs?: Record<string, unknown> }, content: ReactNode): ReactNode {
  switch (mark.type) {
    case 'bold':
      return <strong>{content}</strong>;
    case 'italic':
      return <em>{content}</em>;
    case 'underline':
      return <u>{content}</u>;
    case 'strike':
      return <s>{content}</s>;
    case 'link': {
      // Shown as a link with its address, never followed from here.
      const href = typeof mark.attrs?.href === 'string' ? mark.attrs.href : '';
      return (
        <span className="link-text" title={href} data-href={href}>
          {content}
        </span>
      );
    }
    default:
      return content;
  }
}
