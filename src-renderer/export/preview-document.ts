import type * as Y from 'yjs';
import type { ExportChoices } from '../../src-common/api/export-schemas';
import { escapeHtml, renderHtmlFragment } from '../../src-common/render/html';
import { renderOptionsOf } from '../../src-common/render/export-options';
import { buildRenderModel } from '../../src-common/render/render-model';
import previewStylesheet from './letter-preview.css?url';

/**
 * The preview's page: the letter's HTML fragment as the chosen options make it, with the letter's stylesheet
 * linked (a sandboxed preview inherits the app's policy, which refuses inline styles) and no scripts.
 */
export function previewDocument(doc: Y.Doc, choices: ExportChoices): string {
  const model = buildRenderModel(doc, renderOptionsOf(choices));
  // The preview's address is about:srcdoc, so the stylesheet is linked by its full address.
  const stylesheet = new URL(previewStylesheet, document.baseURI).href;
  return [
    '<!DOCTYPE html>',
    `<html lang="${escapeHtml(model.lang)}" dir="auto">`,
    '<head>',
    '<meta charset="utf-8">',
    `<link rel="stylesheet" href="${escapeHtml(stylesheet)}">`,
    '</head>',
    '<body>',
    renderHtmlFragment(model, { idPrefix: 'preview-' }),
    '</body>',
    '</html>',
  ].join('\n');
}
