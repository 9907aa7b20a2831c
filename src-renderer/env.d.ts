import type { UndersignedBridge } from '../src-common/api/bridge';

declare global {
  interface Window {
    /** Present only in the desktop app, put there by preload. */
    undersigned?: UndersignedBridge;
  }
}
