import { describe, expect, it } from 'vitest';
import { markdownToLetterText } from '../../src-common/import/markdown-text';

// Lines of ScambioEtico's open letter on ACTA (February 2010), as its blog's Markdown file holds them.
describe('markdownToLetterText: links with a title and images with attributes', () => {
  it('keeps a titled link’s words and address, and drops a relative one to its words', () => {
    const list = [
      '1.  [Agorà Digitale](http://www.agoradigitale.org/ "http://www.agoradigitale.org/")[](mailto:lnicotra@gmail.com "mailto:lnicotra@gmail.com")',
      '2.  [Associazione Liber Liber](http://www.liberliber.it/ "http://www.liberliber.it")',
      "3.  [Movimento Scambio Etico](../ 'http://blog.tntvillage.scambioetico.org')",
    ].join('\n');
    expect(markdownToLetterText(list).split('\n')).toEqual([
      '1. [Agorà Digitale](http://www.agoradigitale.org/)',
      '2. [Associazione Liber Liber](http://www.liberliber.it/)',
      '3. Movimento Scambio Etico',
    ]);
  });

  it('drops an image together with the attribute list that follows it', () => {
    const lede =
      '![TNT blog](http://www.masternewmedia.org/images/id806013.jpg){width="162" height="108"}**Dopo l\'interrogazione dell\'8 dicembre 2009**';
    expect(markdownToLetterText(lede)).toBe("**Dopo l'interrogazione dell'8 dicembre 2009**");
  });
});
