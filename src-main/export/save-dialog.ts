import { extname, join } from 'node:path';
import type { ExportFormat } from '../../src-common/api/export-schemas';
import { FILE_TYPES } from './export-letter';

/** What the native save dialog is opened with (a subset of Electron's `SaveDialogOptions`, kept free of Electron). */
export interface SaveDialogChoices {
  title: string;
  defaultPath: string;
  buttonLabel: string;
  filters: { name: string; extensions: string[] }[];
  properties: ['createDirectory', 'showOverwriteConfirmation'];
}

/** The save dialog for one exported file: its suggested name in the folder last used, filtered to its format. */
export function saveDialogChoices(fileName: string, format: ExportFormat, folder: string): SaveDialogChoices {
  const type = FILE_TYPES[format];
  // The filter names the last part of the ending only: dialogs match `.html`, not `.fragment.html`.
  const extension = type.extension.split('.').at(-1) ?? type.extension;
  return {
    title: `Export as ${type.label}`,
    defaultPath: join(folder, fileName),
    buttonLabel: 'Export',
    filters: [
      { name: type.label, extensions: [extension] },
      { name: 'All files', extensions: ['*'] },
    ],
    properties: ['createDirectory', 'showOverwriteConfirmation'],
  };
}

/**
 * The path to write: the chosen one, with the format's ending added when the person typed a name without it
 * (some Linux dialogs do not add it), so the file opens in the right program.
 */
export function pathWithExtension(chosen: string, format: ExportFormat): string {
  const extension = `.${FILE_TYPES[format].extension.split('.').at(-1) ?? ''}`;
  return extname(chosen).toLowerCase() === extension ? chosen : `${chosen}${extension}`;
}
