import { describe, expect, it } from 'vitest';
import { checkLinkUrl } from '../../src-common/text/link-url';

describe('checking a link', () => {
  it.each([
    ['https://www.ohchr.org/en/statements', 'https://www.ohchr.org/en/statements'],
    ['uhrp.org/report', 'https://uhrp.org/report'],
    ['  http://example.org  ', 'http://example.org/'],
    ['press@example.org', 'mailto:press@example.org'],
    ['mailto:press@example.org', 'mailto:press@example.org'],
    ['example.org:8080/path', 'https://example.org:8080/path'],
  ])('accepts %s as %s', (input, url) => {
    expect(checkLinkUrl(input)).toEqual({ ok: true, url });
  });

  it('refuses a URL broken by a space and suggests the joined one', () => {
    expect(checkLinkUrl('https://www.hrw.org/news/michelle-bachelet -after-official')).toEqual({
      ok: false,
      reason:
        'The address contains spaces. Did you mean https://www.hrw.org/news/michelle-bachelet-after-official?',
    });
  });

  it.each([
    ['hrw org/report', 'hrw.org/report'],
    ['https://www.hrw org/news/x', 'https://www.hrw.org/news/x'],
  ])('reads a space in the domain of %s as the dot a line break swallowed', (input, suggestion) => {
    expect(checkLinkUrl(input)).toEqual({
      ok: false,
      reason: `The address contains spaces. Did you mean ${suggestion}?`,
    });
  });

  it('suggests nothing when no reading of the spaces makes an address', () => {
    expect(checkLinkUrl('see the report')).toEqual({
      ok: false,
      reason: 'The address contains spaces. Copy the whole address again, without them.',
    });
  });

  it.each(['javascript:alert(1)', 'data:text/html,<b>x</b>', 'file:///etc/passwd', 'ftp://example.org'])(
    'refuses %s',
    (input) => {
      expect(checkLinkUrl(input)).toMatchObject({ ok: false, reason: expect.stringContaining('Only web') });
    },
  );

  it('refuses blank text and a word without a domain', () => {
    expect(checkLinkUrl('   ')).toEqual({ ok: false, reason: 'Enter a web address.' });
    expect(checkLinkUrl('report')).toMatchObject({ ok: false, reason: expect.stringContaining('no domain') });
  });
});
