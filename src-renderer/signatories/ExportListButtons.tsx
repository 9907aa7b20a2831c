import { useState } from 'react';
import type { Api } from '../../src-common/api/client';
import type { Contact } from '../../src-common/api/directory-schemas';
import { signatoriesCsv, signatoriesPlainText } from '../../src-common/signatories/csv-export';
import { directoryRef } from '../../src-common/signatories/directory-link';
import { readSignatoryDisplay } from '../../src-common/signatories/display-settings';
import type { Signatory } from '../../src-common/signatories/signatory';
import type * as Y from 'yjs';
import { displayTitle, readLetterMeta } from '../../src-common/letter/letter-doc';
import { safeFileStem } from '../../src-common/letter-file/letter-file';
import { AddUnlinkedButton } from '../directory/AddUnlinkedButton';
import type { DirectoryLinks } from '../directory/use-directory-links';
import { messageOf } from '../api/message-of';
import { downloadText } from '../ui/download';
import { INTERFACE_LANGUAGE } from '../ui/interface-language';
import { useApi } from '../api/api-context';

interface ExportListButtonsProps {
  /** The letter, whose title names the file. */
  doc: Y.Doc;
  signatories: readonly Signatory[];
  links: DirectoryLinks;
}

// Excel reads a CSV file as UTF-8 (Uyghur, Tibetan, Chinese names) only when it starts with a byte-order mark.
const BYTE_ORDER_MARK = '\uFEFF';

/**
 * What applies to the whole list: "Export CSV…" (with the contacts this computer's directory holds for linked
 * organizations, for follow-up mail), "Copy as plain text" (the confirmed list in published order, one per line),
 * and putting the organizations the directory does not know yet into it.
 */
export function ExportListButtons({ doc, signatories, links }: ExportListButtonsProps) {
  const api = useApi();
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null);
  const [busy, setBusy] = useState(false);

  const exportCsv = async () => {
    setBusy(true);
    setMessage(null);
    try {
      const contactsOf = await directoryContacts(api, signatories);
      const csv = signatoriesCsv(signatories, contactsOf, letterLocale(doc), INTERFACE_LANGUAGE);
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
      await navigator.clipboard.writeText(
        signatoriesPlainText(signatories, letterLocale(doc), INTERFACE_LANGUAGE),
      );
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
      <AddUnlinkedButton doc={doc} signatories={signatories} links={links} />
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

/**
 * The contacts this computer's directory holds for each signatory. Asked afresh rather than taken from the panel,
 * so entries added a moment ago are in the file.
 */
async function directoryContacts(
  api: Api,
  signatories: readonly Signatory[],
): Promise<(signatory: Signatory) => Contact[]> {
  const refs = signatories.map(directoryRef);
  const entryIds = refs.length === 0 ? [] : await api.call('directory:resolve', { signatories: refs });
  const known = entryIds.filter((entryId): entryId is string => entryId !== null);
  const found = known.length === 0 ? [] : await api.call('directory:contacts', { ids: known });
  const contacts = new Map<string, Contact[]>(found.map((entry) => [entry.id, entry.contacts]));
  const entryOf = new Map(signatories.map((signatory, index) => [signatory.id, entryIds[index] ?? null]));
  return (signatory) => contacts.get(entryOf.get(signatory.id) ?? '') ?? [];
}

// The alphabet the letter's list is sorted in ("Sort as"), so the exports read in the same order as the panel.
function letterLocale(doc: Y.Doc): string | undefined {
  return readSignatoryDisplay(doc).locale || undefined;
}
