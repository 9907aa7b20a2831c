import { useMemo, useState } from 'react';
import type * as Y from 'yjs';
import { collatorLocale, updateSignatoryDisplay } from '../../src-common/signatories/display-settings';
import {
  filterChoices,
  filterSignatories,
  isFiltering,
  makeSearchable,
  NO_FILTER,
  type SignatoryFilter,
} from '../../src-common/signatories/filter';
import { groupSignatories, listRows, sortSignatories } from '../../src-common/signatories/grouping';
import { setSignatoryStatus } from '../../src-common/signatories/signatories-doc';
import type { Signatory, SignatoryStatus } from '../../src-common/signatories/signatory';
import { INTERFACE_LANGUAGE } from '../ui/interface-language';
import { BulkStatusBar } from './BulkStatusBar';
import { AddTagDialog } from './AddTagDialog';
import { EditSignatoryDialog } from './EditSignatoryDialog';
import { SignatoryFilters } from './SignatoryFilters';
import { SignatoryList } from './SignatoryList';
import { useSelection } from './use-selection';
import { useSignatoryDisplay } from './use-signatory-display';

interface SignatoryBrowserProps {
  doc: Y.Doc;
  signatories: readonly Signatory[];
  /**
   * The search box's text. Not deferred: only the rows in view are drawn, so the narrowed list fits in the frame
   * that shows the typed letter, where deferring would show it a frame later.
   */
  query: string;
  /** Who is making changes, recorded with each status change. */
  editorName: string;
}

/** Filters, grouping, selection with bulk status changes, and the list itself. */
export function SignatoryBrowser({ doc, signatories, query, editorName }: SignatoryBrowserProps) {
  const display = useSignatoryDisplay(doc);
  const locale = collatorLocale(display);
  const [filter, setFilter] = useState<Omit<SignatoryFilter, 'query'>>(NO_FILTER);
  const [editing, setEditing] = useState<Signatory | null>(null);
  const [taggingIds, setTaggingIds] = useState<readonly string[] | null>(null);
  // Sorting and folding happen when the list changes; a keystroke only filters and groups.
  const searchable = useMemo(
    () => makeSearchable(sortSignatories(signatories, locale), INTERFACE_LANGUAGE),
    [signatories, locale],
  );
  const choices = useMemo(
    () => filterChoices(signatories, locale, INTERFACE_LANGUAGE),
    [signatories, locale],
  );
  // The entry as it is now, so the edit dialog follows a co-editor's change; as last seen if they removed it.
  const editingNow = useMemo(
    () => (editing ? (signatories.find((entry) => entry.id === editing.id) ?? editing) : null),
    [editing, signatories],
  );
  const fullFilter = useMemo(() => ({ ...filter, query }), [filter, query]);
  const shown = useMemo(() => filterSignatories(searchable, fullFilter), [searchable, fullFilter]);
  const rows = useMemo(
    () => listRows(groupSignatories(shown, display.grouping, locale, INTERFACE_LANGUAGE)),
    [shown, display.grouping, locale],
  );
  // In the order on screen, so that a shift-click range covers the rows between the two clicks.
  const shownIds = useMemo(
    () => [...new Set(rows.flatMap((row) => (row.kind === 'entry' ? [row.signatory.id] : [])))],
    [rows],
  );
  const selection = useSelection(shownIds);
  const setStatus = (ids: readonly string[], status: SignatoryStatus) =>
    setSignatoryStatus(doc, ids, status, new Date().toISOString().slice(0, 10), editorName);

  return (
    <>
      <SignatoryFilters
        filter={fullFilter}
        onFilter={(patch) => setFilter((previous) => ({ ...previous, ...patch }))}
        choices={choices}
        display={display}
        onDisplay={(patch) => updateSignatoryDisplay(doc, patch)}
      />
      {isFiltering(fullFilter) && (
        <p className="muted small-text signatory-shown">
          Showing {shown.length.toLocaleString()} of {signatories.length.toLocaleString()}
          {(filter.status !== '' || filter.tag !== '' || filter.country !== '' || filter.kind !== '') && (
            <button type="button" className="link-button" onClick={() => setFilter(NO_FILTER)}>
              Clear filters
            </button>
          )}
        </p>
      )}
      <BulkStatusBar
        shown={shown.length}
        selected={selection.selectedIds.length}
        onSelectAll={selection.selectAll}
        onClear={selection.clear}
        onMark={(status) => {
          setStatus(selection.selectedIds, status);
          // Done with those: the next bulk change starts from a clean slate, as after a move in a mail program.
          selection.clear();
        }}
        onAddTag={() => setTaggingIds(selection.selectedIds)}
      />
      <SignatoryList
        rows={rows}
        selection={selection}
        onStatus={(signatory, status) => setStatus([signatory.id], status)}
        onEdit={setEditing}
      />
      {editingNow && (
        <EditSignatoryDialog
          doc={doc}
          signatory={editingNow}
          tagChoices={choices.tags}
          onClose={() => setEditing(null)}
        />
      )}
      {taggingIds && (
        <AddTagDialog
          doc={doc}
          ids={taggingIds}
          tagChoices={choices.tags}
          onDone={() => {
            setTaggingIds(null);
            selection.clear();
          }}
          onClose={() => setTaggingIds(null)}
        />
      )}
    </>
  );
}
