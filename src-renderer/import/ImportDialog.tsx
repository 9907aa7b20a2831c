import { useBusyAction } from '../ui/use-busy-action';
import { Dialog } from '../ui/Dialog';
import { useEffect, useId, useRef, useState } from 'react';
import type { ImportReport } from '../../src-common/api/import-schemas';
import type { LetterSegments } from '../../src-common/import/segment';
import { ImportReview } from './ImportReview';
import { insertAtCursor, pastedHtmlText } from './paste-html';
import { readFileText } from './read-file-text';
import { textBoxDirection } from '../ui/text-box-direction';
import { ImportReportView } from './ImportReportView';
import { ErrorLine } from '../ui/ErrorLine';
import { useApi } from '../api/api-context';
import './import.css';

interface ImportDialogProps {
  /** A file dropped on the home screen, read as soon as the dialog opens. */
  initialFile?: File | null;
  onCreated(id: string): void;
  onClose(): void;
}

/** "Import letter…": paste a letter or choose a file, see what was found, then make the letter. */
export function ImportDialog({ initialFile = null, onCreated, onClose }: ImportDialogProps) {
  const api = useApi();
  const [text, setText] = useState('');
  const [report, setReport] = useState<ImportReport | null>(null);
  // Kept when the text or the parts change: a suggestion's id stays the same while its lines do.
  const [dismissed, setDismissed] = useState<ReadonlySet<string>>(new Set());
  const { busy, error, run } = useBusyAction();
  const id = useId();

  const changeText = (next: string) => {
    setText(next);
    setReport(null);
  };
  const loadFile = (file: File) =>
    run(async () => {
      changeText(await readFileText(file, api));
    });
  const readInitialFile = useRef<File | null>(null);
  useEffect(() => {
    // Once per dropped file, however often the dialog renders.
    if (initialFile && readInitialFile.current !== initialFile) {
      readInitialFile.current = initialFile;
      void loadFile(initialFile);
    }
  });
  const preview = (segments: LetterSegments | undefined, choices: ReadonlySet<string>) =>
    run(async () =>
      setReport(
        await api.call('import:preview', {
          text,
          ...(segments ? { segments } : {}),
          dismissed: [...choices],
        }),
      ),
    );
  const check = (segments?: LetterSegments) => preview(segments, dismissed);
  const choose = (next: ReadonlySet<string>) => {
    setDismissed(next);
    void preview(report?.segments, next);
  };
  const create = () =>
    run(async () => {
      const segments = report?.segments;
      const created = await api.call('import:create', {
        text,
        ...(segments ? { segments } : {}),
        dismissed: [...dismissed],
      });
      onCreated(created.letter.id);
    });

  return (
    <Dialog
      title="Import a letter"
      className="wide import-dialog"
      aria-busy={busy}
      onClose={onClose}
      actions={
        <>
          {busy && (
            <span role="status" className="muted">
              Reading the letter…
            </span>
          )}
          <button type="button" className="button" onClick={onClose}>
            Cancel
          </button>
          <button
            type="button"
            className="button"
            disabled={busy || text.trim() === ''}
            onClick={() => void check()}
          >
            Check
          </button>
          <button
            type="button"
            className="button primary"
            disabled={busy || report === null}
            onClick={() => void create()}
          >
            Create letter
          </button>
        </>
      }
      onDragOver={(event) => event.preventDefault()}
      onDrop={(event) => {
        // A file dropped anywhere on the dialog is read like a chosen one; dropped text goes to the text box.
        const file = event.dataTransfer.files[0];
        if (file) {
          event.preventDefault();
          // The home screen behind the dialog also takes dropped files.
          event.stopPropagation();
          void loadFile(file);
        }
      }}
    >
      {/* One scroll area: the report and the parts grow with the text instead of scrolling inside it. */}
      <div className="import-dialog-body">
        <p className="muted">
          Paste a letter copied from a web page, a PDF or an e-mail, or choose (or drop here) a text,
          Markdown, HTML or Word file. Bold, italic, links and lists are kept, written as **bold**, *italic*
          and [words](address). Press Check to see the parts found; nothing is created until you press Create
          letter.
        </p>
        <label htmlFor={`${id}-file`}>File</label>
        <input
          id={`${id}-file`}
          type="file"
          accept=".txt,.md,.markdown,.html,.htm,.docx,text/plain,text/markdown,text/html"
          onChange={(event) => {
            const file = event.target.files?.[0];
            if (file) {
              void loadFile(file);
            }
          }}
        />
        <label htmlFor={`${id}-text`}>Letter text</label>
        <textarea
          id={`${id}-text`}
          className="import-text"
          rows={10}
          value={text}
          dir={textBoxDirection(text)}
          onChange={(event) => changeText(event.target.value)}
          onPaste={(event) => {
            const pasted = pastedHtmlText(event.clipboardData);
            if (pasted !== null) {
              event.preventDefault();
              insertAtCursor(event.currentTarget, pasted, changeText);
            }
          }}
        />
        <ErrorLine message={error} />
        {report && (
          <ImportReportView report={report} dismissed={dismissed} disabled={busy} onChoose={choose} />
        )}
        {report && (
          <ImportReview
            text={text}
            segments={report.segments}
            disabled={busy}
            onChange={(segments) => void check(segments)}
          />
        )}
      </div>
    </Dialog>
  );
}
