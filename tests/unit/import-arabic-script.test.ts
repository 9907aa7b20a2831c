import { describe, expect, it } from 'vitest';
import { importLetterText } from '../../src-common/import/build-letter';
import { listItems } from '../../src-common/import/segment-lists';

// Right-to-left paragraphs and names in Arabic script must come through whole: the paragraph of the Arabic
// translation of the open letter at rms-open-letter.github.io (index.ar.md), and names of Syrian human-rights and
// news organizations as the Syrian Archive lists them (about/partners_ar.md in tareefdev/beta-content).
const paragraph =
  'نحن الموقعون أدناه، نؤمن بضرورة الاستقلالية الرقمية، والدور القوي الذي تلعبه حرية المستخدم في حماية حقوق الإنسان الأساسية.';
const names = [
  'الشبكة السورية لحقوق الإنسان',
  'شبكة أنباء الشام',
  'بلدي نيوز',
  'وكالة خطوة الإخبارية',
  'مركز حقوق الإنسان في جامعة بيركلي للقانون',
];

// The lines below are those of Human Rights Watch's Arabic statement of 31 organisations on Bassel Khartabil
// (7 October 2015; tests/fixtures/real-letters/html-ar-hrw-khartabil-31-organisations-2015), as text.
const statement =
  'قالت 31 منظمة اليوم إن على السلطات السورية الكشف فورا عن مكان باسل خرطبيل، مطوّر البرمجيات.';
const heading = 'المنظمات الموقعة على البيان:';
const RLM = '\u200F';
const LRM = '\u200E';

function importLines(lines: readonly string[]) {
  let id = 0;
  const imported = importLetterText(lines.join('\n'), () => `id-${(id += 1)}`);
  imported.doc.destroy();
  return imported;
}

describe('a letter in Arabic script', () => {
  it('keeps its right-to-left paragraph and every name whole', () => {
    const letter = [
      '# رسالة مفتوحة',
      '',
      `<p dir='rtl' align='right'>`,
      paragraph,
      '</p>',
      '',
      'الموقعون:',
      '',
      ...names.map((name) => `- ${name}`),
    ].join('\n');
    let id = 0;
    const imported = importLetterText(letter, () => `id-${(id += 1)}`);
    imported.doc.destroy();
    expect(imported.title).toBe('رسالة مفتوحة');
    expect(imported.paragraphs).toContain(paragraph);
    expect(imported.signatories.map((signatory) => signatory.name)).toEqual(names);
  });

  it('reads a list numbered in Arabic-Indic digits, with direction marks at the ends of its lines', () => {
    // A word processor or chat app puts a right-to-left mark at the start or end of each line it copies.
    const imported = importLines([
      'على سوريا كشف مكان اعتقال مدافع عن حرية التعبير',
      '',
      statement,
      '',
      heading,
      '',
      `${RLM}١. عمل المسيحيين لإلغاء التعذيب`,
      `${RLM}٢. منظمة العفو الدولية${RLM}`,
      `٣- المعهد العربي للتنمية والمواطنة${LRM}`,
      '٤) الشبكة العربية لمعلومات حقوق الإنسان',
      `${RLM}٥.${RLM} رابطة الاتصالات التقدمية`,
      '۶. مركز القاهرة لدراسات حقوق الإنسان',
    ]);
    expect(imported.paragraphs).toEqual([statement]);
    expect(imported.signatories.map((signatory) => signatory.name)).toEqual([
      'عمل المسيحيين لإلغاء التعذيب',
      'منظمة العفو الدولية',
      'المعهد العربي للتنمية والمواطنة',
      'الشبكة العربية لمعلومات حقوق الإنسان',
      'رابطة الاتصالات التقدمية',
      'مركز القاهرة لدراسات حقوق الإنسان',
    ]);
  });

  it('reads a country after an Arabic comma or a dash, and keeps a capacity after the comma in the name', () => {
    const capacity = 'الفدرالية الدولية لحقوق الإنسان، ضمن إطار مرصد حماية المدافعين عن حقوق الإنسان';
    const imported = importLines([
      statement,
      '',
      heading,
      'مرصد حقوق المحامين، كندا',
      'باكس من أجل السلام – هولندا',
      'الشبكة السورية لحقوق الإنسان – سورية',
      capacity,
      'الوصول لكل النساء في الحرب (RAW in WAR)',
    ]);
    expect(imported.signatories.map(({ name, country }) => [name, country])).toEqual([
      ['مرصد حقوق المحامين', 'كندا'],
      ['باكس من أجل السلام', 'هولندا'],
      // "سورية" is the older spelling of the runtime's "سوريا".
      ['الشبكة السورية لحقوق الإنسان', 'سورية'],
      [capacity, undefined],
      ['الوصول لكل النساء في الحرب (RAW in WAR)', undefined],
    ]);
  });

  it('splits names written in one line after a label, at each Arabic comma', () => {
    const imported = importLines([
      statement,
      '',
      'المنظمات الموقعة: منظمة العفو الدولية، هيومن رايتس ووتش، مراسلون بلا حدود، مركز الخليج لحقوق الإنسان',
    ]);
    expect(imported.signatories.map((signatory) => signatory.name)).toEqual([
      'منظمة العفو الدولية',
      'هيومن رايتس ووتش',
      'مراسلون بلا حدود',
      'مركز الخليج لحقوق الإنسان',
    ]);
  });

  it('does not read a sentence in the signers’ voice as a list of names, however many commas it holds', () => {
    // Arabic script has no capitals, so only the opening pronoun tells this sentence from a list.
    const clauses = 'منظمات حقوقية، ندعو الحكومة السورية، بلا تأخير، إلى إطلاق سراح باسل خرطبيل';
    expect(listItems(`نحن الموقعون أدناه، ${clauses}`, 3)).toBeNull();
    expect(listItems('منظمة العفو الدولية، هيومن رايتس ووتش، مراسلون بلا حدود', 3)).toEqual([
      'منظمة العفو الدولية',
      'هيومن رايتس ووتش',
      'مراسلون بلا حدود',
    ]);
  });

  it('gives each name the country of the heading it is listed under', () => {
    // The statement's Syrian, Egyptian and Lebanese signatories, grouped as lists by country print them.
    const imported = importLines([
      statement,
      '',
      heading,
      '',
      'سوريا',
      'الشبكة السورية لحقوق الإنسان',
      'مركز توثيق الانتهاكات في سوريا',
      'مصر',
      'مركز القاهرة لدراسات حقوق الإنسان',
      'لبنان:',
      'مركز الدفاع عن الحريات الاعلامية والثقافية "سكايز"',
    ]);
    expect(imported.signatories.map(({ name, country }) => [name, country])).toEqual([
      ['الشبكة السورية لحقوق الإنسان', 'سوريا'],
      ['مركز توثيق الانتهاكات في سوريا', 'سوريا'],
      ['مركز القاهرة لدراسات حقوق الإنسان', 'مصر'],
      ['مركز الدفاع عن الحريات الاعلامية والثقافية "سكايز"', 'لبنان'],
    ]);
  });
});
