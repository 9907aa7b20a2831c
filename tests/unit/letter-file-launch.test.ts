import { describe, expect, it } from 'vitest';
import { LETTER_FILE_EXTENSION } from '../../electron-builder.config';
import { LETTER_FILE_SUFFIX, letterFileIn } from '../../src-main/letter-file-launch';

describe('a letter file opened from the system', () => {
  it('is found among the arguments Windows and Linux start the app with', () => {
    expect(letterFileIn(['C:\\Undersigned\\Undersigned.exe', 'C:\\Users\\a\\Statement.letter.json'])).toBe(
      'C:\\Users\\a\\Statement.letter.json',
    );
    expect(letterFileIn(['/opt/Undersigned/undersigned', '--no-sandbox', '/home/a/Brief.LETTER.JSON'])).toBe(
      '/home/a/Brief.LETTER.JSON',
    );
  });

  it('is not the executable, a flag, another file or an invite link', () => {
    expect(letterFileIn(['/tmp/x.letter.json'])).toBeNull();
    expect(letterFileIn(['undersigned', '--user-data-dir=/tmp/a.letter.json'])).toBeNull();
    expect(letterFileIn(['undersigned', '/home/a/notes.json', 'undersigned://join?x'])).toBeNull();
  });

  it('has the extension the installers associate with the app', () => {
    expect(LETTER_FILE_SUFFIX).toBe(`.${LETTER_FILE_EXTENSION}`);
  });
});
