import { useId, useLayoutEffect, useRef, useState, type KeyboardEvent } from 'react';
import {
  completeMention,
  matchingNames,
  mentionQuery,
  type MentionQuery,
} from '../../src-common/comments/mentions';
import { COMMENT_MAX_CHARS } from '../../src-common/comments/threads-doc';

interface MentionFieldProps {
  label: string;
  value: string;
  onChange(value: string): void;
  /** Co-editors who may be mentioned with `@`. */
  names: readonly string[];
  submitLabel: string;
  onSubmit(): void;
  onCancel(): void;
}

const MOST_SUGGESTIONS = 6;

/**
 * A comment's text box with its buttons. Typing `@` offers co-editors' names (arrow keys, Enter or Tab to take
 * one, Escape to close the list); Ctrl+Enter sends, Escape gives up.
 */
export function MentionField({
  label,
  value,
  onChange,
  names,
  submitLabel,
  onSubmit,
  onCancel,
}: MentionFieldProps) {
  const id = useId();
  const field = useRef<HTMLTextAreaElement>(null);
  const [query, setQuery] = useState<MentionQuery | null>(null);
  const [active, setActive] = useState(0);
  // Where the caret goes once a completed mention is in the box: set before the next key is handled.
  const caretAfter = useRef<number | null>(null);
  useLayoutEffect(() => {
    if (caretAfter.current !== null) {
      field.current?.setSelectionRange(caretAfter.current, caretAfter.current);
      caretAfter.current = null;
    }
  }, [value]);
  const options = query ? matchingNames(names, query.query).slice(0, MOST_SUGGESTIONS) : [];
  const open = options.length > 0;
  const empty = value.trim() === '';

  const follow = (text: string, caret: number) => {
    const next = mentionQuery(text, caret);
    setQuery(next);
    if (next?.query !== query?.query) {
      setActive(0);
    }
  };

  const take = (name: string) => {
    if (!query) {
      return;
    }
    const completed = completeMention(value, query, name);
    caretAfter.current = completed.caret;
    onChange(completed.text);
    setQuery(null);
  };

  const handleKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    if (open && (event.key === 'ArrowDown' || event.key === 'ArrowUp')) {
      event.preventDefault();
      const step = event.key === 'ArrowDown' ? 1 : -1;
      setActive((current) => (current + step + options.length) % options.length);
    } else if (open && (event.key === 'Enter' || event.key === 'Tab') && !event.ctrlKey && !event.metaKey) {
      event.preventDefault();
      take(options[active] ?? options[0] ?? '');
    } else if (event.key === 'Escape') {
      event.preventDefault();
      event.stopPropagation();
      if (open) {
        setQuery(null);
      } else {
        onCancel();
      }
    } else if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      if (!empty) {
        onSubmit();
      }
    }
  };

  return (
    <form
      className="comment-form"
      onSubmit={(event) => {
        event.preventDefault();
        if (!empty) {
          onSubmit();
        }
      }}
    >
      <label htmlFor={`${id}-text`} className="visually-hidden">
        {label}
      </label>
      <textarea
        id={`${id}-text`}
        ref={field}
        className="comment-text-field"
        rows={3}
        maxLength={COMMENT_MAX_CHARS}
        value={value}
        placeholder="Comment, or @ to mention someone"
        aria-autocomplete="list"
        aria-controls={open ? `${id}-names` : undefined}
        aria-activedescendant={open ? `${id}-name-${active}` : undefined}
        aria-describedby={`${id}-keys`}
        autoFocus
        onChange={(event) => {
          onChange(event.target.value);
          follow(event.target.value, event.target.selectionStart);
        }}
        onSelect={(event) => follow(event.currentTarget.value, event.currentTarget.selectionStart)}
        onBlur={() => setQuery(null)}
        onKeyDown={handleKeyDown}
      />
      <span id={`${id}-keys`} className="visually-hidden">
        Ctrl+Enter sends, Escape cancels.
      </span>
      {open && (
        <ul id={`${id}-names`} role="listbox" className="mention-list" aria-label="People to mention">
          {options.map((name, index) => (
            <li
              key={name}
              id={`${id}-name-${index}`}
              role="option"
              aria-selected={index === active}
              className={index === active ? 'active' : undefined}
              onMouseDown={(event) => {
                event.preventDefault();
                take(name);
              }}
            >
              {name}
            </li>
          ))}
        </ul>
      )}
      <div className="comment-form-actions">
        <button type="button" className="button small" onClick={onCancel}>
          Cancel
        </button>
        <button type="submit" className="button small primary" disabled={empty}>
          {submitLabel}
        </button>
      </div>
    </form>
  );
}
