/** What went wrong, in plain words, read out at once by screen readers; nothing when nothing did. */
export function ErrorLine({ message }: { message: string | null | undefined }) {
  if (!message) {
    return null;
  }
  return (
    <p role="alert" className="error">
      {message}
    </p>
  );
}
