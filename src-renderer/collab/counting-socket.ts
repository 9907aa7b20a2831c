/**
 * A WebSocket class that reports every message the collaboration provider sends, so the status line can count
 * which changes the server has confirmed (see `SyncTracker`). The provider creates its sockets from this class.
 */
export function reportingSocketClass(onSend: (bytes: Uint8Array) => void): typeof WebSocket {
  return class ReportingSocket extends WebSocket {
    override send(data: string | ArrayBufferLike | Blob | ArrayBufferView): void {
      if (data instanceof Uint8Array) {
        onSend(data);
      }
      super.send(data);
    }
  };
}
