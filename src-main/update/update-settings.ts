// The update switch, kept in a small file of its own in the data folder (beside the database, not in it): the
// updater runs in the main process, before and apart from the store's worker.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';

/** The file, in the data folder. */
export const UPDATE_SETTINGS_FILE = 'update-settings.json';

const settingsSchema = z.object({ automatic: z.boolean() });

/** The person's choice about updates. */
export type UpdateSettings = z.output<typeof settingsSchema>;

/** Updates are looked for unless the person turned them off. */
export const DEFAULT_UPDATE_SETTINGS: UpdateSettings = { automatic: true };

/** The settings kept in `dataDir`, or the defaults when there are none or the file cannot be read. */
export function readUpdateSettings(dataDir: string): UpdateSettings {
  try {
    const parsed = settingsSchema.safeParse(
      JSON.parse(readFileSync(join(dataDir, UPDATE_SETTINGS_FILE), 'utf8')),
    );
    return parsed.success ? parsed.data : DEFAULT_UPDATE_SETTINGS;
  } catch {
    return DEFAULT_UPDATE_SETTINGS;
  }
}

/** Keeps `settings` in `dataDir`, readable by its owner only like the rest of the folder. */
export function writeUpdateSettings(dataDir: string, settings: UpdateSettings): void {
  writeFileSync(join(dataDir, UPDATE_SETTINGS_FILE), `${JSON.stringify(settings)}\n`, { mode: 0o600 });
}
