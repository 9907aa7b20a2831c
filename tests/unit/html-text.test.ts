import { describe, expect, it } from 'vitest';
import { htmlToText } from '../../src-common/import/html-text';

describe('reading an HTML page as text', () => {
  it('keeps the visible text with blocks on their own lines, and drops scripts, styles and comments', () => {
    const page =
      '<html><head><style>p{}</style><script>alert(1)</script></head><body><h1>Joint letter</h1><!-- hidden -->' +
      '<p>We, the <b>undersigned</b> &amp; partners [1],</p><ul><li>Act with HK</li><li>Amigos del T&iacute;bet Chile</li></ul></body></html>';
    expect(htmlToText(page)).toBe(
      'Joint letter\n\nWe, the undersigned & partners [1],\n\nAct with HK\n\nAmigos del Tíbet Chile',
    );
  });

  it('decodes numeric and named entities, and leaves text that only looks like one', () => {
    expect(htmlToText('<p>&#8220;Xinjiang&#x201D; &unknown; 芝援香港</p>')).toBe(
      '“Xinjiang” &unknown; 芝援香港',
    );
  });
});
