/** A printer, drawn in the text's colour: the Print button's face, as word processors show it. */
export function PrinterIcon() {
  return (
    <svg width="16" height="16" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
      <path
        d="M4 1h8v4H4zM2 6h12a1 1 0 0 1 1 1v5h-3v3H4v-3H1V7a1 1 0 0 1 1-1zm3 5v3h6v-3z"
        fill="currentColor"
        fillRule="evenodd"
      />
    </svg>
  );
}
