import type { Database } from 'better-sqlite3';
import type { Settings } from '../../src-common/api/contract';
import type { LetterSummary } from '../../src-common/api/letters-schemas';
import {
  createLetter,
  duplicateLetter,
  listLetters,
  openLetter,
  purgeTrash,
  renameLetter,
  restoreLetter,
  saveLetter,
  trashLetter,
} from './letters/letter-operations';
import { backupsDirFor, listBackups } from './backups';
import {
  addDirectoryAlias,
  addDirectoryEntries,
  deleteDirectoryEntry,
  directoryContacts,
  getDirectoryEntry,
  listDirectoryAliases,
  recordLetterSignatures,
  resolveDirectoryEntries,
  saveDirectoryEntry,
  searchDirectory,
} from './directory/directory-operations';
import { mergeDirectoryEntries } from './directory/directory-merge';
import { saveCitation, searchCitations, secureCitationUrls } from './citations';
import { createFromImportState } from './letters/import-operations';
import { exportLetterFile, importLetterFile } from './letters/letter-file-operations';
import { ensureJoinedLetter, findLetter } from './letters/join-operations';
import { listVersions, openVersion, saveVersion } from './letters/version-operations';
import {
  readSettings,
  readWindowState,
  writeSettings,
  writeWindowState,
  type SettingsPatch,
  type WindowState,
} from './settings';

/** An operation that takes nothing. */
export type NoArgument = Record<string, never>;

/**
 * Everything the rest of the app may ask of the local store. Each runs inside one transaction wherever the
 * store lives (a worker thread in the desktop app and browser host, the calling thread in tests).
 */
export const storeOperations = {
  getSettings: (db: Database, _: NoArgument): Settings => readSettings(db),
  updateSettings: (db: Database, patch: SettingsPatch): Settings => writeSettings(db, patch),
  getWindowState: (db: Database, _: NoArgument): WindowState | null => readWindowState(db),
  saveWindowState: (db: Database, state: WindowState): null => {
    writeWindowState(db, state);
    return null;
  },
  listLetters,
  createLetter,
  openLetter,
  saveLetter,
  renameLetter,
  duplicateLetter,
  trashLetter,
  restoreLetter,
  purgeTrash: (db: Database, _: NoArgument): number => purgeTrash(db),
  exportLetterFile,
  importLetterFile,
  ensureJoinedLetter,
  findLetter,
  saveVersion,
  listVersions,
  openVersion,
  searchCitations,
  saveCitation,
  secureCitationUrls,
  createFromImportState,
  searchDirectory,
  getDirectoryEntry,
  saveDirectoryEntry,
  deleteDirectoryEntry,
  addDirectoryAlias,
  mergeDirectoryEntries,
  addDirectoryEntries,
  listDirectoryAliases,
  directoryContacts,
  resolveDirectoryEntries,
  recordLetterSignatures,
  listBackups: (db: Database, _: NoArgument) =>
    listBackups(backupsDirFor(db.name)).map(({ name, createdAt, bytes, reason }) => ({
      name,
      createdAt,
      bytes,
      reason,
    })),
} satisfies Record<string, (db: Database, argument: never) => unknown>;

/** Re-exported for callers that only need the row type. */
export type { LetterSummary };

/** The name of a store operation. */
export type OperationName = keyof typeof storeOperations;

/** The argument of a store operation. */
export type OperationArgument<K extends OperationName> = Parameters<(typeof storeOperations)[K]>[1];

/** The result of a store operation. */
export type OperationResult<K extends OperationName> = ReturnType<(typeof storeOperations)[K]>;

type OperationTable = {
  [K in OperationName]: (db: Database, argument: OperationArgument<K>) => OperationResult<K>;
};

const operationTable: OperationTable = storeOperations;

/** Runs one operation in its own transaction. */
export function runOperation<K extends OperationName>(
  db: Database,
  operation: K,
  argument: OperationArgument<K>,
): OperationResult<K> {
  const run = operationTable[operation];
  return db.transaction(() => run(db, argument))();
}
