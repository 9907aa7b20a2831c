import { describe, expect, it } from 'vitest';
import { importLetterText } from '../../src-common/import/build-letter';
import { importReport } from '../../src-common/api/import-report';
import { cleanupHistory } from '../../src-common/signatories/cleanup/cleanup-history';
import { dismissedSuggestions, readSignatories } from '../../src-common/signatories/signatories-doc';
import { displayName } from '../../src-common/signatories/signatory';

/** A letter whose list has a line holding two organizations, another spelling of one of them, and two repeats. */
const LETTER = [
  'Stop the Transfers Now',
  '',
  'Dear Minister,',
  '',
  'We, the 6 undersigned organizations, urge you to stop the transfers.',
  '',
  'Signed by:',
  '',
  'Amnesty International',
  'Human Rights Watch',
  'Support Hong Kong Independence Movement Svenska Uigur Union',
  'Sweden Uyghur Union',
  'Amnesty Internatonal',
  'World Uyghur Congress',
  'Human Rights Watch',
].join('\n');

const STAMP = { on: '2026-12-03', by: 'Gulnar' };

function imported(dismissed: readonly string[] = []) {
  let next = 0;
  const letter = importLetterText(LETTER, () => `id-${(next += 1)}`, { dismissed, stamp: STAMP });
  return { letter, report: importReport(letter) };
}

const countProblems = (report: ReturnType<typeof importReport>) =>
  report.problems.filter((problem) => problem.kind === 'count-claim').map((problem) => problem.message);

describe('the clean-up choices of an import', () => {
  const all = imported();
  const repeatOf = (name: string) =>
    all.report.suggestions.find((suggestion) => suggestion.explanation.startsWith(`“${name}” repeats`))?.id ??
    '';

  it('lists every suggestion, accepted, and counts the list with all of them applied', () => {
    expect(all.report.suggestions.map((suggestion) => [suggestion.kind, suggestion.accepted])).toEqual([
      ['split', true],
      ['remove-duplicate', true],
      ['remove-duplicate', true],
      ['remove-duplicate', true],
    ]);
    expect(all.report.suggestionCount).toBe(4);
    expect(all.report.signatories).toBe(5);
    expect(countProblems(all.report)).toEqual([
      expect.stringMatching(/^The letter says “6”, but 5 signatories/u),
    ]);
  });

  it('leaves a dismissed suggestion out: the counts, the count check and the letter follow', () => {
    const { letter, report } = imported([repeatOf('Human Rights Watch')]);
    expect(report.suggestions.map((suggestion) => suggestion.accepted)).toEqual([true, true, true, false]);
    expect(report.signatories).toBe(6);
    expect(countProblems(report)).toEqual([]);
    const names = readSignatories(letter.doc).map(displayName);
    expect(names.filter((name) => name === 'Human Rights Watch')).toHaveLength(2);
    // Remembered in the letter, so "Paste a list…" does not offer it again.
    expect([...dismissedSuggestions(letter.doc)]).toEqual([repeatOf('Human Rights Watch')]);
  });

  it('keeps with each signatory the record of the clean-ups that made it, when and by whom', () => {
    const signatories = readSignatories(all.letter.doc);
    const history = (name: string) =>
      cleanupHistory(all.letter.doc, signatories.find((signatory) => signatory.name === name)?.id ?? '');
    expect(history('Amnesty International')).toEqual([
      {
        kind: 'merged',
        from: ['Amnesty International', 'Amnesty Internatonal'],
        to: ['Amnesty International'],
        alias: 'Amnesty Internatonal',
        ...STAMP,
      },
    ]);
    expect(history('Support Hong Kong Independence Movement').map((record) => record.kind)).toEqual([
      'split',
    ]);
    expect(history('Human Rights Watch').map((record) => record.kind)).toEqual(['dropped']);
    expect(history('World Uyghur Congress')).toEqual([]);
    expect(dismissedSuggestions(all.letter.doc).size).toBe(0);
  });

  it('records nothing for a dismissed merge, and keeps both spellings', () => {
    const { letter } = imported([repeatOf('Amnesty Internatonal')]);
    const amnesty = readSignatories(letter.doc).filter((signatory) => signatory.name.startsWith('Amnesty'));
    expect(amnesty.map((signatory) => signatory.name)).toEqual([
      'Amnesty International',
      'Amnesty Internatonal',
    ]);
    expect(amnesty.flatMap((signatory) => cleanupHistory(letter.doc, signatory.id))).toEqual([]);
  });
});
