import { z } from 'zod';

/** Every kind of failure that may cross a transport; renderers decide wording and retries from the kind alone. */
export const API_ERROR_KINDS = [
  'invalid-request',
  'unknown-channel',
  'not-found',
  'conflict',
  'unauthorized',
  'unavailable',
  'internal',
] as const;

/** One of {@link API_ERROR_KINDS}. */
export type ApiErrorKind = (typeof API_ERROR_KINDS)[number];

/** The only error shape that crosses a process or network boundary: never a stack trace. */
export interface ApiError {
  kind: ApiErrorKind;
  message: string;
}

/** Validates an error that arrived from another process before the renderer trusts it. */
export const apiErrorSchema = z.object({
  kind: z.enum(API_ERROR_KINDS),
  message: z.string(),
});

/** What every transport carries back for one call. */
export type ApiResult<T> = { ok: true; value: T } | { ok: false; error: ApiError };

/** Validates a result envelope that arrived from another process. */
export const apiResultSchema = z.discriminatedUnion('ok', [
  z.object({ ok: z.literal(true), value: z.unknown() }),
  z.object({ ok: z.literal(false), error: apiErrorSchema }),
]);

/** Thrown by a handler to fail with a kind and a message meant for the person using the app. */
export class ApiFailure extends Error {
  constructor(
    readonly kind: ApiErrorKind,
    message: string,
  ) {
    super(message);
    this.name = 'ApiFailure';
  }
}

/** Builds a failed result. */
export function failure(kind: ApiErrorKind, message: string): ApiResult<never> {
  return { ok: false, error: { kind, message } };
}

/** Turns zod's issues into one plain sentence naming each offending field. */
export function describeIssues(issues: readonly z.core.$ZodIssue[]): string {
  const parts = issues.map((issue) => {
    const field = issue.path.map(String).join('.');
    return field === '' ? issue.message : `${field}: ${issue.message}`;
  });
  return `The request was not valid (${parts.join('; ')}).`;
}
