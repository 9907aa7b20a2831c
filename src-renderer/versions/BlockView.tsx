import type { ReactNode } from 'react';
import type { ProseMirrorJson } from '../../src-common/letter/prosemirror-json';

/** Renders stored letter content read-only, without an editor: for versions and comparisons. */
export function BlockView({ node }: { node: ProseMirrorJson }): ReactNode {
  const children = (node.content ?? []).map((child, index) => <BlockView key={index} node={child} />);
  const dir = typeof node.attrs?.dir === 'string' ? node.attrs.dir : undefined;
  switch (node.type) {
    case 'text':
      return <Marked node={node} />;
    case 'hardBreak':
      return <br />;
    case 'heading':
      return <h3 dir={dir}>{children}</h3>;
    case 'bulletList':
      return <ul dir={dir}>{children}</ul>;
    case 'orderedList':
      return <ol dir={dir}>{children}</ol>;
    case 'listItem':
      return <li dir={dir}>{children}</li>;
    case 'blockquote':
      return <blockquote dir={dir}>{children}</blockquote>;
    case 'paragraph':
      return <p dir={dir}>{children}</p>;
    default:
      return <div dir={dir}>{children}</div>;
  }
}

function Marked({ node }: { node: ProseMirrorJson }): ReactNode {
  let content: ReactNode = node.text ?? '';
  for (const mark of node.marks ?? []) {
    content = wrap(mark.type, content);
  }
  return content;
}

function wrap(mark: string, content: ReactNode): ReactNode {
  switch (mark) {
    case 'bold':
      return <strong>{content}</strong>;
    case 'italic':
      return <em>{content}</em>;
    case 'underline':
      return <u>{content}</u>;
    case 'strike':
      return <s>{content}</s>;
    case 'link':
      return <span className="link-text">{content}</span>;
    default:
      return content;
  }
}
