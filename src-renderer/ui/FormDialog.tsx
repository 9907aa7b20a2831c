import { useId, type FormEvent, type ReactNode } from 'react';
import { ErrorLine } from './ErrorLine';
import { useBusyAction } from './use-busy-action';
import { useModal } from './use-modal';

interface FormDialogProps {
  title: ReactNode;
  submitLabel: string;
  /** Does the work; while it runs the button waits, and a failure's plain message shows with the dialog kept open. */
  onSubmit(): Promise<void> | void;
  onClose(): void;
  /** False while the form cannot be sent yet (a box it needs is empty). */
  canSubmit?: boolean;
  children: ReactNode;
}

/** A modal form: its title, its fields, what went wrong, and Cancel beside the button that does the work. */
export function FormDialog({
  title,
  submitLabel,
  onSubmit,
  onClose,
  canSubmit = true,
  children,
}: FormDialogProps) {
  const dialogRef = useModal();
  const titleId = useId();
  const { busy, error, run } = useBusyAction();

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (canSubmit && !busy) {
      void run(async () => onSubmit());
    }
  };

  return (
    <dialog ref={dialogRef} className="dialog" aria-labelledby={titleId} onClose={onClose}>
      <form method="dialog" onSubmit={submit}>
        <h2 id={titleId}>{title}</h2>
        {children}
        <ErrorLine message={error} />
        <div className="dialog-actions">
          <button type="button" className="button" onClick={onClose}>
            Cancel
          </button>
          <button type="submit" className="button primary" disabled={busy || !canSubmit}>
            {submitLabel}
          </button>
        </div>
      </form>
    </dialog>
  );
}
