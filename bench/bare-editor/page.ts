// The baseline of the typing benchmark: bare TipTap bound to a Y.Doc, nothing else (no React, no panels, no
// plugins of the app's own). Bundled by esbuild when the benchmark runs and served beside the app by the same host.
// With `?relay=ws://…` in its address it also keeps the Y.Doc in step with y-websocket's relay, where the bench's
// co-editors type. The benchmark is compiled without DOM types, so the little of the DOM this page uses is declared
// here.
import { Editor } from '@tiptap/core';
import Collaboration from '@tiptap/extension-collaboration';
import StarterKit from '@tiptap/starter-kit';
import * as Y from 'yjs';
import { relaySync } from './relay-sync';

declare const document: { getElementById(id: string): unknown };
declare const location: { search: string };
declare const WebSocket: new (url: string) => BrowserSocket;

interface BrowserSocket {
  binaryType: string;
  onopen: (() => void) | null;
  onmessage: ((event: { data: ArrayBuffer }) => void) | null;
  send(data: Uint8Array): void;
}

/** The file the benchmark writes beside this page: the letter's body as a Yjs update. */
const STATE_FILE = 'bare-letter.bin';

async function open(): Promise<void> {
  const response = await fetch(STATE_FILE);
  const doc = new Y.Doc();
  Y.applyUpdate(doc, new Uint8Array(await response.arrayBuffer()));
  const element = document.getElementById('editor');
  new Editor({
    element: element as never,
    // TipTap's base styles would go in a <style> element, which the host's CSP refuses; bare.css has them.
    injectCSS: false,
    extensions: [
      StarterKit.configure({ undoRedo: false }),
      Collaboration.configure({ document: doc, field: 'body' }),
    ],
  });
  const relay = new URLSearchParams(location.search).get('relay');
  if (relay) {
    connect(doc, relay);
  }
}

// The bench waits for `bareRelaySynced` before its co-editors join, so they find the letter on the relay.
function connect(doc: Y.Doc, url: string): void {
  const socket = new WebSocket(url);
  socket.binaryType = 'arraybuffer';
  const sync = relaySync(
    doc,
    (bytes) => socket.send(bytes),
    () => Object.assign(globalThis, { bareRelaySynced: true }),
  );
  socket.onopen = () => sync.opened();
  socket.onmessage = (event) => sync.receive(new Uint8Array(event.data));
}

void open();
