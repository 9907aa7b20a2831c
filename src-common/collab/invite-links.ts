import { letterIdSchema } from '../api/letters-schemas';
import { keysFromFragment, keysToFragment, type LetterKeys } from '../crypto/letter-keys';

/** What an invite link carries: which server, which letter, and the capability token with its role. */
export interface Invite {
  /** The collaboration server's base address, e.g. `https://collab.example.org`. */
  server: string;
  letterId: string;
  role: InviteRole;
  /** 256 random bits, base64url; the server keeps only its SHA-256. */
  token: string;
  /**
   * The keys that open the letter's sealed messages (and, for editors, sign them), when the letter is shared
   * end-to-end encrypted. They ride in the fragment with the token, so the server never sees them.
   */
  keys?: LetterKeys;
}

/** What the holder of a link may do. */
export type InviteRole = 'owner' | 'editor' | 'viewer';

/** The app's own link scheme, registered so a click on such a link opens Undersigned. */
export const APP_LINK_PREFIX = 'undersigned://join';

const TOKEN_PATTERN = /^[A-Za-z0-9_-]{43}$/u;
const ROLES: readonly InviteRole[] = ['owner', 'editor', 'viewer'];

/**
 * The link that opens the app: `undersigned://join?server=…&letter=…&role=…#token=…`. The token rides in the
 * fragment, which browsers and mail scanners do not send to any server.
 */
export function buildAppLink(invite: Invite): string {
  const query = new URLSearchParams({ server: invite.server, letter: invite.letterId, role: invite.role });
  return `${APP_LINK_PREFIX}?${query.toString()}#token=${invite.token}${keysPart(invite)}`;
}

/** The same invite as a web address on the collaboration server, for people who use browser mode. */
export function buildWebLink(invite: Invite): string {
  return `${trimSlash(invite.server)}/join/${encodeURIComponent(invite.letterId)}#role=${invite.role}&token=${invite.token}${keysPart(invite)}`;
}

function keysPart(invite: Invite): string {
  return invite.keys ? `&${keysToFragment(invite.keys)}` : '';
}

/** Reads an invite from either form of link; explains in plain words what is wrong with a link that does not work. */
export function parseInviteLink(text: string): { ok: true; invite: Invite } | { ok: false; problem: string } {
  const link = text.trim();
  const parts = link.startsWith(APP_LINK_PREFIX) ? appLinkParts(link) : webLinkParts(link);
  if (!parts) {
    return { ok: false, problem: 'This is not an Undersigned invite link.' };
  }
  const server = serverOrigin(parts.server);
  if (!server) {
    return { ok: false, problem: 'The link names a server that is not a web address (https://…).' };
  }
  if (!letterIdSchema.safeParse(parts.letterId).success) {
    return { ok: false, problem: 'The link does not name a letter. Ask for a new link.' };
  }
  const role = ROLES.find((candidate) => candidate === parts.role);
  if (!role) {
    return {
      ok: false,
      problem: 'The link does not say whether it is for editing or viewing. Ask for a new link.',
    };
  }
  if (!TOKEN_PATTERN.test(parts.token)) {
    return {
      ok: false,
      problem: 'The link is incomplete: its secret part is missing or cut off. Copy the whole link.',
    };
  }
  const keys = linkKeys(parts.fragment, role);
  if (!keys.ok) {
    return keys;
  }
  const invite: Invite = { server, letterId: parts.letterId, role, token: parts.token };
  return { ok: true, invite: keys.keys ? { ...invite, keys: keys.keys } : invite };
}

/**
 * The keys a link's fragment carries: none for a letter shared before end-to-end encryption; an editor's link
 * must hold the signing key, or what the person writes would be refused by the server.
 */
function linkKeys(
  fragment: URLSearchParams,
  role: InviteRole,
): { ok: true; keys: LetterKeys | null } | { ok: false; problem: string } {
  if (!fragment.has('k')) {
    return { ok: true, keys: null };
  }
  const read = keysFromFragment(fragment);
  if (!read.ok) {
    return read;
  }
  if (role !== 'viewer' && !read.keys.signingSeed) {
    return { ok: false, problem: 'The link is missing its editing key. Copy the whole link.' };
  }
  return { ok: true, keys: read.keys };
}

interface LinkParts {
  server: string;
  letterId: string;
  role: string;
  token: string;
  fragment: URLSearchParams;
}

function appLinkParts(link: string): LinkParts | null {
  const [head = '', fragment = ''] = link.split('#', 2);
  const query = new URLSearchParams(head.slice(head.indexOf('?') + 1));
  const hash = new URLSearchParams(fragment);
  return {
    server: query.get('server') ?? '',
    letterId: query.get('letter') ?? '',
    role: query.get('role') ?? '',
    token: hash.get('token') ?? '',
    fragment: hash,
  };
}

function webLinkParts(link: string): LinkParts | null {
  let url: URL;
  try {
    url = new URL(link);
  } catch {
    return null;
  }
  const match = /^(.*)\/join\/([^/]+)$/u.exec(url.pathname);
  if (!match) {
    return null;
  }
  const hash = new URLSearchParams(url.hash.slice(1));
  return {
    server: `${url.origin}${match[1] ?? ''}`,
    letterId: decodeURIComponent(match[2] ?? ''),
    role: hash.get('role') ?? '',
    token: hash.get('token') ?? '',
    fragment: hash,
  };
}

function serverOrigin(server: string): string | null {
  try {
    const url = new URL(server);
    const plain = (url.protocol === 'https:' || url.protocol === 'http:') && !url.username && !url.password;
    return plain ? trimSlash(`${url.origin}${url.pathname}`) : null;
  } catch {
    return null;
  }
}

function trimSlash(text: string): string {
  return text.replace(/\/+$/u, '');
}
