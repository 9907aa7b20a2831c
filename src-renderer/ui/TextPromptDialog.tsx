import { useId, useState } from 'react';
import { FormDialog } from './FormDialog';

interface TextPromptDialogProps {
  title: string;
  label: string;
  initialValue: string;
  submitLabel: string;
  maxLength: number;
  /** Does the work; a rejection's message is shown and the dialog stays open. */
  onSubmit(value: string): Promise<void>;
  onClose(): void;
}

/** A small modal form asking for one line of text (a new letter's title, a new name). */
export function TextPromptDialog(props: TextPromptDialogProps) {
  const [value, setValue] = useState(props.initialValue);
  const id = useId();
  return (
    <FormDialog
      title={props.title}
      submitLabel={props.submitLabel}
      onSubmit={() => props.onSubmit(value)}
      onClose={props.onClose}
    >
      <label htmlFor={id}>{props.label}</label>
      <input
        id={id}
        value={value}
        maxLength={props.maxLength}
        onChange={(event) => setValue(event.target.value)}
        autoFocus
      />
    </FormDialog>
  );
}
