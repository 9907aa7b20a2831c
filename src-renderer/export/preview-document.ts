import type * as Y from 'yjs';
import type { ExportChoices } from '../../src-common/api/export-schemas';
import { escapeHtml, renderHtmlFragment } from '../../src-common/render/html';
import { renderOptionsOf } from '../../src-common/api/export-options';
import { renderMarkdown } from '../../src-common/render/markdown';
import { renderPlainText } from '../../src-common/render/plain-text';
import { buildRenderModel, type RenderModel } from '../../src-common/render/render-model';
import previewStylesheet from './letter-preview.css?url';
import textStylesheet from './text-preview.css?url';

/**
 * The preview's page: the letter as the chosen options make it, with the letter's stylesheet linked (a sandboxed
 * preview inherits the app's policy, which refuses inline styles) and no scripts. Markdown and plain text show the
 * very text the file will hold; the other formats show the letter laid out.
 */
export function previewDocument(doc: Y.Doc, choices: ExportChoices): string {
  const model = buildRenderModel(doc, renderOptionsOf(choices));
  // The preview's address is about:srcdoc, so the stylesheet is linked by its full address.
  const asText = choices.format === 'md' || choices.format === 'txt';
  const stylesheet = new URL(asText ? textStylesheet : previewStylesheet, document.baseURI).href;
  return [
    '<!DOCTYPE html>',
    `<html lang="${escapeHtml(model.lang)}" dir="auto">`,
    '<head>',
    '<meta charset="utf-8">',
    `<link rel="stylesheet" href="${escapeHtml(stylesheet)}">`,
    '</head>',
    '<body>',
    asText ? textBody(model, choices.format) : renderHtmlFragment(model, { idPrefix: 'preview-' }),
    '</body>',
    '</html>',
  ].join('\n');
}

function textBody(model: RenderModel, format: ExportChoices['format']): string {
  const text = format === 'md' ? renderMarkdown(model) : renderPlainText(model);
  return `<pre class="preview-text">${escapeHtml(text)}</pre>`;
}
