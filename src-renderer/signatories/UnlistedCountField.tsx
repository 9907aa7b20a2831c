import { useState, type KeyboardEvent } from 'react';
import type * as Y from 'yjs';
import { MAX_UNLISTED_SIGNATORIES } from '../../src-common/letter/letter-doc';
import { matchesShortcut } from '../shell/shortcuts';
import { useUnlistedCount } from './use-unlisted-count';

/**
 * How many signed without being listed by name ("…and 40 more organizations"): counted with the confirmed list by
 * the count check, and printed after the names in every export. A co-editor's change shows as it arrives.
 */
export function UnlistedCountField({ doc }: { doc: Y.Doc }) {
  const { count, change, undo, redo } = useUnlistedCount(doc);
  // Text that is no count yet (an emptied field) is shown while typing; the stored count stays until it is one.
  const [draft, setDraft] = useState<string | null>(null);

  const handleChange = (text: string) => {
    const value = readCount(text);
    if (value === null) {
      setDraft(text);
      return;
    }
    setDraft(null);
    if (value !== count) {
      change(value);
    }
  };
  const handleKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    const step = matchesShortcut(event, 'redo') ? redo : matchesShortcut(event, 'undo') ? undo : null;
    if (step === null) {
      return;
    }
    // The browser's own undo of the typed text would leave the field and the stored count apart.
    event.preventDefault();
    setDraft(null);
    step();
  };

  return (
    <label className="unlisted-count">
      <span>Signatories not listed by name</span>
      <input
        type="number"
        inputMode="numeric"
        min={0}
        max={MAX_UNLISTED_SIGNATORIES}
        step={1}
        value={draft ?? String(count)}
        onChange={(event) => handleChange(event.target.value)}
        onKeyDown={handleKeyDown}
        onBlur={() => setDraft(null)}
      />
    </label>
  );
}

// A whole number from 0 up to the most a letter may count; anything else is not (yet) a count.
function readCount(text: string): number | null {
  const trimmed = text.trim();
  if (!/^\d{1,7}$/u.test(trimmed)) {
    return null;
  }
  const value = Number(trimmed);
  return value <= MAX_UNLISTED_SIGNATORIES ? value : null;
}
