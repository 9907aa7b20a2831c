import type { ApiErrorKind } from '../../src-common/api/errors';
import type { OperationArgument, OperationName } from './operations';

/** What the store worker needs to open the database. */
export interface StoreWorkerData {
  file: string;
  nativeBinding: string | undefined;
}

/** One typed request to the store worker. */
export type StoreRequest = {
  [K in OperationName]: { id: number; operation: K; argument: OperationArgument<K> };
}[OperationName];

/** A request that changes the store itself rather than its data. */
export type StoreControl = { id: number; control: 'restoreBackup'; name: string };

/** The worker's answer to one request, or its report that the database could not be opened (id 0). */
export type StoreReply =
  | { id: number; ok: true; value: unknown }
  | { id: number; ok: false; error: { name: string; message: string; kind: ApiErrorKind | null } };

/** The id of the message the worker sends once the database is open (or failed to open). */
export const READY_ID = 0;
