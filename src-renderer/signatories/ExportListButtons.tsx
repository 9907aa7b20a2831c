import { useState } from 'react';
import type { Api } from '../../src-common/api/client';
import type { Contact } from '../../src-common/api/directory-schemas';
import { signatoriesCsv, signatoriesPlainText } from '../../src-common/signatories/csv-export';
import type { Signatory } from '../../src-common/signatories/signatory';
import type * as Y from 'yjs';
import { displayTitle, readLetterMeta } from '../../src-common/letter/letter-doc';
import { safeFileStem } from '../../src-common/letter/letter-file';
import { AddUnlinkedButton } from '../directory/AddUnlinkedButton';
import { messageOf } from '../profile/use-settings';
import { downloadText } from '../ui/download';

interface ExportListButtonsProps {
  api: Api;
  /** The letter, whose title names the file. */
  doc: Y.Doc;
  signatories: readonly Signatory[];
}

// Excel reads a CSV file as UTF-8 (Uyghur, Tibetan, Chinese names) only when it starts with a byte-order mark.
const BYTE_ORDER_MARK = '\uFEFF';

/**
 * What applies to the whole list: "Export CSV…" (with the contacts this computer's directory holds for linked
 * organizations, for follow-up mail), "Copy as plain text" (the confirmed list in published order, one per line),
 * and putting the organizations the directory does not know yet into it.
 */
export function ExportListButtons({ api, doc, signatories }: ExportListButtonsProps) {
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null);
  const [busy, setBusy] = useState(false);

  const exportCsv = async () => {
    setBusy(true);
    setMessage(null);
    try {
      const ids = signatories.flatMap((signatory) => (signatory.directoryId ? [signatory.directoryId] : []));
      const found = ids.length === 0 ? [] : await api.call('directory:contacts', { ids });
      const contacts = new Map<string, Contact[]>(found.map((entry) => [entry.id, entry.contacts]));
      const csv = signatoriesCsv(signatories, (signatory) => contacts.get(signatory.directoryId ?? '') ?? []);
      const title = displayTitle(readLetterMeta(doc).title);
      downloadText(`${safeFileStem(title)} signatories.csv`, BYTE_ORDER_MARK + csv, 'text/csv');
    } catch (failure) {
      setMessage({ text: messageOf(failure), error: true });
    } finally {
      setBusy(false);
    }
  };
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(signatoriesPlainText(signatories));
      setMessage({ text: 'Copied the confirmed signatories.', error: false });
    } catch {
      setMessage({ text: 'The list could not be copied. Try again, or export it as CSV.', error: true });
    }
  };

  return (
    <div className="signatory-export" role="group" aria-label="The whole list">
      <button type="button" className="button small" disabled={busy} onClick={() => void exportCsv()}>
        {busy ? 'Preparing…' : 'Export CSV…'}
      </button>
      <button type="button" className="button small" onClick={() => void copy()}>
        Copy as plain text
      </button>
      <AddUnlinkedButton api={api} doc={doc} signatories={signatories} />
      {message && (
        <span
          role={message.error ? 'alert' : 'status'}
          className={message.error ? 'error' : 'muted small-text'}
        >
          {message.text}
        </span>
      )}
    </div>
  );
}
