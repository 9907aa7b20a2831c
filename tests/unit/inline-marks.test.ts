import { describe, expect, it } from 'vitest';
import { parseInline } from '../../src-common/text/inline-marks';

describe('links in imported text', () => {
  it('links only the brackets followed by an address, however many come before', () => {
    expect(parseInline('[Ch: XUAR] and [the report](https://e.org/r) [1]')).toEqual([
      { text: '[Ch: XUAR] and ' },
      { text: 'the report', href: 'https://e.org/r' },
      { text: ' [1]' },
    ]);
  });

  it('reads each line afresh: the same words in another line link as that line says', () => {
    expect(parseInline('[a](https://e.org/a) [b]')).toEqual([
      { text: 'a', href: 'https://e.org/a' },
      { text: ' [b]' },
    ]);
    expect(parseInline('[a] [b](https://e.org/b)')).toEqual([
      { text: '[a] ' },
      { text: 'b', href: 'https://e.org/b' },
    ]);
  });

  it('keeps the marks inside a link', () => {
    expect(parseInline('**[bold link](https://e.org)**')).toEqual([
      { text: 'bold link', bold: true, href: 'https://e.org' },
    ]);
  });
});

describe('emphasis in imported text', () => {
  it('keeps openers with no closer as text', () => {
    const line = `${'*a '.repeat(2_000)}${'**b '.repeat(2_000)}end`;
    expect(parseInline(line)).toEqual([{ text: line }]);
  });

  it('finds each pair’s own closer when pairs follow each other', () => {
    const runs = parseInline('*one* and *two* and **three**');
    expect(runs.filter((run) => run.italic).map((run) => run.text)).toEqual(['one', 'two']);
    expect(runs.filter((run) => run.bold).map((run) => run.text)).toEqual(['three']);
  });
});
