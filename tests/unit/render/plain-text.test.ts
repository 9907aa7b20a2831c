import { describe, expect, it } from 'vitest';
import { PLAIN_TEXT_WIDTH, renderPlainText, wrapText } from '../../../src-common/render/plain-text';
import { doc, link, paragraph, ref, sampleModel, text } from './sample-model';

const LONG_URL =
  'https://www.ohchr.org/en/press-releases/2020/06/un-experts-call-decisive-measures-protect-fundamental-freedoms-china?LangID=E&NewsID=26006';

describe('wrapping at 72 columns', () => {
  it('never makes a line longer than 72 columns, except for one word that is longer by itself', () => {
    const prose = 'During her six-day visit to China, the first by a High Commissioner since 2005, '.repeat(
      8,
    );
    const lines = wrapText(`${prose}see ${LONG_URL} for more, ${prose}`, PLAIN_TEXT_WIDTH);
    for (const line of lines) {
      expect(line.length <= 72 || line === LONG_URL, line).toBe(true);
    }
    expect(lines).toContain(LONG_URL);
  });

  it('never breaks an address, even one that starts mid-line', () => {
    const lines = wrapText(`OHCHR, 26 June 2020: ${LONG_URL}`, 72, '[3] ', '    ');
    expect(lines).toEqual(['[3] OHCHR, 26 June 2020:', `    ${LONG_URL}`]);
  });

  it('counts characters, not UTF-16 units, and keeps hard line breaks', () => {
    const word = '𝒜'.repeat(10);
    expect(wrapText(`${word} ${word}`, 21)).toEqual([`${word} ${word}`]);
    expect(wrapText('one\ntwo', 72)).toEqual(['one', 'two']);
  });
});

describe('plain-text export', () => {
  it('writes references as [n] and notes with their full addresses', () => {
    const output = renderPlainText(
      sampleModel({
        body: doc(paragraph('Bachelet should resign', ref(1), '.')),
        notesHeading: 'Editors’ Notes',
        notes: [
          {
            number: 1,
            id: 'a',
            text: `OHCHR, ‘UN experts call for decisive measures’ 26 June 2020:\n${LONG_URL}`,
            urls: [],
          },
        ],
      }),
    );
    expect(output).toBe(
      [
        'Letter to the High Commissioner',
        '===============================',
        '',
        'Bachelet should resign[1].',
        '',
        'Editors’ Notes',
        '--------------',
        '',
        '[1] OHCHR, ‘UN experts call for decisive measures’ 26 June 2020:',
        `    ${LONG_URL}`,
        '',
      ].join('\n'),
    );
  });

  it('writes links with their address, and drops the address of a link that may not be published', () => {
    const output = renderPlainText(
      sampleModel({
        body: doc(
          paragraph(
            link('the report', 'https://example.org/report'),
            ', ',
            link('https://example.org/x', 'https://example.org/x'),
            ', ',
            link('press@example.org', 'mailto:press@example.org'),
            ', ',
            link('click', 'javascript:alert(1)'),
          ),
        ),
      }),
    );
    expect(output).toContain(
      'the report <https://example.org/report>, <https://example.org/x>,\n<mailto:press@example.org>, click\n',
    );
  });

  it('keeps lists, headings and quotes readable', () => {
    const item =
      'Release the report on the human rights violations against Uyghurs and other Turkic communities.';
    const output = renderPlainText(
      sampleModel({
        body: doc(
          { type: 'heading', attrs: { level: 2 }, content: [text('Our demands')] },
          {
            type: 'orderedList',
            content: [
              { type: 'listItem', content: [paragraph('Resign.')] },
              { type: 'listItem', content: [paragraph(item)] },
            ],
          },
          { type: 'bulletList', content: [{ type: 'listItem', content: [paragraph('One')] }] },
          { type: 'blockquote', content: [paragraph('“deeply worrying”')] },
        ),
      }),
    );
    expect(output).toContain(
      [
        'Our demands',
        '-----------',
        '',
        '1. Resign.',
        '2. Release the report on the human rights violations against Uyghurs and',
        '   other Turkic communities.',
        '',
        '- One',
        '',
        '> “deeply worrying”',
      ].join('\n'),
    );
  });

  it('lists the signatories one a line after the count sentence', () => {
    const output = renderPlainText(
      sampleModel({
        signatories: {
          heading: 'Signed by',
          countSentence: '2 organizations have signed this letter.',
          entries: [{ name: 'Act with HK' }, { name: 'Tibet Society', detail: 'UK' }],
        },
      }),
    );
    expect(output).toContain(
      'Signed by\n---------\n\n2 organizations have signed this letter.\n\nAct with HK\nTibet Society, UK\n',
    );
  });
});
