import { describe, expect, it } from 'vitest';
import { importLetterText } from '../../src-common/import/build-letter';
import {
  assignLine,
  blockLines,
  linesOf,
  normaliseSegments,
  partOfLine,
  partOrder,
  segmentLetter,
} from '../../src-common/import/segment';
import { isClosing, isSignatoryHeading } from '../../src-common/import/segment-headings';
import { isJunkLine, publicationDate } from '../../src-common/import/segment-junk';
import { nameScore } from '../../src-common/import/segment-names';

const PROSE =
  'Hoy, de cara a una pandemia mundial, es el momento de romper el tabú y dar un paso al frente por una ciudadanía plena.';

function parts(lines: readonly string[]) {
  const segments = segmentLetter(lines);
  return {
    segments,
    body: linesOf(lines, segments.body),
    signatories: blockLines(lines, segments.signatories),
    notes: linesOf(lines, segments.notes),
    junk: linesOf(lines, segments.junk),
  };
}

describe('signatory headings in many languages', () => {
  it.each([
    'Firmantes iniciales:',
    'Assinam esta nota:',
    'Premiers Signataires :',
    'Unterzeichner:',
    'Unterzeichner*innen',
    'Erstunterzeichnende',
    'Organisations signataires',
    'Organizaciones firmantes',
    'Firmatari',
    'Endorsed by',
    'Initial signatories:',
    'Signatories (120)',
    '聯署團體',
    '签署',
    'الموقعون',
    'المنظمات الموقعة على البيان:',
    'الموقعون على هذه الرسالة',
    'امضاکنندگان:',
    'دستخط کنندگان',
  ])('reads "%s" as a heading', (heading) => {
    expect(isSignatoryHeading(heading)).toBe(true);
  });

  it('reads a heading that names what was signed only when it is marked as one', () => {
    expect(isSignatoryHeading('FIRMAS CARTA A LA CCMA', true)).toBe(true);
    expect(isSignatoryHeading('Firmas carta a la CCMA')).toBe(false);
    expect(isSignatoryHeading('Assinada por mais de 260 pessoas e coletivos.')).toBe(false);
  });

  it('takes the list after a label on the same line as the block', () => {
    const lines = [
      'Carta',
      '',
      'Por um Judiciário democrático, transparente e defensor dos direitos humanos, como sempre dissemos.',
      'Maceió, 01 de junho de 2018.',
      '',
      'Assinam esta Carta: Articulação Justiça e Direitos Humanos (JusDh), Sindicato dos Jornalistas (Sindjornal)',
    ];
    const { body, signatories } = parts(lines);
    expect(body.at(-1)).toBe('Maceió, 01 de junho de 2018.');
    expect(signatories).toEqual([
      'Articulação Justiça e Direitos Humanos (JusDh), Sindicato dos Jornalistas (Sindjornal)',
    ]);
  });

  it('drops a count label after a Chinese heading, and keeps an initiator named after one', () => {
    const lines = [
      '聲明',
      '',
      '最後我們重申，抗爭運動至始於要求撤回修訂草案。',
      '',
      '**發起組織：中學生連線**',
      '中學時政',
    ];
    expect(parts(lines).signatories).toEqual(['中學生連線', '中學時政']);
    const counted = [
      '聲明',
      '',
      '最後我們重申，抗爭運動至始於要求撤回修訂草案。',
      '**聯署組織：（共359個學校關注組及學生組織）**',
      '港人心聲',
    ];
    expect(parts(counted).signatories).toEqual(['港人心聲']);
  });
});

describe('closings after which the names follow', () => {
  it.each([
    'Signed,',
    'Sincerely,',
    '_Sincerely,_',
    'Yours sincerely,',
    'Best regards,',
    'Mit freundlichen Grüssen',
    'Atenciosamente,',
    'Cordialement,',
  ])('reads "%s" as a closing', (closing) => {
    expect(isClosing(closing.replace(/_/gu, ''))).toBe(true);
  });

  it('keeps the closing in the body and starts the block on the next line', () => {
    const lines = [
      'Dear GitHub,',
      '',
      'We still believe in GitHub as a platform, as a place to help the open source community.',
      '',
      'Signed,',
      '',
      '- Daniel Appelquist, @torgo (Co-Chair, W3C Technical Architecture Group)',
      '- Tony Arcieri, @tarcieri (iqlusion, RustSec)',
    ];
    const { body, signatories, segments } = parts(lines);
    expect(body.at(-1)).toBe('Signed,');
    expect(signatories[0]).toMatch(/Daniel Appelquist/u);
    // A letter that opens with its salutation has no title line.
    expect(segments.title.end).toBe(segments.title.start);
  });
});

describe('a signatory block no heading announces', () => {
  it('scores names above prose', () => {
    expect(nameScore('Solidarity City Berlin')).toBeGreaterThan(0);
    expect(
      nameScore('KuB – Kontakt- und Beratungsstelle für Flüchtlinge und Migrant_innen e.V.'),
    ).toBeGreaterThan(0);
    expect(nameScore('Danny Glover, filmmaker and activist (USA)')).toBeGreaterThan(0);
    expect(nameScore('| Göttingen Zero |')).toBeGreaterThan(0);
    expect(nameScore(PROSE)).toBeLessThan(-1);
    expect(nameScore('Brasília, 29 de abril de 2019')).toBeLessThan(0);
    expect(
      nameScore('trámites de legalización; Italia emitió permisos de residencia especiales, lo que hasta'),
    ).toBeLessThan(0);
  });

  it('finds the run of names after the last sentence, leaving the place and date in the body', () => {
    const lines = [
      'ARTICULAÇÃO NACIONAL DOS TRABALHADORES',
      '',
      PROSE,
      '',
      'Brasília, 29 de abril de 2019',
      '',
      'CONTAG – Confederação Nacional de Trabalhadores Rurais Agricultores/as Familiares',
      'MST – Movimento dos Trabalhadores Rurais Sem Terra',
      'MMC – Movimento de Mulheres Camponesas',
      'CTB- Central dos Trabalhadores/as do Brasil',
    ];
    const { body, signatories } = parts(lines);
    expect(body).toEqual([PROSE, 'Brasília, 29 de abril de 2019']);
    expect(signatories).toHaveLength(4);
  });

  it('leaves a short list inside the body alone', () => {
    const lines = [
      'Our letter',
      '',
      PROSE,
      '',
      '- one demand',
      '- another demand',
      '- a third demand',
      '',
      PROSE,
    ];
    expect(parts(lines).signatories).toEqual([]);
  });
});

describe('a notes block before the signatory block', () => {
  const lines = [
    'Statement',
    '',
    'We reject all persecution of digital rights defenders, as Amnesty International did.[1] And others.[2]',
    '',
    'Notes:',
    '[1] Amnesty International, Ecuador: Government interfered, https://www.amnesty.org/en/latest/',
    '[2] https://twitter.com/davidakaye/status/1117489081397547008',
    '',
    'Signatories',
    '1. Access Now, Global',
    '2. Article 19, United Kingdom',
    '3. Derechos Digitales, Chile',
  ];

  it('is a part of its own, before the signatories, and the review screen shows them in that order', () => {
    const segments = segmentLetter(lines);
    expect(partOrder(segments)).toEqual(['preamble', 'title', 'body', 'notes', 'signatories', 'junk']);
    expect(partOfLine(segments, 6)).toBe('notes');
    expect(partOfLine(segments, 10)).toBe('signatories');
    expect(normaliseSegments(segments, lines.length)).toEqual(segments);
  });

  it('keeps the notes and reads the numbered names as signatories, not as notes 1–3', () => {
    let id = 0;
    const imported = importLetterText(lines.join('\n'), () => `id-${(id += 1)}`);
    expect(imported.notes.map((note) => note.number)).toEqual([1, 2]);
    expect(imported.notes[0]?.text).toMatch(/^Amnesty International/u);
    expect(imported.signatories.map((entry) => entry.name)).toEqual([
      'Access Now',
      'Article 19',
      'Derechos Digitales',
    ]);
  });

  it('moves lines between the parts like any other boundary, losing none', () => {
    const segments = segmentLetter(lines);
    const moved = assignLine(segments, 8, 'notes', lines.length);
    expect(linesOf(lines, moved.notes).at(-1)).toBe('Signatories');
    const all = partOrder(moved).flatMap((part) => linesOf(lines, moved[part]));
    expect(all).toEqual(lines.filter((line) => line !== ''));
  });
});

describe('a numbered list of signatories at the letter’s end', () => {
  it('starts at item 1, though its first items read like prose', () => {
    // The international scholars' letter to the people of Taiwan.
    const lines = [
      '國際學者給台灣人民的公開信',
      '',
      '我們呼籲台灣人民看清未來作為自由與民主國家，成為國際社會完整與平等成員的前景。這個過程可能緩慢和繁複，但基本要務是自己要團結支持以渡過風浪。',
      '',
      '1. John J. Tkacik, International Assessment and Strategy Center, Retired US Foreign Service Officer, Alexandria, VA',
      '2. Clive Ansley, International Lawyer, Courtenay, BC, Canada',
      '3. Thomas Bartlett, Stanford University, Palo Alto, CA',
      '4. Joseph A. Bosco, Georgetown University (ret), formerly at the Office of the Secretary of Defense, US Department of Defense, Washington, DC',
      '5. Kevin Carrico, Monash University. Melbourne, Australia',
      '6. Gordon G. Chang, Author, New York',
      '7. Frank Chiang, Fordham University, New York',
      '8. Peter Chow, City University of New York',
      '9. Jerome A. Cohen, New York University',
    ];
    expect(parts(lines).signatories[0]).toBe(lines[4]);
    expect(parts(lines).signatories).toHaveLength(9);
  });
});

describe('a statement signed by one name', () => {
  // The Göttinger Klimabündnis' statement on the Cheltenhampark, with its Markdown footnotes as letter text.
  const statement = [
    'Keine Anpassung urbaner Räume an den Klimawandel',
    '',
    'Göttingen hätte sich mit dieser Politik erfolgreich auf ein Bundesprojekt zur Rettung bedrohter Parkplätze bewerben können.',
    '',
    '***Göttinger Klimabündnis***',
    '',
    'Weitere Anmerkungen',
    '',
    '[1] unter dem Namen: "Sanierung Cheltenhampark und Wiederherstellung der Wallverbindungen"',
  ];

  it('reads the name set apart after the last paragraph as the signatory, and the notes under their heading', () => {
    const found = parts(statement);
    expect(found.signatories).toEqual(['***Göttinger Klimabündnis***']);
    expect(found.notes[0]).toBe('Weitere Anmerkungen');
    expect(found.body.at(-1)).toBe(statement[2]);
  });

  it('leaves a closing call in bold in the body', () => {
    const call = statement.slice(0, 4).concat(['**Jetzt handeln, bevor es zu spät ist!**']);
    expect(parts(call).signatories).toEqual([]);
  });
});

describe('page furniture', () => {
  it.each([
    'Share: Mastodon Bluesky',
    'Download the signed PDF',
    'Posted on 17 December 2019',
    'Sign the letter',
    'Ways to sign this letter:',
    'Tags: ACTA, copyright',
    'Powered by Publii',
    '請加入成為眾新聞的月費訂戶，長期支持我們的工作。',
    // The MST's editor credit and Health for Future's mail link, under their lists.
    '*Editado por Leonardo Fernandes',
    'Weitere Informationen...',
  ])('reads "%s" as furniture', (line) => {
    expect(isJunkLine(line)).toBe(true);
  });

  it.each(['Editora Expressão Popular', 'Edited volumes of the Network', 'Informationen für alle e.V.'])(
    'keeps the name "%s"',
    (line) => {
      expect(isJunkLine(line)).toBe(false);
    },
  );

  it('ends the signatory block at the first line of furniture', () => {
    const lines = [
      'Title',
      '',
      PROSE,
      '',
      'Signed by:',
      'Free Tibet',
      'Tibet Watch',
      '',
      'Share: Mastodon Bluesky',
      'Next post',
    ];
    expect(parts(lines).junk).toEqual(['Share: Mastodon Bluesky', 'Next post']);
  });

  it('takes the publication date from a "Published" line', () => {
    expect(publicationDate('Published 3 March 2025')).toBe('2025-03-03');
    expect(publicationDate('Posted on 2019-12-17')).toBe('2019-12-17');
    expect(publicationDate('Published by the coalition')).toBeNull();
  });
});
