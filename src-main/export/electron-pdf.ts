import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { BrowserWindow } from 'electron';
import type { PdfPrinter } from './export-letter';
import { withFonts } from './pdf';

/**
 * The desktop app prints with Electron's own Chromium (`webContents.printToPDF`): a hidden, sandboxed window with no
 * preload loads the letter from a private temporary file, as the command line does with its Chromium.
 */
export const printPdfWithElectron: PdfPrinter = async (html, pageSize) => {
  const folder = mkdtempSync(join(tmpdir(), 'undersigned-pdf-'));
  const file = join(folder, 'letter.html');
  writeFileSync(file, withFonts(html));
  const window = new BrowserWindow({
    show: false,
    webPreferences: { sandbox: true, contextIsolation: true, nodeIntegration: false, javascript: false },
  });
  try {
    await window.loadURL(pathToFileURL(file).href);
    return await window.webContents.printToPDF({
      pageSize,
      printBackground: true,
      displayHeaderFooter: true,
      headerTemplate: '<span></span>',
      footerTemplate:
        '<div style="width:100%;font-size:9px;color:#666;text-align:center"><span class="pageNumber"></span> / <span class="totalPages"></span></div>',
      margins: { top: 0.8, bottom: 0.9, left: 0.8, right: 0.8 },
    });
  } finally {
    window.destroy();
    rmSync(folder, { recursive: true, force: true });
  }
};
