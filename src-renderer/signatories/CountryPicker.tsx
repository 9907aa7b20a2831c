import { useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { countryName, countryOptions, type CountryOption } from '../../src-common/signatories/country-codes';
import { foldForSearch } from '../../src-common/text/fold';
import { INTERFACE_LANGUAGE } from '../ui/interface-language';

interface CountryPickerProps {
  /** The text box's id, for the `<label htmlFor>` that names it. */
  id: string;
  /** The country's ISO code, or empty. */
  value: string;
  placeholder?: string;
  onChange(code: string): void;
}

/**
 * A country picker: a text box that lists the countries whose name (in the interface language) contains what is
 * typed (ARIA combobox with a list box). Down and Up move through them, Enter or a click picks one, Escape puts back
 * the country picked before; leaving the box picks the country typed in full, and an emptied box means none.
 */
export function CountryPicker({ id, value, placeholder = 'Country', onChange }: CountryPickerProps) {
  const options = useMemo(() => countryOptions(INTERFACE_LANGUAGE), []);
  const shown = value === '' ? '' : countryName(value, INTERFACE_LANGUAGE);
  const [typed, setTyped] = useState<string | null>(null);
  const [active, setActive] = useState(-1);
  const matches = useMemo(() => matching(options, typed ?? ''), [options, typed]);
  const open = typed !== null && matches.length > 0;
  const listId = `${id}-countries`;
  const optionId = (index: number) => `${id}-country-${index}`;
  const listRef = useRef<HTMLUListElement>(null);

  useEffect(() => {
    listRef.current?.querySelector('[aria-selected="true"]')?.scrollIntoView({ block: 'nearest' });
  }, [active]);

  const finish = (code: string | null) => {
    if (code !== null && code !== value) {
      onChange(code);
    }
    setTyped(null);
    setActive(-1);
  };
  // Leaving the box keeps a country typed in full, clears an emptied box, and otherwise puts back the last one.
  const commitTyped = () => {
    if (typed === null) {
      return;
    }
    const text = foldForSearch(typed);
    finish(text === '' ? '' : (options.find((option) => foldForSearch(option.name) === text)?.code ?? null));
  };
  const handleKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      const list = typed === null ? options : matches;
      setTyped((current) => current ?? '');
      const step = event.key === 'ArrowDown' ? 1 : -1;
      setActive((index) => (index + step + list.length) % list.length);
      return;
    }
    const chosen = open ? matches[active] : undefined;
    if (event.key === 'Enter' && typed !== null) {
      // Enter picks here rather than submitting the form around the box.
      event.preventDefault();
      if (chosen) {
        finish(chosen.code);
      } else {
        commitTyped();
      }
      return;
    }
    if (event.key === 'Escape' && typed !== null) {
      // Putting back the country must not also close a dialog around the box.
      event.preventDefault();
      event.stopPropagation();
      finish(null);
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
        value={typed ?? shown}
        dir="auto"
        onChange={(event) => {
          setTyped(event.target.value);
          setActive(-1);
        }}
        onKeyDown={handleKeyDown}
        onBlur={commitTyped}
      />
      <ul id={listId} ref={listRef} role="listbox" aria-label="Countries" hidden={!open}>
        {open &&
          matches.map((option, index) => (
            <li
              key={option.code}
              id={optionId(index)}
              role="option"
              aria-selected={index === active}
              className={index === active ? 'active' : undefined}
              // Picking with the mouse must not blur the box first, or the typed text is read before the click.
              onMouseDown={(event) => event.preventDefault()}
              onClick={() => finish(option.code)}
            >
              <span dir="auto">{option.name}</span>
            </li>
          ))}
      </ul>
    </div>
  );
}

// Names that start with the typed text first ("Ger" → Germany before Algeria), then those containing it.
function matching(options: readonly CountryOption[], typed: string): CountryOption[] {
  const text = foldForSearch(typed);
  if (text === '') {
    return [...options];
  }
  const starting: CountryOption[] = [];
  const containing: CountryOption[] = [];
  for (const option of options) {
    const name = foldForSearch(option.name);
    if (name.startsWith(text)) {
      starting.push(option);
    } else if (name.includes(text)) {
      containing.push(option);
    }
  }
  return [...starting, ...containing];
}
