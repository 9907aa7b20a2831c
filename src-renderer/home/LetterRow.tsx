import type { LetterSummary } from '../../src-common/api/letters-schemas';
import { displayTitle } from '../../src-common/letter/letter-doc';
import { relativeTime } from './relative-time';

interface LetterRowProps {
  letter: LetterSummary;
  now: number;
  onOpen(): void;
  onRename(): void;
  onDuplicate(): void;
  onTrash(): void;
  onRestore(): void;
}

const STATUS_WORDS: Record<LetterSummary['status'], string> = {
  draft: 'Draft',
  circulating: 'Circulating',
  closed: 'Sign-on closed',
  published: 'Published',
};

/** One letter in the list; in the trash it offers Restore instead of editing actions. */
export function LetterRow({
  letter,
  now,
  onOpen,
  onRename,
  onDuplicate,
  onTrash,
  onRestore,
}: LetterRowProps) {
  const title = displayTitle(letter.title);
  const inTrash = letter.deletedAt !== null;
  return (
    <li className="letter-row">
      <div className="letter-row-main">
        {inTrash ? (
          <span className="letter-title">{title}</span>
        ) : (
          <button type="button" className="letter-title link-button" onClick={onOpen}>
            {title}
          </button>
        )}
        <span className="letter-meta">
          <span className={`badge ${letter.status}`}>{STATUS_WORDS[letter.status]}</span>
          <span>
            {inTrash
              ? `Deleted ${relativeTime(letter.deletedAt ?? now, now)}`
              : `Edited ${relativeTime(letter.updatedAt, now)}`}
          </span>
          <span>
            {letter.signatoryCount === 1
              ? '1 signatory'
              : `${letter.signatoryCount.toLocaleString()} signatories`}
          </span>
          {letter.openCommentCount > 0 && (
            <span className="letter-open-comments">
              {letter.openCommentCount === 1 ? '1 open comment' : `${letter.openCommentCount} open comments`}
            </span>
          )}
        </span>
      </div>
      <div className="letter-row-actions">
        {inTrash ? (
          <button type="button" className="button small" onClick={onRestore} aria-label={`Restore ${title}`}>
            Restore
          </button>
        ) : (
          <>
            <button type="button" className="button small" onClick={onRename} aria-label={`Rename ${title}`}>
              Rename
            </button>
            <button
              type="button"
              className="button small"
              onClick={onDuplicate}
              aria-label={`Duplicate ${title}`}
            >
              Duplicate
            </button>
            <button
              type="button"
              className="button small"
              onClick={onTrash}
              aria-label={`Move ${title} to the trash`}
            >
              Delete
            </button>
          </>
        )}
      </div>
    </li>
  );
}
