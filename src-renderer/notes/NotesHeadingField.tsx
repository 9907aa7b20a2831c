import type * as Y from 'yjs';
import { NOTES_HEADINGS, updateLetterMeta } from '../../src-common/letter/letter-doc';
import { useLetterMeta } from '../letter/use-letter-meta';

/** The heading of the letter's notes section, a setting of the letter shared with co-editors. */
export function NotesHeadingField({ doc }: { doc: Y.Doc }) {
  const { notesHeading } = useLetterMeta(doc);
  const choices = NOTES_HEADINGS.some((heading) => heading === notesHeading)
    ? NOTES_HEADINGS
    : [notesHeading, ...NOTES_HEADINGS];
  return (
    <label className="notes-heading">
      <span>Heading of the notes section</span>
      <select
        value={notesHeading}
        onChange={(event) => updateLetterMeta(doc, { notesHeading: event.target.value })}
      >
        {choices.map((heading) => (
          <option key={heading} value={heading}>
            {heading}
          </option>
        ))}
      </select>
    </label>
  );
}
