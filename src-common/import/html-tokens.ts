import { decodeHTML, decodeHTMLAttribute } from 'entities';

/** One piece of an HTML page: a start tag, an end tag or text (entities already decoded). */
export type HtmlToken =
  | { kind: 'open'; name: string; attrs: Record<string, string> }
  | { kind: 'close'; name: string }
  | { kind: 'text'; text: string };

// Elements whose content is never the letter (code, a site's menus, form controls); skipped whole.
const HIDDEN = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'head',
  'svg',
  'iframe',
  'object',
  'nav',
  'button',
  'select',
]);
const TAG = /<(\/?)([a-zA-Z][a-zA-Z0-9:-]*)((?:[^>"']|"[^"]*"|'[^']*')*)>/gu;
const ATTR = /([^\s=/"']+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+)))?/gu;

/**
 * Splits HTML into tags and text without a DOM, tolerant of what pages and Word converters write: unclosed tags,
 * attributes without quotes, stray "<". Comments, doctype and hidden elements (scripts, styles) are dropped; a
 * lone "<" that starts no tag stays text.
 */
export function tokenizeHtml(html: string): HtmlToken[] {
  const tokens: HtmlToken[] = [];
  const source = html.replace(/<!--[\s\S]*?(?:-->|$)/gu, '').replace(/<![^>]*>|<\?[^>]*>/gu, '');
  let hiddenUntil: string | null = null;
  let rest = 0;
  for (const match of source.matchAll(TAG)) {
    const at = match.index ?? 0;
    const closing = match[1] === '/';
    const name = (match[2] ?? '').toLowerCase();
    if (hiddenUntil !== null) {
      if (closing && name === hiddenUntil) {
        hiddenUntil = null;
        rest = at + match[0].length;
      }
      continue;
    }
    pushText(tokens, source.slice(rest, at));
    rest = at + match[0].length;
    if (closing) {
      tokens.push({ kind: 'close', name });
    } else if (HIDDEN.has(name) && !match[0].endsWith('/>')) {
      hiddenUntil = name;
    } else {
      tokens.push({ kind: 'open', name, attrs: readAttributes(match[3] ?? '') });
    }
  }
  if (hiddenUntil === null) {
    pushText(tokens, source.slice(rest));
  }
  return tokens;
}

function pushText(tokens: HtmlToken[], raw: string): void {
  if (raw !== '') {
    tokens.push({ kind: 'text', text: decodeHTML(raw) });
  }
}

function readAttributes(source: string): Record<string, string> {
  const attrs: Record<string, string> = {};
  for (const match of source.matchAll(ATTR)) {
    const name = (match[1] ?? '').toLowerCase();
    attrs[name] = decodeHTMLAttribute(match[2] ?? match[3] ?? match[4] ?? '');
  }
  return attrs;
}
