import { useEditorState, type Editor } from '@tiptap/react';
import { memo, useState } from 'react';
import { describeSuggestion, suggestionAuthors, type Suggestion } from '../../src-common/suggestions/group';
import { suggestionIdAt } from './suggestion-at';
import { useSuggestions } from './use-suggestions';
import './suggestions.css';

interface SuggestionsBarProps {
  editor: Editor;
}

/**
 * The review bar above the page, while the letter has suggestions: how many, the one at the cursor with Accept and
 * Reject, every one in a list, and Accept all / Reject all for everyone or one person.
 */
export const SuggestionsBar = memo(function SuggestionsBar({ editor }: SuggestionsBarProps) {
  const suggestions = useSuggestions(editor);
  const { currentId, editable } = useEditorState({
    editor,
    selector: ({ editor: current }) => ({
      currentId: suggestionIdAt(current.state),
      editable: current.isEditable,
    }),
  });
  const [listOpen, setListOpen] = useState(false);
  const [authorId, setAuthorId] = useState<string>('');
  if (suggestions.length === 0) {
    return null;
  }
  const authors = suggestionAuthors(suggestions);
  const scope = authors.find((entry) => entry.author.authorId === authorId);
  const scopeLabel = scope ? `by ${nameOf(scope.author.authorName)}` : '';
  const current = suggestions.find((suggestion) => suggestion.id === currentId) ?? null;
  const all = (decision: 'accept' | 'reject') => {
    const target = scope ? scope.author.authorId : null;
    if (decision === 'accept') {
      editor.chain().focus().acceptAllSuggestions(target).run();
    } else {
      editor.chain().focus().rejectAllSuggestions(target).run();
    }
  };

  return (
    <section className="suggestions-bar" aria-label="Suggested edits">
      <div className="suggestions-bar-row">
        <button
          type="button"
          className="button ghost"
          aria-expanded={listOpen}
          onClick={() => setListOpen((open) => !open)}
        >
          {suggestions.length === 1 ? '1 suggestion' : `${suggestions.length} suggestions`}
        </button>
        {authors.length > 1 && (
          <label>
            <span className="visually-hidden">Whose suggestions</span>
            <select
              value={authorId}
              onChange={(event) => setAuthorId(event.target.value)}
              aria-label="Whose suggestions"
            >
              <option value="">Everyone’s</option>
              {authors.map(({ author, count }) => (
                <option key={author.authorId} value={author.authorId}>
                  {nameOf(author.authorName)}’s ({count})
                </option>
              ))}
            </select>
          </label>
        )}
        <button type="button" className="button" disabled={!editable} onClick={() => all('accept')}>
          Accept all{scopeLabel ? ` ${scopeLabel}` : ''}
        </button>
        <button type="button" className="button" disabled={!editable} onClick={() => all('reject')}>
          Reject all{scopeLabel ? ` ${scopeLabel}` : ''}
        </button>
      </div>
      {current && !listOpen && (
        <SuggestionCard editor={editor} suggestion={current} editable={editable} current />
      )}
      {listOpen && (
        <ol className="suggestion-list" aria-label="Suggestions">
          {suggestions.map((suggestion) => (
            <li key={suggestion.id}>
              <SuggestionCard
                editor={editor}
                suggestion={suggestion}
                editable={editable}
                current={suggestion.id === currentId}
              />
            </li>
          ))}
        </ol>
      )}
    </section>
  );
});

interface SuggestionCardProps {
  editor: Editor;
  suggestion: Suggestion;
  editable: boolean;
  current: boolean;
}

/** One suggestion: who, when, what, and Accept / Reject; a click on the words shows it in the text. */
function SuggestionCard({ editor, suggestion, editable, current }: SuggestionCardProps) {
  const name = nameOf(suggestion.author.authorName);
  const what = describeSuggestion(suggestion);
  return (
    <article
      className={current ? 'suggestion-card current' : 'suggestion-card'}
      data-colour={suggestion.author.colour.toLowerCase()}
      aria-label={`Suggestion by ${name}: ${what}`}
    >
      <span className="suggestion-author">
        <span className="suggestion-dot" aria-hidden="true" />
        {name}
      </span>
      <time className="muted small-text" dateTime={suggestion.time}>
        {timeText(suggestion.time)}
      </time>
      <button
        type="button"
        className="suggestion-what"
        onClick={() => editor.chain().focus().setTextSelection(suggestion.from).scrollIntoView().run()}
      >
        {what}
      </button>
      <button
        type="button"
        className="button"
        disabled={!editable}
        aria-label={`Accept: ${what}`}
        onClick={() => editor.chain().focus().acceptSuggestion(suggestion.id).run()}
      >
        Accept
      </button>
      <button
        type="button"
        className="button"
        disabled={!editable}
        aria-label={`Reject: ${what}`}
        onClick={() => editor.chain().focus().rejectSuggestion(suggestion.id).run()}
      >
        Reject
      </button>
    </article>
  );
}

function nameOf(name: string): string {
  return name.trim() === '' ? 'Someone' : name.trim();
}

function timeText(iso: string): string {
  const time = new Date(iso);
  if (Number.isNaN(time.getTime())) {
    return '';
  }
  const sameDay = time.toDateString() === new Date().toDateString();
  return sameDay
    ? time.toLocaleTimeString(undefined, { hour: '2-digit', minute: '2-digit' })
    : time.toLocaleDateString(undefined, { day: 'numeric', month: 'short' });
}
