import type * as Y from 'yjs';
import { updateLetterMeta } from '../../src-common/letter/letter-doc';
import { useLetterMeta } from './use-letter-meta';

/** The letter's title, edited in place; it lives in the letter's Y.Doc, so it saves and syncs like the text. */
export function TitleField({ doc }: { doc: Y.Doc }) {
  const { title } = useLetterMeta(doc);
  return (
    <input
      className="title-field"
      aria-label="Letter title"
      placeholder="Untitled letter"
      value={title}
      maxLength={300}
      onChange={(event) => updateLetterMeta(doc, { title: event.target.value })}
    />
  );
}
