import { describe, expect, it } from 'vitest';
import { importLetterText } from '../../src-common/import/build-letter';
import { linesOf, segmentLetter } from '../../src-common/import/segment';

function imported(lines: readonly string[]) {
  let id = 0;
  return importLetterText(lines.join('\n'), () => `id-${(id += 1)}`);
}

const REPORT_ZH =
  '保安局局長李家超周二宣布，擬根據助理社團事務主任建議，行使香港法例第151章《社團條例》第8條，禁止香港民族黨運作。';
const LETTER_ZH =
  '7月17日，香港民族黨召集人陳浩天收到警務署助理社團主任信件，稱據其及該黨過去的言行引用《社團條例》。';

describe('a letter quoted in a news report', () => {
  it('takes the title after "全文：", not the report’s headline, and drops book-title marks', () => {
    const lines = [
      '---',
      'title: "60多個團體聯署批政府禁民族黨運作：「斬件實施」23條"',
      '---',
      '# 60多個團體聯署批政府禁民族黨運作：「斬件實施」23條',
      '',
      REPORT_ZH,
      '',
      '**民間聯合聲明全文：**',
      '',
      '《譴責打壓結社自由公民權利不容讓步》',
      '',
      LETTER_ZH,
    ];
    const letter = imported(lines);
    expect(letter.title).toBe('譴責打壓結社自由公民權利不容讓步');
    expect(linesOf(lines, letter.segments.preamble)).toContain(REPORT_ZH);
    expect(letter.paragraphs).toEqual([LETTER_ZH]);
  });

  it('joins a Chinese title’s second line, a short line with no punctuation', () => {
    const lines = [
      '# 113位中學校長聯署　呼籲港府立即擱置修訂逃犯條例',
      '',
      '以下是呼籲內容全文：',
      '',
      '### 還年輕人希望和愛',
      '',
      '懇請港府立即擱置修訂逃犯條例',
      '',
      '過去一星期，作為中學校長，我們有著難以言諭的心痛。',
    ];
    expect(imported(lines).title).toBe('還年輕人希望和愛 懇請港府立即擱置修訂逃犯條例');
    const salutation = [
      '### 公開信全文：',
      '',
      '國際學者給台灣人民的公開信',
      '',
      '享有民主的台灣人民加油！',
      '',
      LETTER_ZH,
    ];
    expect(imported(salutation).title).toBe('國際學者給台灣人民的公開信');
  });

  it('takes a page’s own heading for the letter when the main heading only says "Open letter"', () => {
    const lines = [
      '# Offener Brief',
      '',
      'Hier kannst du helfen! Unterzeichne den offenen Brief, um unserer Botschaft mehr Nachdruck zu verleihen.',
      '',
      '## Public Money? Public Code!',
      '',
      'Die von unseren öffentlichen Verwaltungen angebotenen und genutzten digitalen Dienste sind die kritische Infrastruktur demokratischer Nationen des 21. Jahrhunderts.',
    ];
    expect(linesOf(lines, segmentLetter(lines).title)).toEqual(['## Public Money? Public Code!']);
  });

  it('keeps the main heading when the letter under it has sections', () => {
    const lines = [
      '# Open letter',
      '',
      'Dear Members of the European Parliament,',
      '',
      '## Our demands',
      '',
      'We ask you to vote against the proposal, which would end the privacy of correspondence for everyone in the Union.',
    ];
    expect(linesOf(lines, segmentLetter(lines).title)).toEqual(['# Open letter']);
  });

  it('takes the "Assunto:" line of a letter’s head after a news lede as the title, keeping the head in the body', () => {
    const lines = [
      'Na última quarta-feira (6), o Instituto Brasileiro de Defesa do Consumidor (IDEC) encaminhou uma carta assinada por mais de 60 entidades pedindo que o Senado Federal rejeite o projeto.',
      '',
      'A seguir, a íntegra da carta:',
      '',
      'São Paulo 06 de maio de 2015.',
      '',
      'Exmo. Sr. Renan Calheiros -Presidente do Senado Federal',
      '',
      '**Assunto: Carta das entidades da sociedade civil contra o PL 4148/2008**',
      '',
      'O Idec – Instituto Brasileiro de Defesa do Consumidor, a FNECDC e a BRASILCON vêm manifestar sua preocupação com a aprovação do projeto de lei pela Câmara dos Deputados.',
    ];
    const letter = imported(lines);
    expect(letter.title).toBe('Carta das entidades da sociedade civil contra o PL 4148/2008');
    expect(letter.paragraphs.slice(0, 2)).toEqual([
      'São Paulo 06 de maio de 2015.',
      'Exmo. Sr. Renan Calheiros -Presidente do Senado Federal',
    ]);
  });

  it('leaves out a lede that reports the letter before the letter speaks for its signers', () => {
    const lines = [
      '*Da Fundação Right Livelihood Award*',
      'Uma declaração assinada por 56 ganhadores do Right Livelihood Award, de 35 países, condena a matança de civis, muitos deles, crianças.',
      'Como ganhadores do Right Livelihood Award, nós condenamos energicamente a matança de centenas de crianças e civis inocentes.',
    ];
    const segments = segmentLetter(lines);
    expect(segments.title).toEqual({ start: 2, end: 2 });
    expect(linesOf(lines, segments.body)).toEqual([lines[2]]);
  });

  // The shape of a blog's re-post of an open letter against ACTA: the campaign's press release, then the letter in a
  // quote under its own heading.
  it('opens the letter at a heading repeating the front matter’s title, after a press release', () => {
    const lines = [
      '---',
      'title: "ACTA: Una minaccia globale alla Libertà (Open Letter)"',
      '---',
      '[La Quadrature du Net Press Release](http://www.laquadrature.net/en/acta) ([see below](http://example.org/#openletter)).',
      '',
      'Paris, December 10th 2009 - **A worldwide coalition of Non-Governmental Organizations publish an open letter.**',
      '',
      'By December 17th, 2009, European negotiators will submit their position on the Internet chapter of ACTA.',
      '',
      '**The first signatories of the open letter include: La Quadrature du Net, ScambioEtico, EDRi.**',
      '',
      '### ACTA: Una Minaccia Globale alla Libertà',
      '',
      '#### open letter',
      '',
      'L’Accordo Commerciale Anti-Contraffazione (ACTA) è un ampio accordo intergovernativo in fase di negoziazione.',
    ];
    const letter = imported(lines);
    expect(letter.title).toBe('ACTA: Una minaccia globale alla Libertà (Open Letter)');
    expect(letter.segments.title.start).toBe(11);
    expect(linesOf(lines, letter.segments.preamble)).toContain(lines[7]);
    expect(letter.paragraphs.some((paragraph) => paragraph.includes('European negotiators'))).toBe(false);
    expect(letter.paragraphs.at(-1)).toContain('ampio accordo intergovernativo');
  });
});

// Lines of ScambioEtico's open letter to the Italian Parliament on ACTA (February 2010), as its blog post gives it.
describe('a blog post that introduces the letter in bold', () => {
  const intro = [
    '---',
    "title: ACTA: No al segreto, si alla conoscenza. Basta con l'inerzia!",
    '---',
    '',
    "**Dopo l'interrogazione dell'8 dicembre 2009 presentata da Christian Engström la preoccupazione diventa sempre maggiore. Invece in Italia...**",
    '',
    '**...come peraltro in gran parte degli altri paesi della UE, nessuno sembra interessarsene. Per questo motivo abbiamo deciso di inviare una lettera aperta a tutti i parlamentari italiani.**',
    '',
  ];
  const letter = [
    'Onorevoli Membri del Parlamento,',
    '',
    "dai numerosi documenti ufficiali trapelati emerge che tra l'Unione Europea e Paesi terzi sono in corso trattative segrete.",
  ];

  it('starts the letter at its salutation and leaves the bold introduction out of the body', () => {
    const result = imported([...intro, ...letter]);
    expect(result.title).toBe("ACTA: No al segreto, si alla conoscenza. Basta con l'inerzia!");
    expect(result.paragraphs[0]).toBe('Onorevoli Membri del Parlamento,');
    expect(result.paragraphs.join(' ')).not.toContain('Invece in Italia');
  });

  it('keeps a paragraph in plain type before the salutation, which may be the letter’s own', () => {
    const plain = intro.map((line) => line.replace(/^\*\*|\*\*$/gu, ''));
    const result = imported([...plain, ...letter]);
    expect(result.paragraphs.join(' ')).toContain('Invece in Italia');
  });
});
