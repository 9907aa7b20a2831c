import { useId, useMemo, useState } from 'react';
import type * as Y from 'yjs';
import {
  directoryBlockOptions,
  directoryIdFinder,
  type DirectoryNames,
} from '../../src-common/signatories/cleanup/directory-names';
import {
  addSignatories,
  dismissedSuggestions,
  dismissSuggestions,
} from '../../src-common/signatories/signatories-doc';
import { fitsSignatory, signatorySchema, type SignatoryKind } from '../../src-common/signatories/signatory';
import { placeFromText } from '../../src-common/signatories/signatory-place';
import { recordCleanups } from '../../src-common/signatories/cleanup/cleanup-history';
import { cleanupRecords } from '../../src-common/signatories/cleanup/cleanup-record';
import { readPastedList } from '../../src-common/signatories/cleanup/pasted-list';
import { fileTooLarge } from '../../src-common/limits';
import {
  MAX_UNLISTED_SIGNATORIES,
  readLetterMeta,
  updateLetterMeta,
} from '../../src-common/letter/letter-doc';
import {
  allSuggestionIds,
  applySuggestions,
  type BlockParse,
} from '../../src-common/signatories/cleanup/suggestions';
import {
  csvAsList,
  csvRowOf,
  csvRows,
  guessMapping,
  readCsv,
  type CsvMapping,
  type CsvTable,
} from '../../src-common/signatories/csv-list';
import { Dialog } from '../ui/Dialog';
import { CsvColumns } from './CsvColumns';
import { PasteReview } from './PasteReview';
import { textBoxDirection } from '../ui/text-box-direction';
import { ErrorLine } from '../ui/ErrorLine';
import '../import/import.css';

interface BulkAddDialogProps {
  doc: Y.Doc;
  editorName: string;
  /** This computer's directory: its aliases find more duplicates, and matching entries are linked. */
  directory?: readonly DirectoryNames[];
  onClose(): void;
}

/**
 * "Paste a list…": a pasted list (one per line, or a messy copy from a PDF or web page) goes through the clean-up
 * engine; every suggestion is shown with its reason and can be dismissed; nothing is added until the person confirms.
 */
export function BulkAddDialog({ doc, editorName, directory = [], onClose }: BulkAddDialogProps) {
  const [text, setText] = useState('');
  const [parse, setParse] = useState<BlockParse | null>(null);
  const [refusal, setRefusal] = useState<string | null>(null);
  const [accepted, setAccepted] = useState<Set<string>>(new Set());
  const [csv, setCsv] = useState<{ table: CsvTable; mapping: CsvMapping } | null>(null);
  const id = useId();
  const proposed = useMemo(() => (parse ? applySuggestions(parse, accepted) : []), [parse, accepted]);
  // A line too long to be a name (a paragraph, a whole list on one line) is left out rather than fail the add.
  const entries = useMemo(() => proposed.filter(fitsSignatory), [proposed]);
  const leftOut = proposed.length - entries.length;

  const chooseCsv = async (file: File) => {
    // The file is read whole: one far larger than any list is refused before reading it freezes the window.
    const tooLarge = fileTooLarge(file.name, file.size, 'list');
    if (tooLarge) {
      setRefusal(tooLarge);
      return;
    }
    setRefusal(null);
    const table = readCsv(await file.text());
    const mapping = guessMapping(table.columns) ?? {
      name: table.columns[0] ?? '',
      country: null,
      chapter: null,
    };
    setCsv({ table, mapping });
    setText(csvAsList(table, mapping));
    setParse(null);
  };
  const remap = (mapping: CsvMapping) => {
    if (csv) {
      setCsv({ table: csv.table, mapping });
      setText(csvAsList(csv.table, mapping));
      setParse(null);
    }
  };
  const check = () => {
    const pasted = readPastedList(text, directoryBlockOptions(directory));
    setRefusal(pasted.refusal ?? null);
    const parsed = pasted.parse ?? null;
    setParse(parsed);
    if (!parsed) {
      return;
    }
    const dismissed = dismissedSuggestions(doc);
    setAccepted(
      new Set([...allSuggestionIds(parsed)].filter((suggestionId) => !dismissed.has(suggestionId))),
    );
  };
  const toggle = (suggestionId: string) =>
    setAccepted((current) => {
      const next = new Set(current);
      if (!next.delete(suggestionId)) {
        next.add(suggestionId);
      }
      return next;
    });
  const add = () => {
    dismissSuggestions(
      doc,
      parse
        ? parse.suggestions
            .map((suggestion) => suggestion.id)
            .filter((suggestionId) => !accepted.has(suggestionId))
        : [],
    );
    const today = new Date().toISOString().slice(0, 10);
    const directoryId = directoryIdFinder(directory);
    // A CSV file's own Country and Chapter columns say the place, as long as its list is checked as loaded.
    const rows = csv && text === csvAsList(csv.table, csv.mapping) ? csvRows(csv.table, csv.mapping) : [];
    const ids = new Map(entries.map((entry) => [entry.id, crypto.randomUUID()]));
    const records = parse ? cleanupRecords(parse, accepted, { on: today, by: editorName }) : new Map();
    doc.transact(() => {
      addSignatories(
        doc,
        entries.map((entry) => {
          const row = csvRowOf(rows, entry);
          return signatorySchema.parse({
            id: ids.get(entry.id),
            name: row?.name ?? entry.name,
            ...(row?.place ?? placeFromText(entry.country)),
            // A CSV file's Kind column says it; otherwise what the line's own words showed, if anything.
            ...kindOf(row?.kind ?? entry.kind),
            status: 'confirmed',
            confirmedOn: today,
            addedBy: editorName,
            directoryId: directoryId(entry.name, entry.country) ?? undefined,
          });
        }),
      );
      // Each accepted clean-up is kept with the signatory it made, as its history.
      recordCleanups(
        doc,
        new Map(
          entries.flatMap((entry) => [[ids.get(entry.id) ?? '', records.get(entry.id) ?? []] as const]),
        ),
      );
      // "…and 40 more organizations" at the end of the paste: they signed too, without names.
      if (parse && parse.unlisted > 0) {
        const unlisted = readLetterMeta(doc).unlistedSignatories + parse.unlisted;
        updateLetterMeta(doc, { unlistedSignatories: Math.min(unlisted, MAX_UNLISTED_SIGNATORIES) });
      }
    });
    onClose();
  };

  return (
    <Dialog
      title="Paste a list of signatories"
      className="wide"
      onClose={onClose}
      actions={
        <>
          <button type="button" className="button" onClick={onClose}>
            Cancel
          </button>
          <button type="button" className="button" disabled={text.trim() === ''} onClick={check}>
            Check
          </button>
          <button
            type="button"
            className="button primary"
            disabled={!parse || entries.length === 0}
            onClick={add}
          >
            {parse ? `Add ${entries.length} signatories` : 'Add'}
          </button>
        </>
      }
    >
      <label htmlFor={`${id}-csv`}>Or choose a CSV file (a form's export, a spreadsheet)</label>
      <input
        id={`${id}-csv`}
        type="file"
        accept=".csv,text/csv"
        onChange={(event) => {
          const file = event.target.files?.[0];
          if (file) {
            void chooseCsv(file);
          }
        }}
      />
      {csv && <CsvColumns table={csv.table} mapping={csv.mapping} onChange={remap} />}
      <label htmlFor={`${id}-text`}>
        One organization per line, or a list copied from a PDF or a web page
      </label>
      <textarea
        id={`${id}-text`}
        className="import-text"
        rows={8}
        dir={textBoxDirection(text)}
        value={text}
        onChange={(event) => {
          setText(event.target.value);
          setParse(null);
          setRefusal(null);
        }}
      />
      <ErrorLine message={refusal} />
      {parse && (
        <PasteReview
          parse={parse}
          accepted={accepted}
          entries={entries}
          leftOut={leftOut}
          onToggle={toggle}
          onAcceptAll={() => setAccepted(allSuggestionIds(parse))}
        />
      )}
    </Dialog>
  );
}

function kindOf(kind: SignatoryKind | undefined): { kind?: SignatoryKind } {
  return kind === undefined ? {} : { kind };
}
