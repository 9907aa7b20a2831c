import type { IpcMain, IpcMainInvokeEvent } from 'electron';
import { CHANNELS } from '../src-common/api/contract';
import { failure, type ApiResult } from '../src-common/api/errors';
import type { HandlerTable } from '../src-common/api/handler-table';
import { isTrustedSender } from './security';

/** The frame an IPC call came from, as far as trusting it goes; null when the frame is already gone. */
export interface IpcSender {
  url: string;
  isMainFrame: boolean;
}

/**
 * Answers one IPC call. Checklist item 17: only the app's own top-level page is served; anything else gets an
 * `unauthorized` result and the handler table never sees the payload.
 */
export function answerIpcCall(
  table: HandlerTable,
  sender: IpcSender | null,
  channel: string,
  payload: unknown,
  devServerUrl: string | null = null,
): Promise<ApiResult<unknown>> {
  if (!sender || !sender.isMainFrame || !isTrustedSender(sender.url, devServerUrl)) {
    return Promise.resolve(
      failure('unauthorized', 'This request did not come from an Undersigned window and was refused.'),
    );
  }
  return table.invoke(channel, payload);
}

/** Reads the sending frame off an IPC event. */
export function senderOf(event: IpcMainInvokeEvent): IpcSender | null {
  const frame = event.senderFrame;
  if (!frame) {
    return null;
  }
  return { url: frame.url, isMainFrame: frame.parent === null };
}

/** Serves every channel of the contract over IPC; returns a function that removes the handlers again. */
export function registerIpc(
  ipcMain: Pick<IpcMain, 'handle' | 'removeHandler'>,
  table: HandlerTable,
  devServerUrl: string | null,
): () => void {
  for (const channel of CHANNELS) {
    ipcMain.handle(channel, (event, payload: unknown) =>
      answerIpcCall(table, senderOf(event), channel, payload, devServerUrl),
    );
  }
  return () => {
    for (const channel of CHANNELS) {
      ipcMain.removeHandler(channel);
    }
  };
}
