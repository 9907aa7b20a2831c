import type { Database } from 'better-sqlite3';
import { z } from 'zod';
import { settingsSchema, type Settings } from '../../src-common/api/contract';

/** Settings before the person chose anything. */
export const DEFAULT_SETTINGS: Settings = { displayName: '', colour: '#2563eb' };

/** A change to the person's settings; absent fields stay. */
export interface SettingsPatch {
  displayName?: string | undefined;
  colour?: string | undefined;
}

/** The main window's last position and size, restored at the next start. */
export const windowStateSchema = z.object({
  x: z.number().int(),
  y: z.number().int(),
  width: z.number().int().positive(),
  height: z.number().int().positive(),
  maximized: z.boolean(),
});

/** See {@link windowStateSchema}. */
export type WindowState = z.output<typeof windowStateSchema>;

const PROFILE_KEY = 'profile';
const WINDOW_KEY = 'window';

/** Reads the person's settings, falling back to defaults for anything missing or unreadable. */
export function readSettings(db: Database): Settings {
  const stored = settingsSchema.partial().safeParse(readJson(db, PROFILE_KEY));
  return applyPatch(DEFAULT_SETTINGS, stored.success ? stored.data : {});
}

/** Applies a patch and returns the settings as now stored. */
export function writeSettings(db: Database, patch: SettingsPatch): Settings {
  const next = applyPatch(readSettings(db), patch);
  writeJson(db, PROFILE_KEY, next);
  return next;
}

/** The remembered window state, or null the first time. */
export function readWindowState(db: Database): WindowState | null {
  const stored = windowStateSchema.safeParse(readJson(db, WINDOW_KEY));
  return stored.success ? stored.data : null;
}

/** Remembers the window state. */
export function writeWindowState(db: Database, state: WindowState): void {
  writeJson(db, WINDOW_KEY, state);
}

function readJson(db: Database, key: string): unknown {
  const row: unknown = db.prepare('SELECT value FROM settings WHERE key = ?').get(key);
  const parsed = z.object({ value: z.string() }).safeParse(row);
  return parsed.success ? JSON.parse(parsed.data.value) : undefined;
}

function writeJson(db: Database, key: string, value: unknown): void {
  db.prepare(
    `INSERT INTO settings (key, value, updated_at) VALUES (?, ?, ?)
     ON CONFLICT (key) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at`,
  ).run(key, JSON.stringify(value), Date.now());
}

function applyPatch(base: Settings, patch: SettingsPatch): Settings {
  return { displayName: patch.displayName ?? base.displayName, colour: patch.colour ?? base.colour };
}
