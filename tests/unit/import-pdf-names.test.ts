import { describe, expect, it } from 'vitest';
import { splitLeftOut } from '../../src-common/import/left-out';
import { plainToLetterText } from '../../src-common/import/plain-text';

// pdftotext output of pdf-en-netzdg-alliance-ansip-2017 (tests/fixtures/real-letters): no blank lines between
// paragraphs, and the longest names of the signatory list reach the right margin like the lines of a paragraph.
const page = (...lines: string[]) => `${lines.join('\n')}\n\n\f`;
const letterLines = (text: string): string[] => splitLeftOut(plainToLetterText(text)).letter.split('\n');

const prose = [
  'We believe that an overall political strategy is necessary to curb the proliferation of hate speech and',
  'deliberate fake news on the internet. However, the draft law does not meet the requirement to adequately',
  'protect the freedom of expression. On the contrary – it jeopardises the core principles of free expression.',
  'Therefore, we call for a cross-societal approach which intensifies criminal prosecution and law',
  'enforcement while also strengthening counter speech, fostering media literacy, and preserving a',
  'regulatory framework that respects freedom of expression in the deletion or blocking of unlawful',
  'content.',
  'Yours sincerely,',
  'Volker Tripp',
];

describe('names one a line that reach the margin', () => {
  it('starts a new name after one that ends with its legal form', () => {
    const text = page(
      ...prose,
      'Signatories of the Declaration for Freedom of Expression are:',
      'Amadeu Antonio Stiftung',
      'Bitkom – Bundesverband Informationswirtschaft, Telekommunikation und neue Medien e.V.',
      'BIU – Bundesverband Interaktive Unterhaltungssoftware e.V.',
      'Bundesverband Deutsche Startups e.V.',
    );
    expect(letterLines(text).slice(-3)).toEqual([
      'Bitkom – Bundesverband Informationswirtschaft, Telekommunikation und neue Medien e.V.',
      'BIU – Bundesverband Interaktive Unterhaltungssoftware e.V.',
      'Bundesverband Deutsche Startups e.V.',
    ]);
  });

  it('starts a new name at a person’s title', () => {
    const text = page(
      ...prose,
      'Wikimedia Deutschland – Gesellschaft zur Förderung Freien Wissens e. V.',
      'Additional signatories are:',
      'Dr. Ulf Buermeyer, LL.M., Chairman of GFF (Gesellschaft für Freiheitsrechte / Society for Civil Rights)',
      'Dr. Frederik Ferreau, Research assistant, University of Cologne',
      'Prof. Dr Hubertus Gersdorf, Jurist',
    );
    expect(letterLines(text).slice(-3)).toEqual([
      'Dr. Ulf Buermeyer, LL.M., Chairman of GFF (Gesellschaft für Freiheitsrechte / Society for Civil Rights)',
      'Dr. Frederik Ferreau, Research assistant, University of Cologne',
      'Prof. Dr Hubertus Gersdorf, Jurist',
    ]);
  });

  it('still joins the lines of a paragraph that reach the margin', () => {
    expect(letterLines(page(...prose)).slice(0, 2)).toEqual([
      'We believe that an overall political strategy is necessary to curb the proliferation of hate speech and ' +
        'deliberate fake news on the internet. However, the draft law does not meet the requirement to adequately ' +
        'protect the freedom of expression. On the contrary – it jeopardises the core principles of free expression.',
      'Therefore, we call for a cross-societal approach which intensifies criminal prosecution and law enforcement ' +
        'while also strengthening counter speech, fostering media literacy, and preserving a regulatory framework that ' +
        'respects freedom of expression in the deletion or blocking of unlawful content.',
    ]);
  });
});
