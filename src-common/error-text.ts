/** The words of a thrown value, for logs and plain-word messages: its message when it is an Error. */
export function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
