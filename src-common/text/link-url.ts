/** The result of checking a link someone typed or pasted. */
export type LinkCheck = { ok: true; url: string } | { ok: false; reason: string };

const ALLOWED_PROTOCOLS = new Set(['http:', 'https:', 'mailto:']);

/**
 * Checks and normalises a link for the letter: web and e-mail links only (never `javascript:` or `data:`), a
 * missing scheme becomes https, and a URL broken by spaces (as copied from PDFs) is refused with the joined URL
 * suggested, since guessing silently could link to the wrong page.
 */
export function checkLinkUrl(input: string): LinkCheck {
  const trimmed = input.trim();
  if (trimmed === '') {
    return { ok: false, reason: 'Enter a web address.' };
  }
  if (/\s/.test(trimmed)) {
    return { ok: false, reason: `The address contains spaces. Did you mean ${trimmed.replace(/\s+/g, '')}?` };
  }
  const candidate = hasScheme(trimmed) ? trimmed : withDefaultScheme(trimmed);
  let url: URL;
  try {
    url = new URL(candidate);
  } catch {
    return { ok: false, reason: 'This is not a web address.' };
  }
  if (!ALLOWED_PROTOCOLS.has(url.protocol)) {
    return { ok: false, reason: 'Only web (https://) and e-mail (mailto:) links are allowed.' };
  }
  if (url.protocol !== 'mailto:' && !url.hostname.includes('.') && url.hostname !== 'localhost') {
    return { ok: false, reason: 'This web address has no domain (like example.org).' };
  }
  return { ok: true, url: url.href };
}

function hasScheme(text: string): boolean {
  return /^[a-z][a-z0-9+.-]*:/i.test(text) && !/^[^/:]+:\d+/.test(text);
}

function withDefaultScheme(text: string): string {
  return text.includes('@') && !text.includes('/') ? `mailto:${text}` : `https://${text}`;
}
