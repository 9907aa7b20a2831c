import {
  marginMillimetres,
  type ExportChoices,
  type ExportFormat,
} from '../../src-common/api/export-schemas';
import { encodeBinary } from '../../src-common/letter/encoding';
import { safeFileStem } from '../../src-common/letter-file/letter-file';
import { renderOptionsOf } from '../../src-common/api/export-options';
import { throwIfCancelled, type PdfOptions } from './pdf';
import { renderHtmlFragment, renderHtmlPage } from '../../src-common/render/html';
import { renderMarkdown } from '../../src-common/render/markdown';
import { renderPlainText } from '../../src-common/render/plain-text';
import { renderModelFromState, type RenderModel } from '../../src-common/render/render-model';

/** Prints a standalone HTML page to PDF; each shell has its own printer (Chromium, or Electron's own). */
export type PdfPrinter = (html: string, options: PdfOptions) => Promise<Uint8Array>;

/** An exported letter, ready to save. */
export interface ExportedFile {
  fileName: string;
  mimeType: string;
  base64: string;
}

/** What each format is saved as: its file name ending, its type, and the name a save dialog lists it under. */
export const FILE_TYPES: Record<ExportFormat, { extension: string; mimeType: string; label: string }> = {
  pdf: { extension: 'pdf', mimeType: 'application/pdf', label: 'PDF document' },
  docx: {
    extension: 'docx',
    mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    label: 'Word document',
  },
  html: { extension: 'html', mimeType: 'text/html', label: 'Web page' },
  fragment: { extension: 'fragment.html', mimeType: 'text/html', label: 'Web page fragment' },
  md: { extension: 'md', mimeType: 'text/markdown', label: 'Markdown' },
  txt: { extension: 'txt', mimeType: 'text/plain', label: 'Plain text' },
};

/** One letter, one model, the format asked for: the same code as the command line's export. */
export async function exportLetter(
  state: Uint8Array,
  choices: ExportChoices,
  printPdf: PdfPrinter,
  signal?: AbortSignal,
): Promise<ExportedFile> {
  const model = renderModelFromState(state, renderOptionsOf(choices));
  const type = FILE_TYPES[choices.format];
  const fileName = `${safeFileStem(model.title)}.${type.extension}`;
  const bytes = await render(choices, model, printPdf, signal);
  throwIfCancelled(signal);
  return { fileName, mimeType: type.mimeType, base64: encodeBinary(bytes) };
}

/** Renders one format to bytes; the caller names and saves them. */
export async function render(
  choices: ExportChoices,
  model: RenderModel,
  printPdf: PdfPrinter,
  signal?: AbortSignal,
): Promise<Uint8Array> {
  switch (choices.format) {
    case 'pdf':
      return printPdf(renderHtmlPage(model), {
        pageSize: choices.pageSize,
        marginMm: marginMillimetres(choices.margins),
        ...(signal ? { signal } : {}),
      });
    case 'docx': {
      // The Word writer loads on the first Word export, not with the app: it took about 40 ms of every start.
      const { wordFileBytes } = await import('./word-file');
      return wordFileBytes(model, { notes: choices.notes });
    }
    case 'html':
      return utf8(renderHtmlPage(model));
    case 'fragment':
      return utf8(`${renderHtmlFragment(model)}\n`);
    case 'md':
      return utf8(renderMarkdown(model));
    case 'txt':
      return utf8(renderPlainText(model));
  }
}

function utf8(text: string): Uint8Array {
  return Buffer.from(text, 'utf8');
}
