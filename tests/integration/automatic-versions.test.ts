import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../src-main/store/database';
import * as letters from '../../src-main/store/letters/letter-operations';
import { exportLetterFile, importLetterFile } from '../../src-main/store/letters/letter-file-operations';
import {
  listVersions,
  saveVersion,
  thinAutomaticVersions,
} from '../../src-main/store/letters/version-operations';
import { tempDir } from '../support/temp';

const DAY = 24 * 60 * 60 * 1000;

describe('automatic versions in the store', () => {
  it('are listed as automatic, thinned with age, and named versions are never thinned', () => {
    const db = openDatabase(join(tempDir(), 'v.sqlite'));
    const { id } = letters.createLetter(db, { title: 'Versioned' });
    const named = saveVersion(db, { letterId: id, label: 'Sent to partners' });
    const automatic = [1, 2, 3].map(() =>
      saveVersion(db, { letterId: id, label: 'After a pause in editing', kind: 'automatic' }),
    );
    expect(named.kind).toBe('named');
    expect(automatic.map((version) => version.kind)).toEqual(['automatic', 'automatic', 'automatic']);
    // Ten days on, the three of one hour (and one day) are thinned to the newest; the named one stays.
    const removed = thinAutomaticVersions(db, id, Date.now() + 10 * DAY);
    expect(removed).toBe(2);
    const left = listVersions(db, { letterId: id });
    expect(left.map((version) => version.kind).sort()).toEqual(['automatic', 'named']);
    expect(left.find((version) => version.kind === 'named')?.label).toBe('Sent to partners');
  });

  it('keep the letter as it was before a letter file is merged into it', () => {
    const db = openDatabase(join(tempDir(), 'v.sqlite'));
    const { id } = letters.createLetter(db, { title: 'Merged' });
    const file = exportLetterFile(db, { id });
    expect(listVersions(db, { letterId: id })).toEqual([]);
    importLetterFile(db, { content: file.content, asCopy: false });
    expect(listVersions(db, { letterId: id }).map(({ label, kind }) => ({ label, kind }))).toEqual([
      { label: 'Before merging a letter file', kind: 'automatic' },
    ]);
  });
});
