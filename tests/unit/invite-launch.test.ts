import { describe, expect, it } from 'vitest';
import { inviteLinkIn, showJoinedLetterScript } from '../../src-main/invite-launch';

describe('opening the app from an invite link', () => {
  it('finds the link among the launch arguments', () => {
    const link =
      'undersigned://join?server=https%3A%2F%2Fcollab.example.org&letter=abcdefgh1234&role=editor#token=x';
    expect(inviteLinkIn(['/opt/Undersigned/undersigned', '--no-sandbox', link])).toBe(link);
    expect(inviteLinkIn(['/opt/Undersigned/undersigned', 'https://example.org'])).toBeNull();
  });

  it('routes the page to the joined letter, reloading only for a new server', () => {
    expect(showJoinedLetterScript('abcdefgh1234', false)).toBe('location.hash = "/letter/abcdefgh1234";');
    expect(showJoinedLetterScript('abcdefgh1234', true)).toBe(
      'location.hash = "/letter/abcdefgh1234"; location.reload();',
    );
  });
});
