import { z } from 'zod';
import { citationChannels } from './citations-schemas';
import { collabChannels } from './collab-schemas';
import { directoryChannels } from './directory-schemas';
import { exportChannels } from './export-schemas';
import { importChannels } from './import-schemas';
import { letterChannels } from './letters-schemas';
import { updateChannels } from './update-schemas';
import { versionChannels } from './versions-schemas';
import { hasControlCharacter } from '../text/text-rules';

/** A display colour as #rrggbb, used for a person's cursor and presence. */
export const colourSchema = z
  .string()
  .regex(/^#[0-9a-f]{6}$/i, 'must be a colour like #1f6feb')
  .transform((value) => value.toLowerCase());

/** The person's own settings, kept on this computer. */
export const settingsSchema = z.object({
  displayName: z.string(),
  colour: colourSchema,
});

/** Settings as the app stores and returns them. */
export type Settings = z.output<typeof settingsSchema>;

/** A change to some settings; absent fields stay as they are. */
export const settingsPatchSchema = z.strictObject({
  displayName: z
    .string()
    .trim()
    .max(80, 'must be at most 80 characters')
    .refine((name) => !hasControlCharacter(name), 'must not contain control characters')
    .optional(),
  colour: colourSchema.optional(),
});

/** Where the renderer is running; some features differ between the desktop app and browser mode. */
export const appInfoSchema = z.object({
  name: z.string(),
  version: z.string(),
  mode: z.enum(['desktop', 'browser', 'in-process']),
  dataDir: z.string(),
  /** Something the person must be told about start-up (a repaired data file), or null. */
  notice: z.string().nullable(),
});

/** Facts about the running app. */
export type AppInfo = z.output<typeof appInfoSchema>;

const noPayload = z.strictObject({});

/** One backup of the local store, as listed for "Restore from backup…". */
export const backupSummarySchema = z.object({
  name: z.string(),
  createdAt: z.number().int(),
  bytes: z.number().int().nonnegative(),
  reason: z.string(),
});

/** See {@link backupSummarySchema}. */
export type BackupSummary = z.output<typeof backupSummarySchema>;

/**
 * The single source of truth for the backend API: every channel, its request and its response.
 * Preload, the Electron main handlers, the browser-mode host and the in-process transport all derive from it.
 */
export const contract = {
  'app:info': { request: noPayload, response: appInfoSchema },
  ...updateChannels,
  'settings:get': { request: noPayload, response: settingsSchema },
  'settings:update': { request: settingsPatchSchema, response: settingsSchema },
  'backups:list': { request: noPayload, response: z.array(backupSummarySchema) },
  'backups:restore': {
    request: z.strictObject({
      name: z.string().regex(/^undersigned-[0-9TZ]+-[a-z-]+\.sqlite$/, 'is not a backup name'),
    }),
    response: z.object({ restored: z.literal(true) }),
  },
  ...letterChannels,
  ...versionChannels,
  ...citationChannels,
  ...importChannels,
  ...exportChannels,
  ...collabChannels,
  ...directoryChannels,
} as const;

/** A channel name, `namespace:verb`. */
export type Channel = keyof typeof contract;

/** What a caller passes for a channel (before validation and defaults). */
export type RequestOf<C extends Channel> = z.input<(typeof contract)[C]['request']>;

/** What a handler receives for a channel (after validation). */
export type ParsedRequestOf<C extends Channel> = z.output<(typeof contract)[C]['request']>;

/** What a handler returns and a caller receives for a channel. */
export type ResponseOf<C extends Channel> = z.output<(typeof contract)[C]['response']>;

/** Every channel, in contract order. */
export const CHANNELS: readonly Channel[] = channelNames();

/** True when `name` is a channel of the contract (and not, say, `__proto__`). */
export function isChannel(name: unknown): name is Channel {
  return typeof name === 'string' && Object.hasOwn(contract, name);
}

function channelNames(): Channel[] {
  return Object.keys(contract).filter(isChannel);
}

/** The schemas of one channel, typed so that generic code can index them by a channel type parameter. */
export interface ChannelSchemas<C extends Channel> {
  request: z.ZodType<ParsedRequestOf<C>, RequestOf<C>>;
  response: z.ZodType<ResponseOf<C>>;
}

/** The contract seen through {@link ChannelSchemas}, so `channelSchemas[c]` keeps its channel's types. */
export const channelSchemas: { [C in Channel]: ChannelSchemas<C> } = contract;
