import { useId, type FormEvent, type ReactNode } from 'react';
import { ErrorLine } from './ErrorLine';
import { useBusyAction, type BusyAction } from './use-busy-action';
import { useModal } from './use-modal';

interface FormDialogProps {
  title: ReactNode;
  /** `auto` when the title holds a name typed by someone, which may be in a right-to-left script. */
  titleDir?: 'auto';
  submitLabel: string;
  /** The button's words while the work runs, when they change ("Saving…"). */
  busyLabel?: string;
  /**
   * Does the work; while it runs the button waits, and a failure's plain message shows with the dialog kept open. A
   * returned sentence is a reason the form cannot be sent as it is, shown the same way.
   */
  onSubmit(): Promise<string | void> | string | void;
  onClose(): void;
  /** False while the form cannot be sent yet (a box it needs is empty). */
  canSubmit?: boolean;
  /** More classes for the `<dialog>` (`wide`, or a name its fields' styles hang on). */
  className?: string;
  /** Buttons before Cancel (Remove link). */
  extraActions?: ReactNode;
  /** The dialog's busy state and error, when something besides the submit also sets them. */
  action?: BusyAction;
  children: ReactNode;
}

/** A modal form: its title, its fields, what went wrong, and Cancel beside the button that does the work. */
export function FormDialog(props: FormDialogProps) {
  const { title, titleDir, submitLabel, busyLabel, onSubmit, onClose, canSubmit = true } = props;
  const dialogRef = useModal();
  const titleId = useId();
  const ownAction = useBusyAction();
  const { busy, error, run } = props.action ?? ownAction;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!canSubmit || busy) {
      return;
    }
    void run(onSubmit);
  };

  return (
    <dialog
      ref={dialogRef}
      className={props.className ? `dialog ${props.className}` : 'dialog'}
      aria-labelledby={titleId}
      onClose={onClose}
    >
      <form method="dialog" onSubmit={submit}>
        <h2 id={titleId} dir={titleDir}>
          {title}
        </h2>
        {props.children}
        <ErrorLine message={error} />
        <div className="dialog-actions">
          {props.extraActions}
          <button type="button" className="button" onClick={onClose}>
            Cancel
          </button>
          <button type="submit" className="button primary" disabled={busy || !canSubmit}>
            {busy && busyLabel ? busyLabel : submitLabel}
          </button>
        </div>
      </form>
    </dialog>
  );
}
