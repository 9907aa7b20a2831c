/** Saves text as a file through the browser's download (in the desktop app, Electron asks where to save). */
export function downloadText(fileName: string, content: string, type = 'application/json'): void {
  downloadBlob(fileName, new Blob([content], { type }));
}

/** Saves bytes (a PDF, a Word file) as a file, as {@link downloadText} does. */
export function downloadBytes(fileName: string, bytes: Uint8Array, type: string): void {
  downloadBlob(fileName, new Blob([new Uint8Array(bytes)], { type }));
}

function downloadBlob(fileName: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.rel = 'noopener';
  document.body.append(link);
  link.click();
  link.remove();
  // Revoke after the click has been handled, or some browsers cancel the download.
  window.setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
