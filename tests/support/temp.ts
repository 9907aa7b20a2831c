import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** A new empty folder under the system's temp folder, for one test's data. */
export function tempDir(label = 'undersigned-test-'): string {
  return mkdtempSync(join(tmpdir(), label));
}
