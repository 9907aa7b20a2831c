import { useId, useState } from 'react';
import type * as Y from 'yjs';
import { addTagToSignatories } from '../../src-common/signatories/signatory-edits';
import { FormDialog } from '../ui/FormDialog';

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
  const id = useId();
  const [tag, setTag] = useState('');
  const add = () => {
    addTagToSignatories(doc, ids, tag);
    onDone();
  };
  return (
    <FormDialog
      title={`Add a tag to ${ids.length.toLocaleString()} signatories`}
      submitLabel="Add tag"
      canSubmit={tag.trim() !== ''}
      onSubmit={add}
      onClose={onClose}
    >
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
    </FormDialog>
  );
}
