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
    const suggestion = withoutSpaces(trimmed);
    return {
      ok: false,
      reason: suggestion
        ? `The address contains spaces. Did you mean ${suggestion}?`
        : 'The address contains spaces. Copy the whole address again, without them.',
    };
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

/**
 * The address a spaced one most likely was. A space inside the domain before a top-level domain ("hrw org/report")
 * stands for the dot a PDF's line break swallowed; any other space is taken out ("…/regulation- 640.pdf"). Null when
 * neither reading is an address.
 */
function withoutSpaces(spaced: string): string | null {
  const scheme = /^[a-z][a-z0-9+.-]*:\/\//iu.exec(spaced)?.[0] ?? '';
  const rest = spaced.slice(scheme.length).trim();
  const hostEnd = rest.search(/[/?#]/u);
  const host = hostEnd === -1 ? rest : rest.slice(0, hostEnd);
  const path = (hostEnd === -1 ? '' : rest.slice(hostEnd)).replace(/\s+/gu, '');
  const dotted = host.replace(
    /([^\s.])\s+(?=(?:com|org|net|int|edu|gov|info|ngo|[a-z]{2})(?:$|[.:]))/giu,
    '$1.',
  );
  const candidate = `${scheme}${dotted.replace(/\s+/gu, '')}${path}`;
  return checkLinkUrl(candidate).ok ? candidate : null;
}

function hasScheme(text: string): boolean {
  return /^[a-z][a-z0-9+.-]*:/i.test(text) && !/^[^/:]+:\d+/.test(text);
}

function withDefaultScheme(text: string): string {
  return text.includes('@') && !text.includes('/') ? `mailto:${text}` : `https://${text}`;
}
