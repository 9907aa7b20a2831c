import { channelSchemas, type Channel, type RequestOf, type ResponseOf } from './contract';
import { apiResultSchema, type ApiErrorKind } from './errors';
import type { HandlerTable } from './handler-table';

/**
 * Carries one call to wherever the handler table runs (IPC, HTTP or a direct call) and brings back its result
 * envelope, unchecked: {@link createApi} validates it.
 */
export type Transport = (channel: Channel, payload: unknown) => Promise<unknown>;

/** A failed call, as the renderer sees it. */
export class ApiCallError extends Error {
  constructor(
    readonly kind: ApiErrorKind,
    message: string,
  ) {
    super(message);
    this.name = 'ApiCallError';
  }
}

/** The typed API the renderer and tests use. */
export interface Api {
  call<C extends Channel>(channel: C, request: RequestOf<C>): Promise<ResponseOf<C>>;
}

/**
 * Builds the typed API over a transport. Results are validated again on arrival: the renderer trusts nothing
 * that crossed a process boundary, and a malformed answer becomes an `internal` error instead of a crash later.
 */
export function createApi(transport: Transport): Api {
  return {
    async call(channel, request) {
      const envelope = apiResultSchema.safeParse(await transport(channel, request));
      if (!envelope.success) {
        throw new ApiCallError('internal', 'The app received an answer it could not read.');
      }
      if (!envelope.data.ok) {
        throw new ApiCallError(envelope.data.error.kind, envelope.data.error.message);
      }
      const response = channelSchemas[channel].response.safeParse(envelope.data.value);
      if (!response.success) {
        throw new ApiCallError('internal', 'The app received an answer it could not read.');
      }
      return response.data;
    },
  };
}

/**
 * A transport that calls the handler table directly, copying payloads through JSON as a real transport would,
 * so unit tests see exactly what IPC or HTTP would deliver.
 */
export function createInProcessTransport(table: HandlerTable): Transport {
  return async (channel, payload) => {
    return roundTrip(await table.invoke(channel, roundTrip(payload)));
  };
}

function roundTrip(value: unknown): unknown {
  return value === undefined ? undefined : JSON.parse(JSON.stringify(value));
}
