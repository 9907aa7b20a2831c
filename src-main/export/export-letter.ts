import { Packer } from 'docx';
import type { ExportChoices, ExportFormat } from '../../src-common/api/export-schemas';
import { encodeBinary } from '../../src-common/letter/encoding';
import { safeFileStem } from '../../src-common/letter/letter-file';
import { buildDocx } from './docx';
import { renderHtmlFragment, renderHtmlPage } from '../../src-common/render/html';
import { renderMarkdown } from '../../src-common/render/markdown';
import { renderPlainText } from '../../src-common/render/plain-text';
import { renderModelFromState } from '../../src-common/render/render-model';

/** Prints a standalone HTML page to PDF; each shell has its own printer (Chromium, or Electron's own). */
export type PdfPrinter = (html: string, pageSize: ExportChoices['pageSize']) => Promise<Uint8Array>;

/** An exported letter, ready to save. */
export interface ExportedFile {
  fileName: string;
  mimeType: string;
  base64: string;
}

const FILE_TYPES: Record<ExportFormat, { extension: string; mimeType: string }> = {
  pdf: { extension: 'pdf', mimeType: 'application/pdf' },
  docx: {
    extension: 'docx',
    mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  },
  html: { extension: 'html', mimeType: 'text/html' },
  fragment: { extension: 'fragment.html', mimeType: 'text/html' },
  md: { extension: 'md', mimeType: 'text/markdown' },
  txt: { extension: 'txt', mimeType: 'text/plain' },
};

/** One letter, one model, the format asked for: the same code as the command line's export. */
export async function exportLetter(
  state: Uint8Array,
  choices: ExportChoices,
  printPdf: PdfPrinter,
): Promise<ExportedFile> {
  const model = renderModelFromState(state);
  const type = FILE_TYPES[choices.format];
  const fileName = `${safeFileStem(model.title)}.${type.extension}`;
  const bytes = await render(choices, model, printPdf);
  return { fileName, mimeType: type.mimeType, base64: encodeBinary(bytes) };
}

async function render(
  choices: ExportChoices,
  model: ReturnType<typeof renderModelFromState>,
  printPdf: PdfPrinter,
): Promise<Uint8Array> {
  switch (choices.format) {
    case 'pdf':
      return printPdf(renderHtmlPage(model), choices.pageSize);
    case 'docx':
      return new Uint8Array(await Packer.toArrayBuffer(buildDocx(model, { notes: choices.notes })));
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
