import type { SaveState } from '../../src-common/letter/save-queue';

/** The status line's words for the save state: "Saved" only for what the store acknowledged. */
export function saveWords(state: SaveState): string {
  if (state.kind === 'saved') {
    return 'Saved on this computer';
  }
  if (state.kind === 'saving') {
    return 'Saving…';
  }
  const changes = state.pending === 1 ? '1 change' : `${state.pending} changes`;
  return `Not saved yet: ${changes} waiting. Undersigned keeps trying. (${state.reason})`;
}
