import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ApiFailure } from '../../src-common/api/errors';
import { openDatabase } from '../../src-main/store/database';
import { buildImportText, previewImportText } from '../../src-main/import/import-work';
import { createFromImportState } from '../../src-main/store/letters/import-operations';
import { listLetters } from '../../src-main/store/letters/letter-operations';
import { mergedListLetter } from '../support/long-lists';
import { tempDir } from '../support/temp';
import { letterWithUnlisted } from '../support/unlisted-letter';

describe('importing into the local store', () => {
  it('makes a letter with every organization of the merged lines', () => {
    const db = openDatabase(join(tempDir(), 'letters.sqlite'));
    const { state, report } = buildImportText({ text: mergedListLetter(200) });
    const letter = createFromImportState(db, { state });
    expect(report.signatoryLines).toBe(200);
    expect(report.signatories).toBe(400);
    expect(letter.signatoryCount).toBe(report.signatories);
    expect(listLetters(db, { trash: false }).map((listed) => listed.id)).toEqual([letter.id]);
  });

  it('counts the signatories a list says it leaves out in the letter’s row', () => {
    const db = openDatabase(join(tempDir(), 'letters.sqlite'));
    const { state, report } = buildImportText({ text: letterWithUnlisted() });
    expect(report).toMatchObject({ signatories: 70, unlisted: 40 });
    expect(createFromImportState(db, { state }).signatoryCount).toBe(110);
  });

  it('refuses a list of more than 100,000 signatories in a sentence, and makes nothing', () => {
    const db = openDatabase(join(tempDir(), 'letters.sqlite'));
    const request = { text: mergedListLetter(60_000) };
    for (const attempt of [() => previewImportText(request), () => buildImportText(request)]) {
      expect(attempt).toThrow(ApiFailure);
      expect(attempt).toThrow(
        'This text lists more than 100,000 signatories, more than a letter can have. Nothing was imported.',
      );
    }
    expect(listLetters(db, { trash: false })).toEqual([]);
  });
});
