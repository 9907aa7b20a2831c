import type { SaveState } from '../../src-common/letter/save-queue';
import { syncWords, type SyncStatus } from '../collab/sealed-status';
import { saveWords } from './save-words';

type Tone = 'ok' | 'busy' | 'warn' | 'danger';

/**
 * The status line of an open letter. Until an edit is saved on this computer that is what it shows (a shared
 * letter's words about the server assume the changes are safe here); then, for a shared letter, where it stands
 * with the server.
 */
export function statusLine(save: SaveState, sync: SyncStatus | null): { words: string; tone: Tone } {
  const saveTone: Tone = save.kind === 'saved' ? 'ok' : save.kind === 'saving' ? 'busy' : 'warn';
  if (!sync || save.kind !== 'saved') {
    return { words: saveWords(save), tone: saveTone };
  }
  return { words: syncWords(sync), tone: syncTone(sync) };
}

function syncTone(sync: SyncStatus): Tone {
  switch (sync.kind) {
    case 'synced':
      return 'ok';
    case 'read-only':
      return sync.connected ? 'ok' : 'warn';
    case 'connecting':
    case 'syncing':
      return 'busy';
    case 'offline':
    case 'problem':
      return 'warn';
    case 'refused':
      return 'danger';
  }
}
