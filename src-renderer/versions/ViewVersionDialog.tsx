import { CloseButton } from '../ui/CloseButton';
import { Dialog } from '../ui/Dialog';
import { useEffect, useState } from 'react';
import type { VersionSummary } from '../../src-common/api/versions-schemas';
import { displayTitle } from '../../src-common/letter/letter-doc';
import type { ProseMirrorJson } from '../../src-common/letter/prosemirror-json';
import { messageOf } from '../api/message-of';
import { BlockView } from './BlockView';
import { ErrorLine } from '../ui/ErrorLine';
import { useApi } from '../api/api-context';

interface ViewVersionDialogProps {
  version: VersionSummary;
  onClose(): void;
}

/** A named version, read-only, as it was when it was named. */
export function ViewVersionDialog({ version, onClose }: ViewVersionDialogProps) {
  const api = useApi();
  const [opened, setOpened] = useState<{ title: string; body: ProseMirrorJson } | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    api.call('versions:open', { id: version.id }).then(
      (result) => setOpened({ title: displayTitle(result.meta.title), body: result.body }),
      (failure: unknown) => setError(messageOf(failure)),
    );
  }, [api, version.id]);

  return (
    <Dialog
      title={<>Version “{version.label}” (read-only)</>}
      className="wide"
      onClose={onClose}
      actions={<CloseButton onClose={onClose} only />}
    >
      <ErrorLine message={error} />
      {opened && (
        <article className="compare version-text" aria-label="Text of this version">
          <h3>{opened.title}</h3>
          <BlockView node={opened.body} />
        </article>
      )}
    </Dialog>
  );
}
