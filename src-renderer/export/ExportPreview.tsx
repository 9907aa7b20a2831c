import { useEffect, useRef, useState } from 'react';
import type * as Y from 'yjs';
import type { ExportChoices } from '../../src-common/api/export-schemas';
import { previewDocument } from './preview-document';

const DELAY_MS = 250;

interface ExportPreviewProps {
  doc: Y.Doc;
  choices: ExportChoices;
}

/**
 * The letter as the chosen options make it, in a sandboxed frame that runs no scripts. It is rebuilt a moment after the options stop changing, and when co-editors change the letter.
 */
export function ExportPreview({ doc, choices }: ExportPreviewProps) {
  const [page, setPage] = useState('');
  const [version, setVersion] = useState(0);
  const shown = useRef(false);
  useEffect(() => {
    const changed = () => setVersion((current) => current + 1);
    doc.on('update', changed);
    return () => doc.off('update', changed);
  }, [doc]);
  useEffect(() => {
    // The first preview at once; later ones wait until the person stops clicking through the options.
    const delay = shown.current ? DELAY_MS : 0;
    const timer = window.setTimeout(() => {
      shown.current = true;
      setPage(previewDocument(doc, choices));
    }, delay);
    return () => window.clearTimeout(timer);
  }, [doc, choices, version]);
  // No `allow-scripts`: nothing in the preview runs. `allow-same-origin` lets it fetch the app's bundled fonts,
  // which browsers refuse to a frame without an origin; without scripts it gains no reach into the app.
  return (
    <iframe
      className="export-preview"
      title="Preview of the exported letter"
      sandbox="allow-same-origin"
      srcDoc={page}
    />
  );
}
