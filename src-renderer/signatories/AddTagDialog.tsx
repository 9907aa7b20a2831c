import { useId, useState, type FormEvent } from 'react';
import type * as Y from 'yjs';
import { addTagToSignatories } from '../../src-common/signatories/signatory-edits';
import { useModal } from '../ui/use-modal';

interface AddTagDialogProps {
  doc: Y.Doc;
  /** The selected entries the tag goes on. */
  ids: readonly string[];
  /** Tags already used on this letter, offered while typing. */
  tagChoices: readonly string[];
  /** The tag was added. */
  onDone(): void;
  onClose(): void;
}

/** "Add tag…" on the selected rows: one tag (such as a constituency) added to each, leaving their other tags. */
export function AddTagDialog({ doc, ids, tagChoices, onDone, onClose }: AddTagDialogProps) {
  const dialogRef = useModal();
  const id = useId();
  const [tag, setTag] = useState('');

  const add = (event: FormEvent) => {
    event.preventDefault();
    if (tag.trim() === '') {
      return;
    }
    addTagToSignatories(doc, ids, tag);
    onDone();
  };

  return (
    <dialog ref={dialogRef} className="dialog" aria-labelledby={`${id}-title`} onClose={onClose}>
      <form method="dialog" onSubmit={add}>
        <h2 id={`${id}-title`}>Add a tag to {ids.length.toLocaleString()} signatories</h2>
        <label htmlFor={id}>Tag</label>
        <input
          id={id}
          dir="auto"
          value={tag}
          maxLength={60}
          list={`${id}-choices`}
          autoFocus
          onChange={(event) => setTag(event.target.value)}
        />
        <datalist id={`${id}-choices`}>
          {tagChoices.map((choice) => (
            <option key={choice} value={choice} />
          ))}
        </datalist>
        <div className="dialog-actions">
          <button type="button" className="button" onClick={onClose}>
            Cancel
          </button>
          <button type="submit" className="button primary" disabled={tag.trim() === ''}>
            Add tag
          </button>
        </div>
      </form>
    </dialog>
  );
}
