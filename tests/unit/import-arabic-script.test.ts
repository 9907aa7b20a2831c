import { describe, expect, it } from 'vitest';
import { importLetterText } from '../../src-common/import/build-letter';

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
});
