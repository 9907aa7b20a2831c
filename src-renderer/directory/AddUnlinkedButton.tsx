import { useMemo } from 'react';
import type * as Y from 'yjs';
import { mergedSpellings } from '../../src-common/signatories/cleanup/cleanup-history';
import { directoryRef, linkToDirectory } from '../../src-common/signatories/directory-link';
import type { Signatory } from '../../src-common/signatories/signatory';
import type { DirectoryLinks } from './use-directory-links';
import { useApi } from '../api/api-context';
import { useBusyAction } from '../ui/use-busy-action';

interface AddUnlinkedButtonProps {
  doc: Y.Doc;
  signatories: readonly Signatory[];
  links: DirectoryLinks;
}

/**
 * "Add N to directory": puts every organization of the list that is not linked to the directory into it (for
 * instance after pasting a long list), so the next letter's add box and clean-up know them.
 */
export function AddUnlinkedButton({ doc, signatories, links }: AddUnlinkedButtonProps) {
  const api = useApi();
  const { busy, error, run } = useBusyAction();
  const unlinked = useMemo(
    () => signatories.filter((signatory) => links.entryIdOf(signatory) === null),
    [signatories, links],
  );
  if (unlinked.length === 0) {
    return null;
  }
  const add = () =>
    run(async () => {
      // The spellings the clean-up merged into a signatory become aliases, so the next list finds them.
      // The directory keeps a place as written ("Munich, Germany"), as the directory's own form does.
      const entries = unlinked.map((signatory) => ({
        name: signatory.name,
        country: directoryRef(signatory).country,
        tags: signatory.tags,
        aliases: mergedSpellings(doc, signatory.id),
      }));
      const ids = await api.call('directory:addMany', { entries });
      doc.transact(() => unlinked.forEach((signatory, index) => link(doc, signatory, ids[index])));
      links.refresh();
    });
  return (
    <>
      <button type="button" className="button small" disabled={busy} onClick={() => void add()}>
        {busy ? 'Adding to directory…' : `Add ${unlinked.length} to directory`}
      </button>
      {error && (
        <span role="alert" className="error">
          {error}
        </span>
      )}
    </>
  );
}

// A link a co-editor made to their own directory stays: this computer finds the entry by name instead.
function link(doc: Y.Doc, signatory: Signatory, entryId: string | undefined): void {
  if (entryId !== undefined && signatory.directoryId === undefined) {
    linkToDirectory(doc, signatory.id, entryId);
  }
}
