const BLOCK_TAGS =
  /<\/?(p|div|li|ul|ol|h[1-6]|br|tr|table|blockquote|section|article|header|footer)\b[^>]*>/giu;
const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

/**
 * The text a person sees on an HTML page, without a DOM (for the command line): scripts, styles and comments
 * dropped, block elements on their own lines, entities decoded. The app uses the browser's own parser instead.
 */
export function htmlToText(html: string): string {
  return html
    .replace(/<!--[\s\S]*?-->/gu, '')
    .replace(/<(script|style|noscript|template)\b[\s\S]*?<\/\1\s*>/giu, '')
    .replace(BLOCK_TAGS, '\n')
    .replace(/<[^>]*>/gu, '')
    .replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/giu, (entity, name: string) => decodeEntity(name) ?? entity)
    .replace(/[ \t]+\n/gu, '\n')
    .replace(/\n{3,}/gu, '\n\n')
    .trim();
}

function decodeEntity(name: string): string | null {
  if (name.startsWith('#x') || name.startsWith('#X')) {
    return fromCodePoint(Number.parseInt(name.slice(2), 16));
  }
  if (name.startsWith('#')) {
    return fromCodePoint(Number.parseInt(name.slice(1), 10));
  }
  return ENTITIES[name.toLowerCase()] ?? null;
}

function fromCodePoint(code: number): string | null {
  return Number.isInteger(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : null;
}
