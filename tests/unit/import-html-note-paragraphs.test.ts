import { describe, expect, it } from 'vitest';
import { importLetterText } from '../../src-common/import/build-letter';
import { htmlToLetterText } from '../../src-common/import/html-letter-text';
import { splitLeftOut } from '../../src-common/import/left-out';

// The Free Ola Bini persecution statement (tests/fixtures/real-letters): the notes are paragraphs opening with their
// superscript numbers, with no heading, and a rule and more of the campaign's text follow them.
const CNN =
  'https://cnnespanol.cnn.com/2019/06/20/tribunal-de-ecuador-acepta-recurso-de-habeas-corpus-para-ola-bini/';
const EFF = 'https://www.eff.org/es/deeplinks/2019/08/ecuador-political-actors-must-step-away-ola-binis-case';
const note = (n: number, address: string) => `<p><sup>${n}</sup> <a href="${address}">${address}</a></p>`;
const page = [
  '<h1>Free Ola Bini On-Going Persecution Statement</h1>',
  '<p>The first of the aforementioned issues, was confirmed by the <em>Habeas Corpus</em> writ that was granted last June, by the timely statements of the Special Rapporteurs.<sup>1</sup></p>',
  "<p>For its part, the EFF has concluded that the motivation behind Ola Bini's case is indeed political, not criminal.<sup>2</sup> In fact, it has still not been disclosed which computer systems he was initially alleged to have violated.</p>",
  '<p>The full statement can be found <a href="https://ia601405.us.archive.org/25/items/pronunciamiento_201908/Pronunciamiento.pdf">here</a>.</p>',
  note(1, CNN),
  note(2, EFF),
  '<hr><p>This latest decision, is indicative that there is no evidence to sustain the initial accusations that were made against Ola Bini.</p>',
  '<p>We invite you and your organization to add your signature to the following statement.</p>',
].join('');

const letterLines = (html: string) => splitLeftOut(htmlToLetterText(html)).letter.split('\n');

describe('notes a page sets as paragraphs opening with their numbers', () => {
  it('moves them to a notes block at the end, after the page’s text that follows them', () => {
    expect(letterLines(page).slice(-10)).toEqual([
      'The full statement can be found [here](https://ia601405.us.archive.org/25/items/pronunciamiento_201908/Pronunciamiento.pdf).',
      '',
      'This latest decision, is indicative that there is no evidence to sustain the initial accusations that were made against Ola Bini.',
      '',
      'We invite you and your organization to add your signature to the following statement.',
      '',
      'Notes',
      '',
      `[1] ${CNN}`,
      `[2] ${EFF}`,
    ]);
  });

  it('reads each note with its address alone, and the text after them as the letter’s', () => {
    const imported = importLetterText(htmlToLetterText(page), () => 'id');
    expect(imported.notes.map((read) => ({ number: read.number, text: read.text }))).toEqual([
      { number: 1, text: CNN },
      { number: 2, text: EFF },
    ]);
  });

  it('leaves a paragraph opening with a superscript number that marks no note where it stands', () => {
    const html =
      '<p>Our demands.</p><p><sup>1</sup> In the first place, the prosecution must drop the new charges.</p>';
    expect(letterLines(html)).toEqual([
      'Our demands.',
      '',
      '[1] In the first place, the prosecution must drop the new charges.',
    ]);
  });
});

describe('notes a blog’s footnotes plugin lists after the post', () => {
  // The markup of WordPress's "Footnotes Made Easy" plugin: each item's id counts from 0 and ends in the post's id,
  // and a bracketed back link closes each note.
  const wordpress = [
    '<p>We urge the Council to protect end-to-end encryption.<sup class="footnote"><a href="#footnote_0_4711" ',
    'id="identifier_0_4711" class="footnote-link footnote-identifier-link">1</a></sup> It keeps people safe.',
    '<sup class="footnote"><a href="#footnote_1_4711" id="identifier_1_4711" class="footnote-link ',
    'footnote-identifier-link">2</a></sup></p><ol class="footnotes"><li id="footnote_0_4711" class="footnote">See ',
    '<a href="https://a.example/x">https://a.example/x</a> [<a href="#identifier_0_4711" class="footnote-link ',
    'footnote-back-link">&#8617;</a>]</li><li id="footnote_1_4711" class="footnote">Report, <a ',
    'href="https://b.example/y">here</a>. [<a href="#identifier_1_4711" class="footnote-link footnote-back-link">',
    '&#8617;</a>]</li></ol>',
  ].join('');

  it('numbers each note by its place in the list and drops the emptied brackets of its back link', () => {
    const imported = importLetterText(htmlToLetterText(wordpress), () => 'id');
    expect(imported.notes.map((read) => ({ number: read.number, text: read.text, urls: read.urls }))).toEqual(
      [
        { number: 1, text: 'See https://a.example/x', urls: ['https://a.example/x'] },
        { number: 2, text: 'Report, here (https://b.example/y).', urls: ['https://b.example/y'] },
      ],
    );
  });
});
