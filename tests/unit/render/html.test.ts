import { describe, expect, it } from 'vitest';
import { escapeHtml, renderHtmlFragment, renderHtmlPage } from '../../../src-common/render/html';
import { safeHref } from '../../../src-common/render/render-nodes';
import { doc, link, paragraph, ref, sampleModel, text } from './sample-model';

const HOSTILE = '<script>alert(1)</script>';

describe('HTML escaping of hostile letters', () => {
  it('escapes text, attributes and every field of the model', () => {
    const html = renderHtmlPage(
      sampleModel({
        lang: 'en" onload="alert(1)',
        title: HOSTILE,
        date: { iso: '2022-06-08" onclick="x', text: '<b>8 June</b>' },
        body: doc(
          paragraph(`Text ${HOSTILE} & more`),
          { type: 'paragraph', attrs: { dir: '"><script>x</script>' }, content: [text('x')] },
          { type: 'heading', attrs: { level: '<h1>' }, content: [text('<img src=x onerror=alert(1)>')] },
        ),
        notesHeading: '<i>Notes</i>',
        notes: [{ number: 1, id: 'n1', text: `${HOSTILE} https://example.org/"onmouseover="x`, urls: [] }],
        signatories: {
          heading: '<h2>',
          countSentence: '<b>2</b>',
          entries: [{ name: HOSTILE, detail: '"><svg onload=alert(1)>' }],
        },
      }),
    );
    expect(html).not.toMatch(/<script|<img|<svg|<b>|<i>|<h1>[^<]/u);
    expect(html).not.toMatch(/ on[a-z]+="/u);
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).toContain('<html lang="en&quot; onload=&quot;alert(1)" dir="auto">');
    expect(html).toContain('<p dir="auto">x</p>');
  });

  it('keeps only web and e-mail links live; other schemes become plain text', () => {
    const html = renderHtmlFragment(
      sampleModel({
        body: doc(
          paragraph(
            link('one', 'javascript:alert(1)'),
            link('two', ' JaVaScRiPt:alert(1)'),
            link('three', 'java\tscript:alert(1)'),
            link('four', 'data:text/html,<script>alert(1)</script>'),
            link('five', '/relative'),
            link('six', { href: 'object' }),
            link('seven', 'vbscript:msgbox(1)'),
          ),
          paragraph(
            link('web', 'https://example.org/a?b=1&c="2"'),
            ' ',
            link('mail', 'mailto:press@example.org'),
          ),
        ),
      }),
    );
    expect(html).toContain('<p dir="auto">onetwothreefourfivesixseven</p>');
    expect(html).not.toMatch(/javascript|vbscript|data:/iu);
    expect(html).toContain(
      '<a href="https://example.org/a?b=1&amp;c=%222%22" class="letter-link-labelled">web</a>',
    );
    expect(html).toContain('<a href="mailto:press@example.org" class="letter-link-labelled">mail</a>');
  });

  it('checks link addresses by what a browser would parse', () => {
    expect(safeHref('https://example.org')).toBe('https://example.org/');
    expect(safeHref('java\nscript:alert(1)')).toBeNull();
    expect(safeHref('  ')).toBeNull();
    expect(escapeHtml(`<a href='x'>"&"</a>`)).toBe('&lt;a href=&#39;x&#39;&gt;&quot;&amp;&quot;&lt;/a&gt;');
  });
});

describe('HTML notes', () => {
  const model = sampleModel({
    body: doc(paragraph('First', ref(1), ' again', ref(1), ' and', ref(2), ' gone', ref(null))),
    notes: [
      { number: 1, id: 'a', text: 'See https://example.org/report.', urls: ['https://example.org/report'] },
      { number: 2, id: 'b', text: 'No address.', urls: [] },
    ],
  });

  it('links references to notes as superscripts, with an id on the first reference only', () => {
    const html = renderHtmlPage(model);
    expect(html).toContain(
      'First<sup class="note-ref"><a href="#note-1" id="note-ref-1" role="doc-noteref" aria-label="Note 1">1</a></sup>',
    );
    expect(html.match(/id="note-ref-1"/gu)).toHaveLength(1);
    expect(html.match(/href="#note-1"/gu)).toHaveLength(2);
    expect(html).toContain(' gone</p>');
  });

  it('links each note back to its first reference and makes its addresses live', () => {
    const html = renderHtmlPage(model);
    expect(html).toContain(
      '<li id="note-1" value="1" dir="auto">See <a href="https://example.org/report">https://example.org/report</a>. <a class="letter-backlink" href="#note-ref-1"',
    );
    expect(html).toContain(
      '<li id="note-2" value="2" dir="auto">No address. <a class="letter-backlink" href="#note-ref-2"',
    );
  });

  it('prefixes ids in an embedded fragment so they cannot clash with the page’s', () => {
    const html = renderHtmlFragment(model, { idPrefix: 'cfu-' });
    expect(html).toContain('href="#cfu-note-1" id="cfu-note-ref-1"');
    expect(html).toContain('<li id="cfu-note-1"');
  });
});

describe('HTML page and fragment', () => {
  it('makes a standalone page with language, direction and a print stylesheet', () => {
    const html = renderHtmlPage(
      sampleModel({ lang: 'ug', date: { iso: '2022-06-08', text: '8 June 2022' } }),
    );
    expect(html.startsWith('<!DOCTYPE html>\n<html lang="ug" dir="auto">')).toBe(true);
    expect(html).toContain('<title>Letter to the High Commissioner</title>');
    expect(html).toContain('@media print');
    expect(html).toContain('<time datetime="2022-06-08">8 June 2022</time>');
  });

  it('makes a fragment with no page or style around it', () => {
    const html = renderHtmlFragment(sampleModel());
    expect(html.startsWith('<article class="letter" lang="en" dir="auto">')).toBe(true);
    expect(html).not.toMatch(/<html|<head>|<body|<style/u);
  });

  it('keeps each paragraph’s direction, for Uyghur among English', () => {
    const html = renderHtmlFragment(
      sampleModel({
        body: doc(
          { type: 'paragraph', attrs: { dir: 'rtl' }, content: [text('ئۇيغۇرلارنىڭ كىشىلىك ھوقۇقى')] },
          { type: 'paragraph', attrs: { dir: 'ltr' }, content: [text('Human rights')] },
          paragraph('བོད་'),
        ),
      }),
    );
    expect(html).toContain('<p dir="rtl">ئۇيغۇرلارنىڭ كىشىلىك ھوقۇقى</p>');
    expect(html).toContain('<p dir="ltr">Human rights</p>');
    expect(html).toContain('<p dir="auto">བོད་</p>');
  });

  it('writes headings below the title, lists, quotes, breaks and emphasis', () => {
    const html = renderHtmlFragment(
      sampleModel({
        body: doc(
          { type: 'heading', attrs: { level: 1 }, content: [text('Demands')] },
          {
            type: 'orderedList',
            attrs: { start: 3 },
            content: [{ type: 'listItem', content: [paragraph(text('Resign', 'bold', 'italic'))] }],
          },
          { type: 'blockquote', content: [paragraph('Line', { type: 'hardBreak' }, 'next')] },
        ),
      }),
    );
    expect(html).toContain('<h2 dir="auto">Demands</h2>');
    expect(html).toContain(
      '<ol dir="auto" start="3">\n<li dir="auto"><p dir="auto"><strong><em>Resign</em></strong></p></li>\n</ol>',
    );
    expect(html).toContain('<blockquote dir="auto">\n<p dir="auto">Line<br>next</p>\n</blockquote>');
  });

  it('writes the signatory block with its count sentence', () => {
    const html = renderHtmlFragment(
      sampleModel({
        signatories: {
          heading: 'Signed by',
          countSentence: '2 organizations have signed this letter.',
          entries: [{ name: 'Act with HK' }, { name: 'Tibet Society', detail: 'UK' }],
        },
      }),
    );
    expect(html).toContain('<p class="letter-count">2 organizations have signed this letter.</p>');
    expect(html).toContain(
      '<li dir="auto">Tibet Society<span class="letter-signatory-detail">, UK</span></li>',
    );
  });
});
