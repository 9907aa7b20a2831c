import { useEditorState, type Editor } from '@tiptap/react';
import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { findState } from './extensions/find-replace';

interface FindBarProps {
  editor: Editor;
  showReplace: boolean;
  onClose(): void;
}

/** Find (Ctrl+F) and replace (Ctrl+H): Enter finds the next match, Shift+Enter the previous, Escape closes. */
export function FindBar({ editor, showReplace, onClose }: FindBarProps) {
  const [term, setTerm] = useState('');
  const [replacement, setReplacement] = useState('');
  const [caseSensitive, setCaseSensitive] = useState(false);
  const [replacedCount, setReplacedCount] = useState<number | null>(null);
  const findRef = useRef<HTMLInputElement>(null);
  const id = useId();
  const { total, current } = useEditorState({
    editor,
    selector: ({ editor: current }) => {
      const state = findState(current.state);
      return { total: state.matches.length, current: state.current };
    },
  });

  useEffect(() => {
    findRef.current?.focus();
    findRef.current?.select();
  }, [showReplace]);

  useEffect(() => {
    editor.commands.setFindQuery({ term, caseSensitive });
  }, [editor, term, caseSensitive]);

  useEffect(() => () => void editor.commands.setFindQuery({ term: '', caseSensitive: false }), [editor]);

  const handleKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      onClose();
      return;
    }
    if (event.key === 'Enter' && event.currentTarget === findRef.current) {
      event.preventDefault();
      editor.commands.stepMatch(event.shiftKey ? -1 : 1);
    }
  };

  const position = total === 0 ? (term ? 'No matches' : '') : `${current + 1} of ${total}`;
  return (
    <div className="find-bar" role="search" aria-label="Find and replace">
      <label htmlFor={`${id}-find`} className="visually-hidden">
        Find
      </label>
      <input
        id={`${id}-find`}
        ref={findRef}
        placeholder="Find"
        value={term}
        onChange={(event) => setTerm(event.target.value)}
        onKeyDown={handleKeyDown}
      />
      <span className="find-count" aria-live="polite">
        {position}
      </span>
      <button
        type="button"
        className="tool"
        aria-label="Previous match (Shift+Enter)"
        onClick={() => editor.commands.stepMatch(-1)}
        disabled={total === 0}
      >
        ↑
      </button>
      <button
        type="button"
        className="tool"
        aria-label="Next match (Enter)"
        onClick={() => editor.commands.stepMatch(1)}
        disabled={total === 0}
      >
        ↓
      </button>
      <label className="find-option">
        <input
          type="checkbox"
          checked={caseSensitive}
          onChange={(event) => setCaseSensitive(event.target.checked)}
        />{' '}
        Match case
      </label>
      {showReplace && (
        <>
          <label htmlFor={`${id}-replace`} className="visually-hidden">
            Replace with
          </label>
          <input
            id={`${id}-replace`}
            placeholder="Replace with"
            value={replacement}
            onChange={(event) => setReplacement(event.target.value)}
            onKeyDown={handleKeyDown}
          />
          <button
            type="button"
            className="button small"
            disabled={total === 0}
            onClick={() => editor.chain().focus().replaceMatch(replacement).run()}
          >
            Replace
          </button>
          <button
            type="button"
            className="button small"
            disabled={total === 0}
            onClick={() => replaceAll(editor, replacement, setReplacedCount)}
          >
            Replace all
          </button>
          {replacedCount !== null && (
            <span className="find-count" role="status">{`Replaced ${replacedCount}`}</span>
          )}
        </>
      )}
      <button type="button" className="tool" aria-label="Close find (Escape)" onClick={onClose}>
        ✕
      </button>
    </div>
  );
}

// Says how many were replaced, as Word does: the count is of the matches before the replace.
function replaceAll(editor: Editor, replacement: string, report: (count: number) => void): void {
  const count = findState(editor.state).matches.length;
  if (editor.commands.replaceAllMatches(replacement)) {
    report(count);
  }
}
