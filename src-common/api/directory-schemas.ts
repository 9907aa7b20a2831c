import { z } from 'zod';
import { SIGNATORY_STATUSES } from '../signatories/signatory';
import { hasControlCharacter } from '../text/text-rules';

const line = (max: number) =>
  z
    .string()
    .trim()
    .max(max, `must be at most ${max} characters`)
    .refine((text) => !hasControlCharacter(text), 'must not contain control characters');

const entryId = z.string().min(1).max(64);

/** A name an organization goes by: its canonical name or an alias. */
const nameField = line(300).pipe(z.string().min(1, 'must not be empty'));

/** A person to write to about an organization's signature. Private to this computer. */
export const contactSchema = z.strictObject({
  name: line(200).default(''),
  email: line(320).default(''),
  phone: line(60).default(''),
});

/** See {@link contactSchema}. */
export type Contact = z.output<typeof contactSchema>;

/** A directory entry as the person edits it. */
export const directoryEntryInputSchema = z.strictObject({
  name: nameField,
  /** Other spellings and translations ("Norsk uyghur komite"). */
  aliases: z.array(nameField).max(100).default([]),
  /** The organization this one is a chapter of. */
  parentId: entryId.nullable().default(null),
  country: line(100).default(''),
  website: line(2000).default(''),
  tags: z
    .array(line(60).pipe(z.string().min(1)))
    .max(50)
    .default([]),
  contacts: z
    .array(contactSchema)
    .max(50)
    .default([])
    .transform((contacts) =>
      contacts.filter((contact) => contact.name + contact.email + contact.phone !== ''),
    ),
});

/** See {@link directoryEntryInputSchema}. */
export type DirectoryEntryInput = z.output<typeof directoryEntryInputSchema>;

/** A letter an organization was on, and where it stands there. */
export const letterSignedSchema = z.object({
  letterId: z.string(),
  title: z.string(),
  status: z.enum(SIGNATORY_STATUSES),
});

/** An organization in the directory. */
export const directoryEntrySchema = z.object({
  id: z.string(),
  name: z.string(),
  aliases: z.array(z.string()),
  parentId: z.string().nullable(),
  /** The parent's name, for showing a chapter as "Students for a Free Tibet – Canada". */
  parentName: z.string().nullable(),
  country: z.string(),
  website: z.string(),
  tags: z.array(z.string()),
  contacts: z.array(z.object({ name: z.string(), email: z.string(), phone: z.string() })),
  lettersSigned: z.array(letterSignedSchema),
  updatedAt: z.number().int(),
});

/** See {@link directoryEntrySchema}. */
export type DirectoryEntry = z.output<typeof directoryEntrySchema>;

/** One organization of a letter's list that is linked to the directory, and its status there. */
export const signatureRecordSchema = z.strictObject({
  entryId,
  status: z.enum(SIGNATORY_STATUSES),
});

/** An entry's names, place and parent: what the clean-up engine and the linking of signatories need. */
export const directoryNamesSchema = z.object({
  id: z.string(),
  name: z.string(),
  aliases: z.array(z.string()),
  country: z.string(),
  parentName: z.string().nullable(),
});

/** See {@link directoryNamesSchema}. */
export type DirectoryNamesRow = z.output<typeof directoryNamesSchema>;

/**
 * A signatory as the directory is asked about it. Its link may name an entry of another computer's directory (the
 * list is shared with co-editors), so the name and country are looked up when the link is not known here.
 */
export const signatoryRefSchema = z.strictObject({
  directoryId: entryId.optional(),
  name: z.string().max(300),
  country: z.string().max(100).default(''),
});

/** The channels of the organization directory, merged into the contract. */
export const directoryChannels = {
  'directory:search': {
    request: z.strictObject({
      query: z.string().max(300),
      limit: z.number().int().min(1).max(500).default(50),
    }),
    response: z.array(directoryEntrySchema),
  },
  'directory:get': { request: z.strictObject({ id: entryId }), response: directoryEntrySchema },
  'directory:save': {
    request: z.strictObject({ id: entryId.optional(), entry: directoryEntryInputSchema }),
    response: directoryEntrySchema,
  },
  'directory:delete': {
    request: z.strictObject({ id: entryId }),
    response: z.object({ deleted: z.literal(true) }),
  },
  'directory:addAlias': {
    request: z.strictObject({ id: entryId, alias: nameField }),
    response: directoryEntrySchema,
  },
  'directory:merge': {
    request: z
      .strictObject({ keepId: entryId, mergeId: entryId })
      .refine(({ keepId, mergeId }) => keepId !== mergeId, 'cannot merge an entry into itself'),
    response: directoryEntrySchema,
  },
  'directory:addMany': {
    request: z.strictObject({
      entries: z
        .array(
          z.strictObject({
            name: nameField,
            country: line(100).default(''),
            tags: directoryEntryInputSchema.shape.tags,
            /** Other spellings of it that a list's clean-up merged, kept as aliases. */
            aliases: directoryEntryInputSchema.shape.aliases,
          }),
        )
        .max(20_000),
    }),
    /** The id of each entry, in the order given: a new one, or the existing entry of that name and country. */
    response: z.array(z.string()),
  },
  'directory:aliases': {
    request: z.strictObject({}),
    response: z.array(directoryNamesSchema),
  },
  'directory:resolve': {
    request: z.strictObject({ signatories: z.array(signatoryRefSchema).max(20_000) }),
    /** For each signatory, in order, the id of its entry in this computer's directory, or null. */
    response: z.array(z.string().nullable()),
  },
  'directory:contacts': {
    request: z.strictObject({ ids: z.array(entryId).max(20_000) }),
    response: z.array(z.object({ id: z.string(), contacts: z.array(contactSchema) })),
  },
  'directory:recordLetter': {
    request: z.strictObject({
      letterId: z.string().min(1).max(64),
      signatures: z.array(signatureRecordSchema).max(20_000),
    }),
    response: z.object({ recorded: z.number().int().nonnegative() }),
  },
} as const;
