import { writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { app, BrowserWindow, dialog } from 'electron';
import type { ExportFormat } from '../../src-common/api/export-schemas';
import { decodeBinary } from '../../src-common/letter/encoding';
import { pathWithExtension, saveDialogChoices } from './save-dialog';

let lastFolder: string | null = null;

/**
 * Asks where to save an exported letter with the system's own dialog and writes it there; null when the person
 * cancels. Only the decisions in save-dialog.ts are tested: this part needs Electron to run.
 */
export async function saveExportWithDialog(file: {
  fileName: string;
  format: ExportFormat;
  base64: string;
}): Promise<string | null> {
  const folder = lastFolder ?? app.getPath('documents');
  const options = saveDialogChoices(file.fileName, file.format, folder);
  const window = BrowserWindow.getFocusedWindow();
  const result = window ? await dialog.showSaveDialog(window, options) : await dialog.showSaveDialog(options);
  if (result.canceled || !result.filePath) {
    return null;
  }
  const path = pathWithExtension(result.filePath, file.format);
  await writeFile(path, decodeBinary(file.base64));
  lastFolder = dirname(path);
  return path;
}
