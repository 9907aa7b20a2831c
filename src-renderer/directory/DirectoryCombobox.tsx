import { useState, type KeyboardEvent } from 'react';
import type { DirectoryEntry } from '../../src-common/api/directory-schemas';
import { foldForSearch } from '../../src-common/text/fold';

interface DirectoryComboboxProps {
  id: string;
  value: string;
  placeholder: string;
  suggestions: readonly DirectoryEntry[];
  onChange(value: string): void;
  onPick(entry: DirectoryEntry): void;
}

/**
 * A text box that suggests directory entries as you type (ARIA combobox with a list box): Down and Up move through
 * the suggestions, Enter picks one, Escape closes the list. Focus stays in the box throughout.
 */
export function DirectoryCombobox(props: DirectoryComboboxProps) {
  const { id, value, placeholder, suggestions, onChange, onPick } = props;
  const [active, setActive] = useState(-1);
  const [closed, setClosed] = useState(false);
  const open = !closed && suggestions.length > 0;
  const listId = `${id}-suggestions`;
  const optionId = (index: number) => `${id}-suggestion-${index}`;

  const pick = (entry: DirectoryEntry) => {
    onPick(entry);
    setClosed(true);
    setActive(-1);
  };
  const handleKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      setClosed(false);
      const step = event.key === 'ArrowDown' ? 1 : -1;
      // One more place than suggestions: -1, back in the text as typed.
      const places = suggestions.length + 1;
      setActive((index) => ((index + 1 + step + places) % places) - 1);
      return;
    }
    const chosen = open ? suggestions[active] : undefined;
    if (event.key === 'Enter' && chosen) {
      event.preventDefault();
      pick(chosen);
      return;
    }
    if (event.key === 'Escape' && open) {
      // Closing the list must not also close a dialog around the box.
      event.preventDefault();
      event.stopPropagation();
      setClosed(true);
      setActive(-1);
    }
  };

  return (
    <div className="combobox">
      <input
        id={id}
        role="combobox"
        aria-expanded={open}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={open && active >= 0 ? optionId(active) : undefined}
        autoComplete="off"
        placeholder={placeholder}
        value={value}
        dir="auto"
        onChange={(event) => {
          onChange(event.target.value);
          setClosed(false);
          setActive(-1);
        }}
        onKeyDown={handleKeyDown}
        onBlur={() => setClosed(true)}
      />
      <ul id={listId} role="listbox" aria-label="Organizations in the directory" hidden={!open}>
        {open &&
          suggestions.map((entry, index) => (
            <li
              key={entry.id}
              id={optionId(index)}
              role="option"
              aria-selected={index === active}
              className={index === active ? 'active' : undefined}
              // Picking with the mouse must not blur the box first, or the list closes before the click lands.
              onMouseDown={(event) => event.preventDefault()}
              onClick={() => pick(entry)}
            >
              <span dir="auto">{optionLabel(entry)}</span>
              <MatchedAlias entry={entry} query={value} />
            </li>
          ))}
      </ul>
    </div>
  );
}

/** "Students for a Free Tibet – Canada" for a chapter, "Name – Country" otherwise. */
export function optionLabel(entry: DirectoryEntry): string {
  const parts = [entry.parentName, entry.name, entry.parentName === null ? entry.country : ''];
  return parts.filter((part): part is string => Boolean(part)).join(' – ');
}

// When the typed text matched an alias rather than the name, say which, so the suggestion does not look random.
function MatchedAlias({ entry, query }: { entry: DirectoryEntry; query: string }) {
  const words = foldForSearch(query).split(' ').filter(Boolean);
  const matches = (text: string) => words.every((word) => foldForSearch(text).includes(word));
  if (words.length === 0 || matches(entry.name)) {
    return null;
  }
  // Of several matching aliases, the closest: the one whose words start as typed, then the shortest.
  const closeness = (alias: string) => {
    const aliasWords = foldForSearch(alias).split(' ');
    const starts = words.filter((word) => aliasWords.some((aliasWord) => aliasWord.startsWith(word))).length;
    return starts * 1000 - alias.length;
  };
  const alias = entry.aliases.filter(matches).sort((a, b) => closeness(b) - closeness(a))[0];
  return alias ? (
    <span className="muted small-text" dir="auto">
      {' '}
      also “{alias}”
    </span>
  ) : null;
}
