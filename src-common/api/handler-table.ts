import { channelSchemas, isChannel, type Channel, type ParsedRequestOf, type ResponseOf } from './contract';
import { ApiFailure, describeIssues, failure, type ApiResult } from './errors';

/** The implementation of one channel. */
export type Handler<C extends Channel> = (request: ParsedRequestOf<C>) => Promise<ResponseOf<C>>;

/** One handler per channel: the compiler refuses a table that misses one. */
export type Handlers = { [C in Channel]: Handler<C> };

/** Receives failures that are bugs, not the caller's fault, so they can be logged where the transport runs. */
export type InternalErrorReporter = (channel: Channel, error: unknown) => void;

/** The API as every transport sees it: untrusted channel and payload in, a typed result out. */
export interface HandlerTable {
  invoke(channel: unknown, payload: unknown): Promise<ApiResult<unknown>>;
}

/**
 * Wraps the handlers so that every transport gets the same checks: unknown channels and invalid payloads are
 * refused before any handler runs, and thrown errors become `{ kind, message }` without a stack trace.
 */
export function createHandlerTable(handlers: Handlers, reportInternal: InternalErrorReporter): HandlerTable {
  return {
    invoke(channel, payload) {
      if (!isChannel(channel)) {
        return Promise.resolve(failure('unknown-channel', `There is no such request: ${String(channel)}.`));
      }
      return dispatch(channel, payload, handlers, reportInternal);
    },
  };
}

async function dispatch<C extends Channel>(
  channel: C,
  payload: unknown,
  handlers: Handlers,
  reportInternal: InternalErrorReporter,
): Promise<ApiResult<unknown>> {
  const parsed = channelSchemas[channel].request.safeParse(payload);
  if (!parsed.success) {
    return failure('invalid-request', describeIssues(parsed.error.issues));
  }
  const handler: Handler<C> = handlers[channel];
  try {
    return { ok: true, value: await handler(parsed.data) };
  } catch (error) {
    if (error instanceof ApiFailure) {
      return failure(error.kind, error.message);
    }
    reportInternal(channel, error);
    return failure(
      'internal',
      'Something went wrong inside Undersigned. Your work is safe; please try again.',
    );
  }
}
