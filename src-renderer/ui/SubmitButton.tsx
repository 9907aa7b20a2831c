interface SubmitButtonProps {
  label: string;
  /** The button's words while the work runs, when they change ("Saving…"). */
  busyLabel?: string;
  /** While the work runs the button waits, so a second press does not send the form twice. */
  busy: boolean;
  /** False while the form cannot be sent yet (a box it needs is empty). */
  canSubmit?: boolean;
}

/** A form's main button, which sends it. */
export function SubmitButton({ label, busyLabel, busy, canSubmit = true }: SubmitButtonProps) {
  return (
    <button type="submit" className="button primary" disabled={busy || !canSubmit}>
      {busy && busyLabel ? busyLabel : label}
    </button>
  );
}
