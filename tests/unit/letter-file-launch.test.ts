import { describe, expect, it } from 'vitest';
import { LETTER_FILE_EXTENSION } from '../../electron-builder.config';
import { LETTER_FILE_SUFFIX, letterFileIn } from '../../src-main/letter-file-launch';

describe('a letter file opened from the system', () => {
  it('is found among the arguments Windows and Linux start the app with', () => {
    expect(
      letterFileIn(['C:\\Undersigned\\Undersigned.exe', 'C:\\Users\\a\\Statement.letter.json'], 'win32'),
    ).toBe('C:\\Users\\a\\Statement.letter.json');
    expect(
      letterFileIn(['/opt/Undersigned/undersigned', '--no-sandbox', '/home/a/Brief.LETTER.JSON'], 'linux'),
    ).toBe('/home/a/Brief.LETTER.JSON');
  });

  it('is found in the arguments a second copy hands over on Windows, after the switches Chromium adds', () => {
    const secondInstance = [
      'C:\\Users\\a\\AppData\\Local\\Programs\\Undersigned\\Undersigned.exe',
      '--allow-file-access-from-files',
      '--original-process-start-time=13372855380539215',
      'C:\\Users\\a\\Documents\\Uyghur Forced Labour.letter.json',
    ];
    expect(letterFileIn(secondInstance, 'win32')).toBe(
      'C:\\Users\\a\\Documents\\Uyghur Forced Labour.letter.json',
    );
  });

  it('on Windows, is any .json file, which Windows offers to open in the app with "Open with"', () => {
    expect(letterFileIn(['Undersigned.exe', 'C:\\Users\\a\\Downloads\\Statement (1).json'], 'win32')).toBe(
      'C:\\Users\\a\\Downloads\\Statement (1).json',
    );
    expect(letterFileIn(['undersigned', '/home/a/Statement.json'], 'linux')).toBeNull();
    expect(letterFileIn(['Undersigned', '/Users/a/Statement.json'], 'darwin')).toBeNull();
  });

  it('is not the executable, a flag, another file or an invite link', () => {
    for (const platform of ['win32', 'linux', 'darwin'] as const) {
      expect(letterFileIn(['/tmp/x.letter.json'], platform)).toBeNull();
      expect(letterFileIn(['undersigned', '--user-data-dir=/tmp/a.letter.json'], platform)).toBeNull();
      expect(letterFileIn(['undersigned', '/home/a/notes.txt', 'undersigned://join?x'], platform)).toBeNull();
    }
    expect(letterFileIn(['undersigned', '/home/a/notes.json'], 'linux')).toBeNull();
  });

  it('has the extension the installers associate with the app', () => {
    expect(LETTER_FILE_SUFFIX).toBe(`.${LETTER_FILE_EXTENSION}`);
  });
});
