import { describe, expect, it } from 'vitest';
import { readPastedList } from '../../../src-common/signatories/cleanup/pasted-list';
import {
  allSuggestionIds,
  applySuggestions,
  type BlockEntry,
} from '../../../src-common/signatories/cleanup/suggestions';

// People sign with what they do; the name must come out clean, the role goes to the note, a country to the
// country. Excerpts from the letters of tests/fixtures/real-letters.

function read(lines: readonly string[]): BlockEntry[] {
  const list = readPastedList(lines.join('\n'));
  if (!list.parse) {
    throw new Error(list.refusal);
  }
  return applySuggestions(list.parse, allSuggestionIds(list.parse));
}

const triples = (entries: readonly BlockEntry[]) =>
  entries.map((entry) => [entry.name, entry.country, entry.note ?? '']);

describe('a person with a role', () => {
  it('reads "Name, role (Country)" and "Name, role, Country"', () => {
    expect(
      triples(
        read([
          'Danny Glover, filmmaker and activist (USA)',
          'Nicole Fabricant, Associate Professor of Anthropology, Towson University',
          'Jan Rus, Centro de Estudios Superiores de México y Centroamérica, Chiapas, MEXICO',
          'Alexander Main, senior associate at Center for Economic and Policy Research, USA',
        ]),
      ),
    ).toEqual([
      ['Danny Glover', 'USA', 'filmmaker and activist'],
      ['Nicole Fabricant', '', 'Associate Professor of Anthropology, Towson University'],
      ['Jan Rus', 'MEXICO', 'Centro de Estudios Superiores de México y Centroamérica, Chiapas'],
      ['Alexander Main', 'USA', 'senior associate at Center for Economic and Policy Research'],
    ]);
  });

  it('reads "Name - ruolo (Paese)" with the country in the letter’s language', () => {
    expect(
      triples(
        read([
          'Annie Ernaux - scrittrice Premio Nobel (Francia)',
          'Roger Waters - musicista (Regno Unito)',
          'Yanis Varoufakis - economista e docente, ex ministro (Grecia)',
        ]),
      ),
    ).toEqual([
      ['Annie Ernaux', 'Francia', 'scrittrice Premio Nobel'],
      ['Roger Waters', 'Regno Unito', 'musicista'],
      ['Yanis Varoufakis', 'Grecia', 'economista e docente, ex ministro'],
    ]);
  });

  it('reads a middle initial, a name ending in a particle, a dash typed against a word, a one-word note', () => {
    expect(
      triples(
        read([
          'Harry E. Vanden, Professor, University of South Florida',
          'Kushal Das, @kushaldas',
          'Tania Pedroni- Sceneggiatrice (Italia)',
          'Cristina Rajola - Fund manager',
          'Christian Heimes (Python)',
          '&bull; Swami Agnivesh, India (RLA 2004)<br />',
        ]),
      ),
    ).toEqual([
      ['Harry E. Vanden', '', 'Professor, University of South Florida'],
      ['Kushal Das', '', ''],
      ['Tania Pedroni', 'Italia', 'Sceneggiatrice'],
      ['Cristina Rajola', '', 'Fund manager'],
      ['Christian Heimes', '', 'Python'],
      ['Swami Agnivesh', 'India', 'RLA 2004'],
    ]);
  });

  it('reads "Name – role" and keeps a title before the name', () => {
    expect(
      read([
        'Celio Turino - historiador',
        'Douglas Belchior – Liderança do Movimento Negro',
        'Deputado Chico Alencar - PSOL/RJ',
        'Cezar Britto, ex presidente da OAB',
      ]).map((entry) => entry.name),
    ).toEqual(['Celio Turino', 'Douglas Belchior', 'Deputado Chico Alencar', 'Cezar Britto']);
  });

  it('reads "SURNAME Firstname, role" and a handle with an affiliation in brackets', () => {
    expect(
      read([
        'BEAUFILS Bruno, enseignant-chercheur en informatique, Université de Lille, IUT "A"',
        'Daniel Appelquist, @torgo (Co-Chair, W3C Technical Architecture Group)',
        '- Molly de Blanc (Debian Project, GNOME Foundation)',
      ]).map((entry) => entry.name),
    ).toEqual(['BEAUFILS Bruno', 'Daniel Appelquist', 'Molly de Blanc']);
  });

  it('reads a bold name followed by what the person does', () => {
    expect(
      triples(
        read([
          '- **Ada Parellada Garrell** Restauradora',
          '- **Amaranta Herrero Cabrejas** Doctora en Sociología Ecológica, UAB',
        ]),
      ),
    ).toEqual([
      ['Ada Parellada Garrell', '', 'Restauradora'],
      ['Amaranta Herrero Cabrejas', '', 'Doctora en Sociología Ecológica, UAB'],
    ]);
  });
});

describe('a country after the role', () => {
  it('is read before a remark in brackets, and may be two countries', () => {
    expect(
      triples(
        read([
          'Uri Avnery, Fundador de Gush Shalom, Israel (RLA 2001)',
          'René Ngongo Mateso, República Democrática del Congo (RLA 2009)',
          'Eyal Sivan - regista (Israele - Francia)',
          'Nan van Houte - attrice (Paesi Bassi / Belgio)',
        ]),
      ),
    ).toEqual([
      ['Uri Avnery', 'Israel', 'Fundador de Gush Shalom (RLA 2001)'],
      ['René Ngongo Mateso', 'República Democrática del Congo', 'RLA 2009'],
      ['Eyal Sivan', 'Israele - Francia', 'regista'],
      ['Nan van Houte', 'Paesi Bassi / Belgio', 'attrice'],
    ]);
  });
});

describe('an organization that is not a person', () => {
  it('reads an acronym and a country as a section when the list holds several ("FIAN Sweden", "FIAN Germany")', () => {
    expect(
      triples(read(['FIAN Sweden', 'FIAN Germany', 'CCC Switzerland', 'Uyghur Association France'])),
    ).toEqual([
      ['FIAN', 'Sweden', ''],
      ['FIAN', 'Germany', ''],
      ['CCC Switzerland', '', ''],
      ['Uyghur Association France', '', ''],
    ]);
  });

  it('keeps its name, its acronym and its country', () => {
    expect(
      triples(
        read([
          'Movimento de Mulheres Camponesas – MMC',
          'Transnational Institute (TNI), Holland',
          'Friends of the Earth, US',
          'Chaos Computer Club (CCC)',
          'Solidarity Sweden - Latin America',
        ]),
      ),
    ).toEqual([
      ['Movimento de Mulheres Camponesas – MMC', '', ''],
      ['Transnational Institute (TNI)', 'Holland', ''],
      ['Friends of the Earth', 'US', ''],
      ['Chaos Computer Club (CCC)', '', ''],
      ['Solidarity Sweden', 'Latin America', ''],
    ]);
  });

  it('moves a description in brackets to the note', () => {
    expect(
      triples(
        read([
          'Batoto Yetu Portugal (Associação cultural e juvenil)',
          'Afrolis (Associação Cultural)',
          'Japan Association of Monks for Tibet (Super Sangha)',
        ]),
      ),
    ).toEqual([
      ['Batoto Yetu Portugal', '', 'Associação cultural e juvenil'],
      ['Afrolis', '', 'Associação Cultural'],
      ['Japan Association of Monks for Tibet (Super Sangha)', '', ''],
    ]);
  });

  it('does not read a second organization after a dash as a role', () => {
    expect(
      read([
        'Maison du Tibet – Tibet Info',
        'Unisol Brasil – Central de Cooperativas e Empreendimentos Solidários',
        'Procuradoria Federal dos Direitos do Cidadão – Ministério Público Federal',
      ]).map((entry) => entry.name),
    ).toEqual([
      'Maison du Tibet – Tibet Info',
      'Unisol Brasil – Central de Cooperativas e Empreendimentos Solidários',
      'Procuradoria Federal dos Direitos do Cidadão – Ministério Público Federal',
    ]);
  });
});
