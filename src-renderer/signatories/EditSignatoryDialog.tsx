import { useId, useMemo, useState, type KeyboardEvent } from 'react';
import type * as Y from 'yjs';
import { statusHistory, type StatusChange } from '../../src-common/signatories/signatories-doc';
import {
  draftChanges,
  draftOf,
  rebaseDraft,
  type DetailsDraft,
  type DraftField,
} from '../../src-common/signatories/signatory-draft';
import { parseTags, updateSignatoryDetails } from '../../src-common/signatories/signatory-edits';
import {
  MAX_CHAPTER_LENGTH,
  MAX_NAME_LENGTH,
  SIGNATORY_KINDS,
  signatoryName,
  type Signatory,
  type SignatoryKind,
} from '../../src-common/signatories/signatory';
import { cleanupHistory } from '../../src-common/signatories/cleanup/cleanup-history';
import type { CleanupRecord } from '../../src-common/signatories/cleanup/cleanup-record';
import { formatDay } from '../ui/format-day';
import { INTERFACE_LANGUAGE } from '../ui/interface-language';
import { CleanupHistory } from './CleanupHistory';
import { CountryPicker } from './CountryPicker';
import { STATUS_WORDS } from './status-words';
import { FormDialog } from '../ui/FormDialog';
import { useBusyAction } from '../ui/use-busy-action';

interface EditSignatoryDialogProps {
  doc: Y.Doc;
  signatory: Signatory;
  /** Tags already used on this letter, offered while typing so the same constituency is spelt the same way. */
  tagChoices: readonly string[];
  onClose(): void;
}

/** Name, kind, country, chapter, tags and shared note of one entry, with who added it and how its status changed. */
export function EditSignatoryDialog({ doc, signatory, tagChoices, onClose }: EditSignatoryDialogProps) {
  const id = useId();
  const { draft, base, conflicts, change } = useDetailsDraft(signatory);
  const { name, country, chapter, tags, note, kind } = draft;
  // Shared with the form, so Ctrl+Enter in the note saves as the Save button does.
  const action = useBusyAction();
  const history = useMemo(() => statusHistory(doc, signatory.id), [doc, signatory.id]);
  const cleanups = useMemo(() => cleanupHistory(doc, signatory.id), [doc, signatory.id]);

  const save = () => {
    if (name.trim() === '') {
      return 'The name cannot be empty.';
    }
    const saved = updateSignatoryDetails(doc, signatory.id, draftChanges(draft, base));
    if (!saved) {
      return 'These details could not be saved: the entry may have been removed by a co-editor.';
    }
    onClose();
  };
  // Enter in the note starts a new line, as in any text box; Ctrl+Enter saves from there too.
  const noteKeys = (event: KeyboardEvent) => {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      void action.run(save);
    }
  };

  return (
    <FormDialog
      title={`Edit ${signatoryName(signatory, INTERFACE_LANGUAGE)}`}
      titleDir="auto"
      submitLabel="Save"
      onSubmit={save}
      onClose={onClose}
      className="edit-signatory"
      action={action}
    >
      <label htmlFor={`${id}-name`}>Name</label>
      <input
        id={`${id}-name`}
        dir="auto"
        value={name}
        maxLength={MAX_NAME_LENGTH}
        required
        autoFocus
        onChange={(event) => change('name', event.target.value)}
      />
      <label htmlFor={`${id}-kind`}>Signs as</label>
      <select
        id={`${id}-kind`}
        value={kind}
        aria-describedby={`${id}-kind-hint`}
        onChange={(event) => change('kind', kindOf(event.target.value))}
      >
        <option value="">Not set</option>
        <option value="organization">Organization</option>
        <option value="person">Person</option>
      </select>
      <p id={`${id}-kind-hint`} className="hint">
        Whether the entry is an organization (or its chapter) or a person signing in their own name
      </p>
      <div className="place-fields">
        <div>
          <label htmlFor={`${id}-country`}>Country</label>
          <CountryPicker
            id={`${id}-country`}
            value={country}
            placeholder=""
            onChange={(code) => change('country', code)}
          />
        </div>
        <div>
          <label htmlFor={`${id}-chapter`}>Chapter</label>
          <input
            id={`${id}-chapter`}
            dir="auto"
            value={chapter}
            maxLength={MAX_CHAPTER_LENGTH}
            aria-describedby={`${id}-chapter-hint`}
            onChange={(event) => change('chapter', event.target.value)}
          />
        </div>
      </div>
      <p id={`${id}-chapter-hint`} className="hint">
        A city, region or other place the chapter is named after, for example: Munich, Europe
      </p>
      <label htmlFor={`${id}-tags`}>Tags</label>
      <input
        id={`${id}-tags`}
        dir="auto"
        value={tags}
        list={`${id}-tag-choices`}
        aria-describedby={`${id}-tags-hint`}
        onChange={(event) => change('tags', event.target.value)}
      />
      <TagSuggestions listId={`${id}-tag-choices`} typed={tags} choices={tagChoices} />
      <p id={`${id}-tags-hint`} className="hint">
        Separate tags with commas, for example: Uyghur, Tibetan
      </p>
      <label htmlFor={`${id}-note`}>Note shared with co-editors</label>
      <textarea
        id={`${id}-note`}
        dir="auto"
        rows={3}
        maxLength={2000}
        value={note}
        onKeyDown={noteKeys}
        onChange={(event) => change('note', event.target.value)}
      />
      {conflicts.length > 0 && (
        <p role="status" className="hint">
          A co-editor also changed {conflicts.map((field) => FIELD_WORDS[field]).join(' and ')} while this was
          open: saving keeps what is typed here.
        </p>
      )}
      <SignatoryFacts signatory={signatory} history={history} cleanups={cleanups} />
    </FormDialog>
  );
}

const FIELD_WORDS: Record<DraftField, string> = {
  name: 'the name',
  country: 'the country',
  chapter: 'the chapter',
  tags: 'the tags',
  note: 'the note',
  kind: 'the kind',
};

/**
 * The dialog's fields, following a co-editor's change to the entry in every field not yet touched here. The change
 * is taken in while rendering, as React advises for state that follows a prop, so no stale frame is drawn.
 */
function useDetailsDraft(signatory: Signatory) {
  // The entry as last taken in; the draft's base is always its details.
  const [seen, setSeen] = useState(signatory);
  const base = useMemo(() => draftOf(seen), [seen]);
  const [draft, setDraft] = useState<DetailsDraft>(base);
  const [conflicts, setConflicts] = useState<readonly DraftField[]>([]);
  if (seen !== signatory) {
    const rebased = rebaseDraft(draft, base, draftOf(signatory));
    setSeen(signatory);
    setDraft(rebased.draft);
    setConflicts((known) => [...new Set([...known, ...rebased.conflicts])]);
  }
  const change = <K extends DraftField>(field: K, value: DetailsDraft[K]) =>
    setDraft((current) => ({ ...current, [field]: value }));
  return { draft, base, conflicts, change };
}

function kindOf(value: string): SignatoryKind | '' {
  return SIGNATORY_KINDS.find((kind) => kind === value) ?? '';
}

/**
 * A `<datalist>` offers whole values, so each suggestion keeps the tags typed before the last comma and completes the
 * one being typed; tags already in the box are not offered again.
 */
function TagSuggestions({
  listId,
  typed,
  choices,
}: {
  listId: string;
  typed: string;
  choices: readonly string[];
}) {
  const lastComma = typed.lastIndexOf(',');
  const before = lastComma === -1 ? '' : `${typed.slice(0, lastComma + 1).trimEnd()} `;
  const present = new Set(parseTags(typed.slice(0, Math.max(lastComma, 0))).map((tag) => tag.toLowerCase()));
  return (
    <datalist id={listId}>
      {choices
        .filter((tag) => !present.has(tag.toLowerCase()))
        .map((tag) => (
          <option key={tag} value={`${before}${tag}`} />
        ))}
    </datalist>
  );
}

function SignatoryFacts({
  signatory,
  history,
  cleanups,
}: {
  signatory: Signatory;
  history: readonly StatusChange[];
  cleanups: readonly CleanupRecord[];
}) {
  return (
    <dl className="signatory-facts small-text">
      <dt>Added by</dt>
      <dd dir="auto">{signatory.addedBy === '' ? 'Not recorded' : signatory.addedBy}</dd>
      <dt>Confirmed on</dt>
      <dd>{signatory.confirmedOn === '' ? 'Not confirmed' : formatDay(signatory.confirmedOn)}</dd>
      {history.length > 0 && (
        <>
          <dt>Status changes</dt>
          <dd>
            <ul aria-label="Status changes">
              {history.map((change, index) => (
                <li key={`${change.on}-${index}`} dir="auto">
                  {STATUS_WORDS[change.status]} on {formatDay(change.on)}
                  {change.by === '' ? '' : ` by ${change.by}`}
                </li>
              ))}
            </ul>
          </dd>
        </>
      )}
      <CleanupHistory records={cleanups} />
    </dl>
  );
}
