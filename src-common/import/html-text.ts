import { decodeHTML } from 'entities';

const BLOCK_TAGS =
  /<\/?(p|div|li|ul|ol|h[1-6]|br|tr|table|blockquote|section|article|header|footer)\b[^>]*>/giu;

/**
 * The text a person sees on an HTML page, without a DOM (for the command line): scripts, styles and comments
 * dropped, block elements on their own lines, every HTML entity decoded. The app uses the browser's own parser.
 */
export function htmlToText(html: string): string {
  return decodeHTML(
    html
      .replace(/<!--[\s\S]*?-->/gu, '')
      .replace(/<(script|style|noscript|template)\b[\s\S]*?<\/\1\s*>/giu, '')
      .replace(BLOCK_TAGS, '\n')
      .replace(/<[^>]*>/gu, ''),
  )
    .replace(/\u00a0/gu, ' ')
    .replace(/[ \t]+\n/gu, '\n')
    .replace(/\n{3,}/gu, '\n\n')
    .trim();
}
