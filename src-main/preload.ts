// Runs sandboxed before the page: it may require only 'electron', so everything else is bundled into this file.
import { contextBridge, ipcRenderer } from 'electron';
import { BRIDGE_KEY } from '../src-common/api/bridge';
import { createBridge } from './preload-bridge';

// Checklist item 20: the page receives one `invoke` function, never ipcRenderer or any other Electron object.
contextBridge.exposeInMainWorld(
  BRIDGE_KEY,
  createBridge((channel, payload) => ipcRenderer.invoke(channel, payload)),
);
