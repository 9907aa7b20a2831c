import { useId, useState } from 'react';
import type { Api } from '../../src-common/api/client';
import {
  exportChoicesSchema,
  type ExportChoices,
  type ExportFormat,
} from '../../src-common/api/export-schemas';
import type { SaveQueue } from '../../src-common/letter/save-queue';
import { decodeBinary } from '../../src-common/letter/encoding';
import { messageOf } from '../profile/use-settings';
import { downloadBytes } from '../ui/download';
import { useModal } from '../ui/use-modal';

interface ExportDialogProps {
  api: Api;
  letterId: string;
  queue: SaveQueue;
  onClose(): void;
}

const FORMATS: { value: ExportFormat; label: string; hint: string }[] = [
  { value: 'pdf', label: 'PDF', hint: 'For the recipient and the press' },
  { value: 'docx', label: 'Word', hint: 'For partners who edit in Word' },
  { value: 'html', label: 'Web page', hint: 'A page to publish as it is' },
  { value: 'fragment', label: 'Web page fragment', hint: 'To paste into a website’s editor' },
  { value: 'md', label: 'Markdown', hint: 'For static sites' },
  { value: 'txt', label: 'Plain text', hint: 'For e-mail, wrapped at 72 columns' },
];

const CHOICES_KEY = 'undersigned.exportChoices';

/** Export: one letter, every format, the same content; the last choices are remembered. */
export function ExportDialog({ api, letterId, queue, onClose }: ExportDialogProps) {
  const dialogRef = useModal();
  const [choices, setChoices] = useState<ExportChoices>(rememberedChoices);
  const [status, setStatus] = useState<{ text: string; error: boolean } | null>(null);
  const [busy, setBusy] = useState(false);
  const id = useId();
  const choose = (patch: Partial<ExportChoices>) => setChoices((current) => ({ ...current, ...patch }));

  const handleExport = async () => {
    setBusy(true);
    setStatus({ text: 'Preparing the file…', error: false });
    try {
      await queue.whenSaved();
      const file = await api.call('export:letter', { id: letterId, choices });
      downloadBytes(file.fileName, decodeBinary(file.base64), file.mimeType);
      window.localStorage.setItem(CHOICES_KEY, JSON.stringify(choices));
      setStatus({ text: `Saved ${file.fileName}.`, error: false });
    } catch (error) {
      setStatus({ text: messageOf(error), error: true });
    } finally {
      setBusy(false);
    }
  };

  return (
    <dialog ref={dialogRef} className="dialog" aria-labelledby={`${id}-title`} onClose={onClose}>
      <h2 id={`${id}-title`}>Export the letter</h2>
      <fieldset className="export-formats">
        <legend>Format</legend>
        {FORMATS.map((format) => (
          <label key={format.value} className="checkbox">
            <input
              type="radio"
              name="format"
              checked={choices.format === format.value}
              onChange={() => choose({ format: format.value })}
            />
            <span>
              {format.label} <span className="muted small-text">— {format.hint}</span>
            </span>
          </label>
        ))}
      </fieldset>
      {choices.format === 'pdf' && (
        <label>
          Page size{' '}
          <select
            value={choices.pageSize}
            onChange={(event) => choose({ pageSize: event.target.value === 'Letter' ? 'Letter' : 'A4' })}
          >
            <option value="A4">A4</option>
            <option value="Letter">US Letter</option>
          </select>
        </label>
      )}
      {choices.format === 'docx' && (
        <label>
          Notes{' '}
          <select
            value={choices.notes}
            onChange={(event) =>
              choose({ notes: event.target.value === 'endnotes' ? 'endnotes' : 'footnotes' })
            }
          >
            <option value="footnotes">As Word footnotes</option>
            <option value="endnotes">As a section at the end</option>
          </select>
        </label>
      )}
      {status && (
        <p role={status.error ? 'alert' : 'status'} className={status.error ? 'error' : 'muted'}>
          {status.text}
        </p>
      )}
      <div className="dialog-actions">
        <button type="button" className="button" onClick={onClose}>
          Close
        </button>
        <button type="button" className="button primary" disabled={busy} onClick={() => void handleExport()}>
          {busy ? 'Exporting…' : 'Export'}
        </button>
      </div>
    </dialog>
  );
}

function rememberedChoices(): ExportChoices {
  const stored = exportChoicesSchema.safeParse(parse(window.localStorage.getItem(CHOICES_KEY)));
  return stored.success ? stored.data : exportChoicesSchema.parse({ format: 'pdf' });
}

function parse(text: string | null): unknown {
  try {
    return text === null ? null : JSON.parse(text);
  } catch {
    return null;
  }
}
