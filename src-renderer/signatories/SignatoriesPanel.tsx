import { memo, useId, useMemo, useState } from 'react';
import type * as Y from 'yjs';
import type { SignatoryStatus } from '../../src-common/signatories/signatory';
import { useDirectoryAliases } from '../directory/use-directory-aliases';
import { useDirectoryLinks } from '../directory/use-directory-links';
import { AddSignatoryField } from './AddSignatoryField';
import { BulkAddDialog } from './BulkAddDialog';
import { ExportListButtons } from './ExportListButtons';
import { SignatoryBrowser } from './SignatoryBrowser';
import { STATUS_WORDS } from './status-words';
import { UnlistedCountField } from './UnlistedCountField';
import { useSignatories } from './use-signatories';
import { useApi } from '../api/api-context';
import './signatories.css';

interface SignatoriesPanelProps {
  letterId: string;
  doc: Y.Doc;
  /** Who is making changes, recorded with each status change. */
  editorName: string;
}

// The count people ask for first is how many have signed.
const COUNT_ORDER: readonly SignatoryStatus[] = ['confirmed', 'invited', 'declined', 'withdrawn'];

/**
 * The sign-on list: counts by status, how many signed without being listed, search, add, and each organization's
 * status, shared with co-editors. Memoised: it follows the list by itself, so the letter screen redrawing (a tab
 * chosen, a dialog opened) leaves it be.
 */
export const SignatoriesPanel = memo(function SignatoriesPanel({
  letterId,
  doc,
  editorName,
}: SignatoriesPanelProps) {
  const api = useApi();
  const signatories = useSignatories(doc);
  const links = useDirectoryLinks(api, letterId, signatories);
  const [query, setQuery] = useState('');
  const [bulk, setBulk] = useState(false);
  const directory = useDirectoryAliases(api, bulk);
  const searchId = useId();
  const counts = useMemo(() => countByStatus(signatories), [signatories]);

  return (
    <div className="signatories">
      <p className="signatory-counts" role="status">
        {COUNT_ORDER.map((status) => `${counts[status]} ${STATUS_WORDS[status].toLowerCase()}`).join(' · ')}
      </p>
      <UnlistedCountField doc={doc} />
      <AddSignatoryField doc={doc} editorName={editorName} />
      <button type="button" className="button small" onClick={() => setBulk(true)}>
        Paste a list…
      </button>
      <ExportListButtons doc={doc} signatories={signatories} links={links} />
      {bulk && (
        <BulkAddDialog
          doc={doc}
          editorName={editorName}
          directory={directory}
          onClose={() => setBulk(false)}
        />
      )}
      <label htmlFor={searchId} className="visually-hidden">
        Search signatories
      </label>
      <input
        id={searchId}
        type="search"
        className="panel-search"
        placeholder="Search signatories"
        value={query}
        onChange={(event) => setQuery(event.target.value)}
      />
      <SignatoryBrowser doc={doc} signatories={signatories} query={query} editorName={editorName} />
    </div>
  );
});

function countByStatus(signatories: readonly { status: SignatoryStatus }[]): Record<SignatoryStatus, number> {
  const counts: Record<SignatoryStatus, number> = { invited: 0, confirmed: 0, declined: 0, withdrawn: 0 };
  signatories.forEach((signatory) => {
    counts[signatory.status] += 1;
  });
  return counts;
}
