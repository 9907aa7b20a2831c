import { ApiCallError } from '../../src-common/api/client';

/**
 * Words for the person from any failure: the backend's own plain message, or a general one for anything else (a
 * programming error's text is not for them).
 */
export function messageOf(error: unknown): string {
  if (error instanceof ApiCallError) {
    return error.message;
  }
  return 'Something went wrong. Please try again.';
}
