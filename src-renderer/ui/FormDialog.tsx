import type { FormEvent, ReactNode } from 'react';
import { Dialog } from './Dialog';
import { ErrorLine } from './ErrorLine';
import { SubmitButton } from './SubmitButton';
import { useBusyAction, type BusyAction } from './use-busy-action';

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
  const { onSubmit, onClose, canSubmit = true } = props;
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
    <Dialog
      title={props.title}
      titleDir={props.titleDir}
      className={props.className}
      onClose={onClose}
      onSubmit={submit}
      actions={
        <>
          {props.extraActions}
          <button type="button" className="button" onClick={onClose}>
            Cancel
          </button>
          <SubmitButton
            label={props.submitLabel}
            busyLabel={props.busyLabel}
            busy={busy}
            canSubmit={canSubmit}
          />
        </>
      }
    >
      {props.children}
      <ErrorLine message={error} />
    </Dialog>
  );
}
