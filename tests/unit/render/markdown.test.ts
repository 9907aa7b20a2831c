import { describe, expect, it } from 'vitest';
import { escapeMarkdown, renderMarkdown } from '../../../src-common/render/markdown';
import { doc, link, paragraph, ref, sampleModel, text } from './sample-model';

describe('Markdown export', () => {
  it('writes note references as footnotes and the notes as their definitions, addresses whole', () => {
    const markdown = renderMarkdown(
      sampleModel({
        body: doc(paragraph('Resign now', ref(1), ', as promised', ref(2), '.', ref(1))),
        notesHeading: 'Editors’ Notes',
        notes: [
          {
            number: 1,
            id: 'a',
            text: 'Report, available at:\nhttps://s7712.pcdn.co/2021_Colonial_Report_(Digital).pdf',
            urls: [],
          },
          { number: 2, id: 'b', text: 'A *starred* claim', urls: [] },
        ],
      }),
    );
    expect(markdown).toContain('Resign now[^1], as promised[^2].[^1]');
    expect(markdown).toContain(
      '## Editors’ Notes\n\n[^1]: Report, available at: <https://s7712.pcdn.co/2021_Colonial_Report_(Digital).pdf>\n[^2]: A \\*starred\\* claim\n',
    );
  });

  it('escapes what Markdown would read as markup, raw HTML included', () => {
    const markdown = renderMarkdown(
      sampleModel({
        title: '<script>alert(1)</script>',
        body: doc(
          paragraph('# not a heading [link](javascript:x) *not em* &amp; 1. not a list'),
          paragraph('- dash'),
        ),
      }),
    );
    expect(markdown).toContain('# \\<script\\>alert(1)\\</script\\>');
    expect(markdown).toContain(
      '\\# not a heading \\[link\\](javascript:x) \\*not em\\* \\&amp; 1. not a list',
    );
    expect(markdown).toContain('\n\\- dash\n');
    expect(escapeMarkdown('1. First')).toBe('1\\. First');
  });

  it('keeps only web and e-mail links', () => {
    const markdown = renderMarkdown(
      sampleModel({
        body: doc(
          paragraph(
            link('bad', 'javascript:alert(1)'),
            ' ',
            link('good', 'https://example.org/a b'),
            ' ',
            link('mail', 'mailto:a@example.org'),
          ),
        ),
      }),
    );
    expect(markdown).toContain('bad [good](<https://example.org/a%20b>) [mail](<mailto:a@example.org>)');
    expect(markdown).not.toContain('javascript');
  });

  it('writes headings, lists, quotes, breaks and emphasis', () => {
    const markdown = renderMarkdown(
      sampleModel({
        body: doc(
          { type: 'heading', attrs: { level: 2 }, content: [text('Demands')] },
          {
            type: 'bulletList',
            content: [
              { type: 'listItem', content: [paragraph(text('Resign ', 'bold'), 'now')] },
              { type: 'listItem', content: [paragraph('Publish the report')] },
            ],
          },
          {
            type: 'blockquote',
            content: [paragraph(text('Quoted', 'italic'), { type: 'hardBreak' }, 'line')],
          },
        ),
      }),
    );
    expect(markdown).toContain(
      '### Demands\n\n- **Resign** now\n- Publish the report\n\n> *Quoted*\\\n> line\n',
    );
  });

  it('writes the signatory block', () => {
    const markdown = renderMarkdown(
      sampleModel({
        signatories: {
          heading: 'Signed by',
          countSentence: '2 organizations have signed this letter.',
          entries: [{ name: 'Act with HK' }, { name: 'Tibet_Society', detail: 'UK' }],
        },
      }),
    );
    expect(markdown).toContain(
      '## Signed by\n\n2 organizations have signed this letter.\n\n- Act with HK\n- Tibet\\_Society, UK\n',
    );
  });
});
