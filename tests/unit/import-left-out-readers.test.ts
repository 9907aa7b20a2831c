import { describe, expect, it } from 'vitest';
import { importLetterText } from '../../src-common/import/build-letter';
import { LEFT_OUT_HEADING, splitLeftOut } from '../../src-common/import/left-out';
import { letterTextFrom } from '../../src-common/import/letter-text';
import { splitLines } from '../../src-common/import/segment';

// The parts of an import, as the review screen lists them: the left-out lines are the last part's.
function importParts(text: string) {
  const imported = importLetterText(text, () => 'id');
  const lines = splitLines(text);
  const junk = lines.slice(imported.segments.junk.start, imported.segments.junk.end);
  return { imported, lines, junk };
}

describe('what the readers leave out follows the letter, and is never read as part of it', () => {
  // The shape of a campaign site's page (pmpc.eu): a menu, the letter in an article, share links and a footer.
  const page = `<html><head><title>Offener Brief | Public Money, Public Code</title></head><body>
    <header class="site-header"><a href="/">Public Code</a><nav><ul>
      <li><a href="/de/">Start</a></li><li><a href="/de/openletter/">Offener Brief</a></li>
      <li><a href="/de/faq/">FAQ</a></li></ul></nav></header>
    <article><h1>Öffentliches Geld? Öffentlicher Code!</h1>
      <p>Die von unseren öffentlichen Verwaltungen verwendete Software wird mit Steuergeldern bezahlt.</p>
      <p>Unterzeichnet von:</p><ul><li>Free Software Foundation Europe</li><li>Open Knowledge Foundation</li>
      <li>Wikimedia Deutschland</li></ul>
      <div class="share-buttons"><a href="https://mastodon.social/share">Mastodon</a> <a href="https://x.com/intent">X</a></div>
    </article>
    <div class="cookie-notice"><p>Diese Seite verwendet keine Cookies.</p></div>
    <footer><p>Eine Kampagne der FSFE – Impressum</p></footer>
    <script>track()</script></body></html>`;

  it('an HTML page: its menu, share links, cookie notice and footer come after the heading, in the page’s order', () => {
    const text = letterTextFrom(page, 'html');
    const { letter, leftOut } = splitLeftOut(text);
    expect(leftOut).toEqual([
      'Public Code',
      'Start',
      'Offener Brief',
      'FAQ',
      'Mastodon X',
      'Diese Seite verwendet keine Cookies.',
      'Eine Kampagne der FSFE – Impressum',
    ]);
    // Scripts are no text: they are neither in the letter nor left out.
    expect(text).not.toContain('track');
    expect(letter).not.toMatch(/Mastodon|Cookies|Impressum/u);
  });

  it('an HTML page: the left-out lines land in the last part, and the menu never joins the signatories', () => {
    const { imported, lines, junk } = importParts(letterTextFrom(page, 'html'));
    expect(imported.signatories.map((signatory) => signatory.name)).toEqual([
      'Free Software Foundation Europe',
      'Open Knowledge Foundation',
      'Wikimedia Deutschland',
    ]);
    expect(imported.segments.junk.start).toBe(lines.indexOf(LEFT_OUT_HEADING));
    expect(junk).toContain('Diese Seite verwendet keine Cookies.');
    expect(imported.paragraphs.join(' ')).not.toMatch(/Start|FAQ|Mastodon/u);
  });

  it('a PDF’s text: the page numbers and the running head follow the letter, and do not split its paragraph', () => {
    // pdftotext's output of a two-page statement (the shape of the Urheberrecht position paper, 2011).
    const pdf = [
      'Positionspapier zum Urheberrecht',
      'Wir, die Unterzeichner, glauben nicht mehr an substanzielle Verbesserungen durch',
      'den erwarteten Dritten Korb der Urheberrechtsreform. Uns eint der Wunsch, das',
      'Urheberrecht in Ruhe und Besonnenheit zu reformieren und zukunftsfähig',
      '',
      '1',
      '\fPositionspapier zum Urheberrecht',
      'auszugestalten, bevor die eingebauten Ungleichgewichte bestehender Regelungen',
      'das System als Ganzes zum Scheitern bringen.',
      'Unterzeichner:',
      'Digitale Gesellschaft e.V.',
      'Chaos Computer Club',
      '',
      '2',
      '\f',
    ].join('\n');
    const text = letterTextFrom(pdf, 'text');
    expect(splitLeftOut(text).leftOut).toEqual(['1', 'Positionspapier zum Urheberrecht', '2']);
    const { imported, junk } = importParts(text);
    expect(imported.paragraphs.some((paragraph) => paragraph.includes('zukunftsfähig auszugestalten'))).toBe(
      true,
    );
    expect(imported.signatories.map((signatory) => signatory.name)).toEqual([
      'Digitale Gesellschaft e.V.',
      'Chaos Computer Club',
    ]);
    expect(junk).toEqual([LEFT_OUT_HEADING, '1', 'Positionspapier zum Urheberrecht', '2']);
  });

  // The shape of a student groups' statement re-posted as Markdown with a news site's photo and caption in it.
  it('a Markdown post: a picture’s caption in an HTML block is left out, and the letter after it is read on', () => {
    const markdown = [
      '# 告全體香港市民、學生——學生組織聯合聲明',
      '',
      '<figure>',
      '<img src="https://example.org/photo.jpg" alt="">',
      '<figcaption>美聯社資料照片（照片為編者所加）</figcaption>',
      '</figure>',
      '',
      '我們雖只是中學生，但我們仍會敢於站出來，行使我們應有的公民權利。',
      '',
      '聯署組織：',
      '',
      '- 中學生連線',
      '- 學生動源',
    ].join('\n');
    const text = letterTextFrom(markdown, 'markdown');
    const { letter, leftOut } = splitLeftOut(text);
    expect(leftOut).toEqual(['美聯社資料照片（照片為編者所加）']);
    expect(letter).not.toContain(LEFT_OUT_HEADING);
    const { imported, junk } = importParts(text);
    expect(imported.paragraphs).toEqual(['我們雖只是中學生，但我們仍會敢於站出來，行使我們應有的公民權利。']);
    expect(imported.signatories.map((signatory) => signatory.name)).toEqual(['中學生連線', '學生動源']);
    expect(junk).toEqual([LEFT_OUT_HEADING, '美聯社資料照片（照片為編者所加）']);
  });

  it('an HTML page: a picture’s caption is left out, never read as a paragraph of the letter', () => {
    const html = `<article><h1>Open letter</h1><figure><img src="a.jpg"><figcaption>Photo: AP</figcaption></figure>
      <p>We call on the minister to act.</p></article>`;
    const { letter, leftOut } = splitLeftOut(letterTextFrom(html, 'html'));
    expect(leftOut).toEqual(['Photo: AP']);
    expect(letter).not.toContain('Photo: AP');
  });
});
