import type { UndersignedBridge } from '../src-common/api/bridge';
import { isChannel } from '../src-common/api/contract';
import { failure } from '../src-common/api/errors';

/** Sends one call to the main process (`ipcRenderer.invoke` in preload). */
export type IpcInvoke = (channel: string, payload: unknown) => Promise<unknown>;

/**
 * The object preload puts on `window`. It forwards only the contract's channels, so a compromised page cannot
 * reach any other IPC channel (checklist item 20); this file stays free of Node so the sandboxed preload can run it.
 */
export function createBridge(send: IpcInvoke): UndersignedBridge {
  return {
    invoke(channel, payload) {
      if (!isChannel(channel)) {
        return Promise.resolve(failure('unknown-channel', `There is no such request: ${String(channel)}.`));
      }
      return send(channel, payload).catch(() =>
        failure('internal', 'The window lost contact with the rest of Undersigned. Please restart it.'),
      );
    },
  };
}
