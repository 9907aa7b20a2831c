import { describe, expect, it } from 'vitest';
import { readPastedList } from '../../../src-common/signatories/cleanup/pasted-list';
import { allSuggestionIds, applySuggestions } from '../../../src-common/signatories/cleanup/suggestions';
import { isWrappedTail } from '../../../src-common/signatories/cleanup/wrapped-tails';

function read(lines: readonly string[]) {
  const list = readPastedList(lines.join('\n'));
  if (!list.parse) {
    throw new Error(list.refusal);
  }
  return {
    parse: list.parse,
    names: applySuggestions(list.parse, allSuggestionIds(list.parse)).map((e) => e.name),
  };
}

describe('the end of a company name wrapped onto a line of its own', () => {
  it('is words like “Solutions” or “Pvt. Ltd.” alone, or an aside in parentheses alone', () => {
    for (const tail of ['Solutions', 'Services', 'Technologies', 'Pvt. Ltd.', '(Gazapp)', '(BuyT.in)']) {
      expect(isWrappedTail(tail), tail).toBe(true);
    }
    for (const name of ['Clevershell Software', 'Gaboli Online Services', 'Systems Change Alliance', 'MST']) {
      expect(isWrappedTail(name), name).toBe(false);
    }
  });

  it('completes the name above it in a list read in order, as a suggestion that can be dismissed', () => {
    const { parse, names } = read([
      'Clevershell Software',
      'Solutions',
      'Scimata Computing',
      '(Gazapp)',
      'Gaboli Online Services',
    ]);
    expect(names).toEqual([
      'Clevershell Software Solutions',
      'Scimata Computing (Gazapp)',
      'Gaboli Online Services',
    ]);
    expect(applySuggestions(parse, new Set()).map((entry) => entry.name)).toContain('Solutions');
  });

  it('is left out of a numbered table copied out of order, where it may end any name, and says so', () => {
    // pdf-en-india-startups-open-internet-2015: "Solutions" is printed under "Intellista Software Studios", but ends
    // "Clevershell Software Solutions", numbered far away.
    const { parse, names } = read([
      '125 Evento Labs',
      '126 Clevershell Software',
      '127 Evibe.in',
      '128 Exotel',
      '129 Eyepoppers Creative',
      '208 Instamojo',
      '209 Instant Hotels Around You',
      '210 Intellista Software Studios',
      'Solutions',
      '211 Interactive Media',
      '212 Internshala',
      '213 Inuxu Digital Media',
    ]);
    expect(names).toContain('Intellista Software Studios');
    expect(names).toContain('Clevershell Software');
    expect(names).not.toContain('Solutions');
    expect(names).not.toContain('Intellista Software Studios Solutions');
    const problem = parse.problems.find((found) => found.message.startsWith('“Solutions”'));
    expect(problem?.suggestion?.label).toBe('Leave the line out');
  });
});
