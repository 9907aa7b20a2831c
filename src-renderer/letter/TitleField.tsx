import { useEffect, useState } from 'react';
import type * as Y from 'yjs';
import { META_FIELD, readLetterMeta, updateLetterMeta } from '../../src-common/letter/letter-doc';

/** The letter's title, edited in place; it lives in the letter's Y.Doc, so it saves and syncs like the text. */
export function TitleField({ doc }: { doc: Y.Doc }) {
  const [title, setTitle] = useState(() => readLetterMeta(doc).title);

  useEffect(() => {
    const meta = doc.getMap(META_FIELD);
    const refresh = () => setTitle(readLetterMeta(doc).title);
    meta.observe(refresh);
    return () => meta.unobserve(refresh);
  }, [doc]);

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
