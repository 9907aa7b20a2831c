import type * as Y from 'yjs';
import { LETTER_STATUSES, updateLetterMeta, type LetterStatus } from '../../src-common/letter/letter-doc';
import { useLetterMeta } from './use-letter-meta';

const STATUS_WORDS: Record<LetterStatus, string> = {
  draft: 'Draft',
  circulating: 'Circulating for sign-on',
  closed: 'Sign-on closed',
  published: 'Published',
};

/** Where the letter stands and its dates, shared with co-editors like the text. */
export function MetaFields({ doc }: { doc: Y.Doc }) {
  const meta = useLetterMeta(doc);
  return (
    <div className="meta-fields">
      <label>
        <span>Status</span>
        <select
          value={meta.status}
          onChange={(event) => updateLetterMeta(doc, { status: toStatus(event.target.value) })}
        >
          {LETTER_STATUSES.map((status) => (
            <option key={status} value={status}>
              {STATUS_WORDS[status]}
            </option>
          ))}
        </select>
      </label>
      <label>
        <span>Sign-on deadline</span>
        <input
          type="date"
          value={meta.signOnDeadline}
          onChange={(event) => updateLetterMeta(doc, { signOnDeadline: event.target.value })}
        />
      </label>
      <label>
        <span>Publication date</span>
        <input
          type="date"
          value={meta.publicationDate}
          onChange={(event) => updateLetterMeta(doc, { publicationDate: event.target.value })}
        />
      </label>
    </div>
  );
}

function toStatus(value: string): LetterStatus {
  return LETTER_STATUSES.find((status) => status === value) ?? 'draft';
}
