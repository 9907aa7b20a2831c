import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ApiFailure } from '../../src-common/api/errors';
import { directoryEntryInputSchema, type DirectoryEntryInput } from '../../src-common/api/directory-schemas';
import { openDatabase } from '../../src-main/store/database';
import * as letters from '../../src-main/store/letters/letter-operations';
import { runOperation } from '../../src-main/store/operations';
import { tempDir } from '../support/temp';

function freshDb() {
  return openDatabase(join(tempDir(), 'directory.sqlite'));
}

function input(fields: Partial<DirectoryEntryInput> & { name: string }): DirectoryEntryInput {
  return directoryEntryInputSchema.parse(fields);
}

const nuc = input({
  name: 'Norwegian Uyghur Committee',
  aliases: ['Norsk uyghur komite', 'Den Norske Uyghur komiteen'],
  country: 'Norway',
  tags: ['Uyghur'],
  contacts: [{ name: 'Abdulla', email: 'abdulla@example.org', phone: '' }],
});

describe('the organization directory in the local store', () => {
  it('creates an entry and finds it by any word of its name, an alias, the country or a tag, accents ignored', () => {
    const db = freshDb();
    const created = runOperation(db, 'saveDirectoryEntry', { entry: nuc });
    runOperation(db, 'saveDirectoryEntry', { entry: input({ name: 'Tibet Action Institute' }) });
    expect(created).toMatchObject({
      name: 'Norwegian Uyghur Committee',
      aliases: ['Den Norske Uyghur komiteen', 'Norsk uyghur komite'],
      country: 'Norway',
      tags: ['Uyghur'],
      contacts: [{ name: 'Abdulla', email: 'abdulla@example.org', phone: '' }],
      lettersSigned: [],
      parentId: null,
    });
    const names = (query: string) =>
      runOperation(db, 'searchDirectory', { query, limit: 10 }).map((entry) => entry.name);
    expect(names('NORSK komite')).toEqual(['Norwegian Uyghur Committee']);
    expect(names('nórway')).toEqual(['Norwegian Uyghur Committee']);
    expect(names('100%_')).toEqual([]);
    expect(names('')).toEqual(['Norwegian Uyghur Committee', 'Tibet Action Institute']);
    runOperation(db, 'saveDirectoryEntry', { entry: input({ name: 'Students for a Free Tibet' }) });
    expect(names('tibet')).toEqual(['Tibet Action Institute', 'Students for a Free Tibet']);
  });

  it('updates an entry, replacing its aliases and contacts, and keeps a chapter under its organization', () => {
    const db = freshDb();
    const sft = runOperation(db, 'saveDirectoryEntry', {
      entry: input({ name: 'Students for a Free Tibet' }),
    });
    const chapter = runOperation(db, 'saveDirectoryEntry', {
      entry: input({ name: 'SFT Canada', parentId: sft.id, country: 'Canada' }),
    });
    expect(chapter.parentName).toBe('Students for a Free Tibet');
    const updated = runOperation(db, 'saveDirectoryEntry', {
      id: sft.id,
      entry: input({ name: 'Students for a Free Tibet', aliases: ['SFT'], website: 'https://sft.example' }),
    });
    expect(updated).toMatchObject({ id: sft.id, aliases: ['SFT'], website: 'https://sft.example' });
    expect(() =>
      runOperation(db, 'saveDirectoryEntry', {
        id: sft.id,
        entry: input({ name: 'Students for a Free Tibet', parentId: chapter.id }),
      }),
    ).toThrow('cannot be a chapter of itself');
    expect(() =>
      runOperation(db, 'saveDirectoryEntry', { id: 'gone', entry: input({ name: 'Nobody' }) }),
    ).toThrow(ApiFailure);
  });

  it('adds an alias once, whatever its case, and never the name itself', () => {
    const db = freshDb();
    const { id } = runOperation(db, 'saveDirectoryEntry', { entry: nuc });
    runOperation(db, 'addDirectoryAlias', { id, alias: 'NORSK UYGHUR KOMITE' });
    const entry = runOperation(db, 'addDirectoryAlias', { id, alias: 'Norwegian Uyghur Committee' });
    expect(entry.aliases).toEqual(['Den Norske Uyghur komiteen', 'Norsk uyghur komite']);
    expect(
      runOperation(db, 'addDirectoryAlias', { id, alias: 'نورۋېگىيە ئۇيغۇر كومىتېتى' }).aliases,
    ).toContain('نورۋېگىيە ئۇيغۇر كومىتېتى');
    expect(runOperation(db, 'listDirectoryAliases', {})).toEqual([
      {
        id,
        name: 'Norwegian Uyghur Committee',
        aliases: expect.arrayContaining(['Norsk uyghur komite', 'نورۋېگىيە ئۇيغۇر كومىتېتى']),
        country: 'Norway',
        parentName: null,
      },
    ]);
  });

  it('records which letters an entry signed, replacing the letter’s earlier record', () => {
    const db = freshDb();
    const letter = letters.createLetter(db, { title: 'Joint letter to the High Commissioner' });
    const a = runOperation(db, 'saveDirectoryEntry', { entry: nuc });
    const b = runOperation(db, 'saveDirectoryEntry', { entry: input({ name: 'Tibet Action Institute' }) });
    runOperation(db, 'recordLetterSignatures', {
      letterId: letter.id,
      signatures: [
        { entryId: a.id, status: 'confirmed' },
        { entryId: b.id, status: 'invited' },
      ],
    });
    const record = { letterId: letter.id, signatures: [{ entryId: a.id, status: 'withdrawn' as const }] };
    expect(runOperation(db, 'recordLetterSignatures', record)).toEqual({ recorded: 1 });
    expect(runOperation(db, 'getDirectoryEntry', { id: a.id }).lettersSigned).toEqual([
      { letterId: letter.id, title: 'Joint letter to the High Commissioner', status: 'withdrawn' },
    ]);
    expect(runOperation(db, 'getDirectoryEntry', { id: b.id }).lettersSigned).toEqual([]);
    expect(() => runOperation(db, 'recordLetterSignatures', { ...record, letterId: 'gone' })).toThrow(
      'no longer on this computer',
    );
  });

  it('merges two entries: aliases, contacts, letters and chapters move, the other name becomes an alias', () => {
    const db = freshDb();
    const letter = letters.createLetter(db, { title: 'Letter' });
    const keep = runOperation(db, 'saveDirectoryEntry', { entry: nuc });
    const other = runOperation(db, 'saveDirectoryEntry', {
      entry: input({
        name: 'Norweigan Uighur Committee',
        aliases: ['NUC'],
        website: 'https://nuc.example',
        tags: ['Norway'],
        contacts: [{ name: 'Bilal', email: '', phone: '+47 000' }],
      }),
    });
    const chapter = runOperation(db, 'saveDirectoryEntry', {
      entry: input({ name: 'NUC Bergen', parentId: other.id }),
    });
    runOperation(db, 'recordLetterSignatures', {
      letterId: letter.id,
      signatures: [{ entryId: other.id, status: 'confirmed' }],
    });
    const merged = runOperation(db, 'mergeDirectoryEntries', { keepId: keep.id, mergeId: other.id });
    expect(merged).toMatchObject({
      id: keep.id,
      name: 'Norwegian Uyghur Committee',
      country: 'Norway',
      website: 'https://nuc.example',
      tags: ['Uyghur', 'Norway'],
      lettersSigned: [{ letterId: letter.id, title: 'Letter', status: 'confirmed' }],
    });
    expect(merged.aliases).toEqual(expect.arrayContaining(['Norweigan Uighur Committee', 'NUC']));
    expect(merged.contacts.map((contact) => contact.name)).toEqual(['Abdulla', 'Bilal']);
    expect(runOperation(db, 'getDirectoryEntry', { id: chapter.id }).parentId).toBe(keep.id);
    // A letter still linked to the merged entry finds the kept one.
    expect(runOperation(db, 'getDirectoryEntry', { id: other.id }).id).toBe(keep.id);
    expect(runOperation(db, 'directoryContacts', { ids: [other.id, 'gone'] })).toEqual([
      { id: other.id, contacts: merged.contacts },
    ]);
    expect(runOperation(db, 'searchDirectory', { query: 'uighur', limit: 10 })).toHaveLength(1);
  });

  it('adds a letter’s organizations at once, each name and country once, reusing entries already there', () => {
    const db = freshDb();
    const known = runOperation(db, 'saveDirectoryEntry', { entry: nuc });
    const ids = runOperation(db, 'addDirectoryEntries', {
      entries: [
        { name: 'Students for a Free Tibet', country: 'Canada', tags: [] },
        { name: 'norwegian uyghur committee', country: 'NORWAY', tags: [] },
        { name: 'Students for a Free Tibet', country: 'Japan', tags: ['Tibetan'] },
        { name: 'Students for a Free Tibet', country: 'Canada', tags: [] },
      ],
    });
    expect(ids[1]).toBe(known.id);
    expect(ids[3]).toBe(ids[0]);
    expect(new Set(ids).size).toBe(3);
    expect(runOperation(db, 'searchDirectory', { query: 'free tibet', limit: 10 })).toMatchObject([
      { name: 'Students for a Free Tibet', country: 'Canada', tags: [] },
      { name: 'Students for a Free Tibet', country: 'Japan', tags: ['Tibetan'] },
    ]);
  });

  it('keeps the spellings a list’s clean-up merged as aliases, of a new entry and of one already there', () => {
    const db = freshDb();
    const known = runOperation(db, 'saveDirectoryEntry', { entry: nuc });
    const ids = runOperation(db, 'addDirectoryEntries', {
      entries: [
        { name: 'Amnesty International', country: '', tags: [], aliases: ['Amnesty Internatonal'] },
        {
          name: 'Norwegian Uyghur Committee',
          country: 'Norway',
          tags: [],
          aliases: ['Norwegian Uighur Comittee'],
        },
      ],
    });
    expect(ids[1]).toBe(known.id);
    expect(runOperation(db, 'getDirectoryEntry', { id: ids[0] ?? '' }).aliases).toEqual([
      'Amnesty Internatonal',
    ]);
    expect(runOperation(db, 'getDirectoryEntry', { id: known.id }).aliases).toContain(
      'Norwegian Uighur Comittee',
    );
    // The alias is searched like the name, so the next list's misspelling finds the entry.
    expect(runOperation(db, 'searchDirectory', { query: 'internatonal', limit: 10 })).toMatchObject([
      { id: ids[0] },
    ]);
  });

  it('finds each signatory’s entry here: by its link, through a merge, or by name when the link is a co-editor’s', () => {
    const db = freshDb();
    const keep = runOperation(db, 'saveDirectoryEntry', { entry: nuc });
    const other = runOperation(db, 'saveDirectoryEntry', { entry: input({ name: 'NUC' }) });
    runOperation(db, 'mergeDirectoryEntries', { keepId: keep.id, mergeId: other.id });
    expect(
      runOperation(db, 'resolveDirectoryEntries', {
        signatories: [
          { directoryId: other.id, name: 'NUC', country: '' },
          { directoryId: 'from-another-computer', name: 'Norsk Uyghur Komite', country: 'Norway' },
          { name: 'Den Norske Uyghur komiteen', country: '' },
          { directoryId: 'from-another-computer', name: 'Hong Kong Watch', country: '' },
        ],
      }),
    ).toEqual([keep.id, keep.id, keep.id, null]);
  });

  it('deletes an entry with its contacts and signatures; its chapters stay', () => {
    const db = freshDb();
    const parent = runOperation(db, 'saveDirectoryEntry', { entry: nuc });
    const chapter = runOperation(db, 'saveDirectoryEntry', {
      entry: input({ name: 'NUC Bergen', parentId: parent.id }),
    });
    runOperation(db, 'deleteDirectoryEntry', { id: parent.id });
    expect(() => runOperation(db, 'getDirectoryEntry', { id: parent.id })).toThrow(
      'no longer in the directory',
    );
    expect(runOperation(db, 'getDirectoryEntry', { id: chapter.id }).parentId).toBeNull();
    expect(db.prepare('SELECT count(*) AS n FROM directory_contacts').get()).toEqual({ n: 0 });
  });
});
