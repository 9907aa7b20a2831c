import { describe, expect, it } from 'vitest';
import {
  buildAppLink,
  buildWebLink,
  parseInviteLink,
  type Invite,
} from '../../src-common/collab/invite-links';
import { createLetterKeys, viewerKeys } from '../../src-common/crypto/letter-keys';

const invite: Invite = {
  server: 'https://collab.example.org',
  letterId: 'Lk3v9XQ2aB7cD0eF1gH2iJ',
  role: 'editor',
  token: 'a'.repeat(21) + '_' + 'B'.repeat(20) + '-',
};

describe('invite links', () => {
  it('round-trips both forms', () => {
    const app = buildAppLink(invite);
    expect(app).toBe(
      `undersigned://join?server=https%3A%2F%2Fcollab.example.org&letter=${invite.letterId}&role=editor#token=${invite.token}`,
    );
    expect(parseInviteLink(app)).toEqual({ ok: true, invite });
    const web = buildWebLink(invite);
    expect(web).toBe(`https://collab.example.org/join/${invite.letterId}#role=editor&token=${invite.token}`);
    expect(parseInviteLink(`  ${web}\n`)).toEqual({ ok: true, invite });
  });

  it('keeps a server that lives under a path', () => {
    const underPath = { ...invite, server: 'https://example.org/undersigned', role: 'viewer' as const };
    expect(parseInviteLink(buildWebLink(underPath))).toEqual({ ok: true, invite: underPath });
  });

  it('says what is wrong with a broken link', () => {
    const web = buildWebLink(invite);
    expect(parseInviteLink('https://example.org/some/page')).toEqual({
      ok: false,
      problem: 'This is not an Undersigned invite link.',
    });
    expect(parseInviteLink(web.slice(0, -10))).toMatchObject({
      ok: false,
      problem: expect.stringContaining('cut off'),
    });
    expect(parseInviteLink(web.replace('role=editor', 'role=admin'))).toMatchObject({
      ok: false,
      problem: expect.stringContaining('editing or viewing'),
    });
    expect(parseInviteLink(buildAppLink({ ...invite, server: 'javascript:alert(1)' }))).toMatchObject({
      ok: false,
      problem: expect.stringContaining('not a web address'),
    });
    expect(parseInviteLink(buildAppLink({ ...invite, letterId: '../x' }))).toMatchObject({
      ok: false,
      problem: expect.stringContaining('does not name a letter'),
    });
  });

  it('carries the letter’s keys in the fragment, and only a viewer’s keys in a viewer link', () => {
    const keys = createLetterKeys(3);
    const editor = { ...invite, keys };
    for (const link of [buildAppLink(editor), buildWebLink(editor)]) {
      const [beforeFragment = ''] = link.split('#');
      expect(beforeFragment).not.toContain('k=');
      expect(parseInviteLink(link)).toEqual({ ok: true, invite: editor });
    }
    const viewer = { ...invite, role: 'viewer' as const, keys: viewerKeys(keys) };
    const parsed = parseInviteLink(buildWebLink(viewer));
    expect(parsed).toEqual({ ok: true, invite: viewer });
    expect(parsed.ok && parsed.invite.keys?.signingSeed).toBeUndefined();
  });

  it('refuses an editor link without its editing key, and a link whose key is cut off', () => {
    const keys = createLetterKeys();
    const withoutSeed = buildWebLink({ ...invite, role: 'editor', keys: viewerKeys(keys) });
    expect(parseInviteLink(withoutSeed)).toMatchObject({
      ok: false,
      problem: expect.stringContaining('editing key'),
    });
    const web = buildWebLink({ ...invite, keys });
    const cut = web.replace(/&k=[^&]+/u, (part) => part.slice(0, -5));
    expect(parseInviteLink(cut)).toMatchObject({ ok: false, problem: expect.stringContaining('key') });
  });
});
