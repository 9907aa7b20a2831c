import { useId, type KeyboardEvent, type ReactNode } from 'react';

const TABS = [
  {
    id: 'signatories',
    label: 'Signatories',
    empty: 'No signatories yet. Organizations that sign on will be listed, counted and checked here.',
  },
  {
    id: 'notes',
    label: 'Notes',
    empty: 'No notes yet. Numbered notes and their sources will be listed here.',
  },
  { id: 'checks', label: 'Checks', empty: 'No problems found.' },
  { id: 'comments', label: 'Comments', empty: 'No comments yet.' },
  { id: 'versions', label: 'Versions', empty: 'No named versions yet.' },
] as const;

type TabId = (typeof TABS)[number]['id'];

/** The id of a tab of the side panel. */
export type SidePanelTab = TabId;

interface SidePanelProps {
  /** Each tab's content; null while it is still to be drawn (the tab shows nothing yet, not its empty words). */
  panels: Partial<Record<TabId, ReactNode>> | null;
  /** Shown on a tab after its name (a count). */
  badges?: Partial<Record<TabId, ReactNode>>;
  selected: TabId;
  onSelect(tab: TabId): void;
}

/** The right-hand panel: one tab per aspect of the letter, keyboard-navigable as an ARIA tab list. */
export function SidePanel({ panels, badges = {}, selected, onSelect }: SidePanelProps) {
  const setSelected = onSelect;
  const baseId = useId();
  const current = TABS.find((tab) => tab.id === selected) ?? TABS[0];

  const handleKeyDown = (event: KeyboardEvent) => {
    const index = TABS.findIndex((tab) => tab.id === selected);
    const step =
      event.key === 'ArrowDown' || event.key === 'ArrowRight'
        ? 1
        : event.key === 'ArrowUp' || event.key === 'ArrowLeft'
          ? -1
          : 0;
    if (step === 0) {
      return;
    }
    event.preventDefault();
    const next = TABS[(index + step + TABS.length) % TABS.length] ?? TABS[0];
    setSelected(next.id);
    document.getElementById(`${baseId}-${next.id}-tab`)?.focus();
  };

  return (
    <aside className="side-panel" aria-label="Letter details">
      <div role="tablist" aria-label="Letter details" className="tabs" onKeyDown={handleKeyDown}>
        {TABS.map((tab) => (
          <button
            key={tab.id}
            id={`${baseId}-${tab.id}-tab`}
            type="button"
            role="tab"
            aria-selected={tab.id === selected}
            aria-controls={`${baseId}-panel`}
            tabIndex={tab.id === selected ? 0 : -1}
            className="tab"
            onClick={() => setSelected(tab.id)}
          >
            {tab.label}
            {badges[tab.id]}
          </button>
        ))}
      </div>
      <div
        id={`${baseId}-panel`}
        role="tabpanel"
        aria-labelledby={`${baseId}-${current.id}-tab`}
        className="tab-panel"
        aria-busy={panels === null}
      >
        {panels ? (panels[current.id] ?? <p className="muted">{current.empty}</p>) : null}
      </div>
    </aside>
  );
}
