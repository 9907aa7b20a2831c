import { memo, useMemo, useSyncExternalStore } from 'react';
import type { Editor } from '@tiptap/core';
import type * as Y from 'yjs';
import type { SaveQueue, SaveState } from '../../src-common/letter/save-queue';
import type { SyncStatusSource } from '../collab/sealed-status';
import { readSignatories, signatoriesMap } from '../../src-common/signatories/signatories-doc';
import { confirmedCount } from '../../src-common/signatories/signatory';
import { useLetterCounts } from '../editor/letter-counts';
import { useSyncStatus } from '../collab/use-sync-status';
import { StatusBar } from '../shell/StatusBar';
import { RestartToUpdate } from '../update/RestartToUpdate';
import { saveWords } from './save-words';
import { statusLine } from './status-line';
import { useDocValue, type DocValue } from './use-doc-value';
import { META_FIELD, readLetterMeta } from '../../src-common/letter/letter-doc';

interface LetterStatusBarProps {
  doc: Y.Doc;
  queue: SaveQueue;
  /** A shared letter's sync with its server; null for a letter kept on this computer only. */
  tracker: SyncStatusSource | null;
  editor: Editor | null;
  /** Whether the count of signatories shows yet: it reads the whole list, which can wait for an idle moment. */
  signatoriesShown: boolean;
}

/**
 * The letter screen's status bar. It follows the save queue, the sync, the text and the list by itself, so that
 * a keystroke or a co-editor's change redraws this line at most, never the screen around it.
 */
export const LetterStatusBar = memo(function LetterStatusBar({
  doc,
  queue,
  tracker,
  editor,
  signatoriesShown,
}: LetterStatusBarProps) {
  const save = useShownSaveState(queue);
  const sync = useSyncStatus(tracker);
  const counts = useLetterCounts(editor);
  const status = statusLine(save, sync);
  return (
    <StatusBar status={status.words} tone={status.tone}>
      <RestartToUpdate />
      <span>{counts.words === 1 ? '1 word' : `${counts.words.toLocaleString()} words`}</span>
      <span>{counts.characters.toLocaleString()} characters</span>
      {signatoriesShown && <SignatoryCount doc={doc} />}
    </StatusBar>
  );
});

/** Who signed, as the count check counts: the confirmed entries and those not listed by name. */
function SignatoryCount({ doc }: { doc: Y.Doc }) {
  const count = useDocValue(doc, CONFIRMED_COUNT) + useDocValue(doc, UNLISTED_COUNT);
  return <span>{count === 1 ? '1 signatory' : `${count.toLocaleString()} signatories`}</span>;
}

/**
 * The queue's state, changing only when its words do: every update, local or a co-editor's, is queued and makes a
 * new state ("Saving…", one more pending), which would otherwise redraw the bar each time to say the same thing.
 */
function useShownSaveState(queue: SaveQueue): SaveState {
  const store = useMemo(() => shownSaveStore(queue), [queue]);
  return useSyncExternalStore(store.subscribe, store.getSnapshot);
}

function shownSaveStore(queue: SaveQueue): {
  subscribe(listener: () => void): () => void;
  getSnapshot(): SaveState;
} {
  let shown = queue.getState();
  return {
    subscribe: (listener) => queue.subscribe(listener),
    getSnapshot: () => {
      const next = queue.getState();
      if (saveWords(next) !== saveWords(shown)) {
        shown = next;
      }
      return shown;
    },
  };
}

/** How many have confirmed, read again only when the list changes. */
const CONFIRMED_COUNT: DocValue<number> = {
  type: signatoriesMap,
  read: (doc) => confirmedCount(readSignatories(doc)),
};

/** How many signed without being listed by name: a number, so typing the title re-renders nothing here. */
const UNLISTED_COUNT: DocValue<number> = {
  type: (doc) => doc.getMap(META_FIELD),
  read: (doc) => readLetterMeta(doc).unlistedSignatories,
};
