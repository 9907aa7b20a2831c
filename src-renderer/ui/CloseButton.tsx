interface CloseButtonProps {
  onClose(): void;
  /** "Close" unless the dialog only tells something ("OK"). */
  label?: string;
  /** The dialog's only button: it is the main one and has the focus, so Enter closes the dialog. */
  only?: boolean;
}

/** The button that closes a dialog which sends nothing, or leaves one whose work is done. */
export function CloseButton({ onClose, label = 'Close', only = false }: CloseButtonProps) {
  return (
    <button type="button" className={only ? 'button primary' : 'button'} onClick={onClose} autoFocus={only}>
      {label}
    </button>
  );
}
