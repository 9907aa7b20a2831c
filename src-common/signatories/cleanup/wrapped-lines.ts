import { CONNECTORS } from './vocabulary';
import { withoutBullet } from './tidy';

// A name never ends with a small word: "Cooperativa Mista de Produção, Comercialização e Industrialização de" /
// "Biocombustíveis e Produtos Agropecuários do Brasil – Oestebio" is one name a page wrapped over two lines.

/**
 * The block's lines with each line that ends with a small word ("de", "of", "and") joined to the next, which is left
 * empty: the name is read at its first line. A next line that starts with a bullet or a number is a name of its own.
 */
export function joinWrappedLines(lines: readonly string[]): string[] {
  const joined = [...lines];
  for (let index = 0; index + 1 < joined.length; index += 1) {
    const line = joined[index] ?? '';
    const next = joined[index + 1] ?? '';
    const continues = next.trim() !== '' && withoutBullet(next) === next.trimStart();
    if (continues && (endsCutShort(line) || shortFormGoesOn(line, next))) {
      joined[index] = `${line.trimEnd()} ${next.trim()}`;
      joined[index + 1] = '';
      // The joined line may end with a small word again, and take the line after too.
      index -= 1;
    }
  }
  return joined;
}

function endsCutShort(line: string): boolean {
  // Found by hand: a regular expression looking for the last word tries every word of every line first.
  const trimmed = line.trimEnd();
  const word = trimmed.slice(Math.max(trimmed.lastIndexOf(' '), trimmed.lastIndexOf('\t')) + 1);
  if (word.length > LONGEST_UNIT) {
    return false;
  }
  if (UNIT_STARTS.has(word)) {
    return true;
  }
  if (word.length > 5) {
    return false;
  }
  // Written in small letters: "E" and "A" end names ("Vitamin E"), "e" and "de" do not.
  return (word === word.toLowerCase() && CONNECTORS.has(word)) || PLACE_STARTS.has(word);
}

// A short form after the dash that only repeats the name's first word ("Rede de Defesa … Solidária - REDE") is not
// the whole short form: a line of one word in capitals under it ("SANS") is its rest, "REDE SANS". A short form of
// the name's initials ("– CPT") is whole, and a name in capitals under it is a name of its own.
const SHORT_FORM_AT_END = /^(\p{L}+)\s.*\s[-–]\s*(\p{Lu}+)$/u;
const CAPITALS_WORD = /^\p{Lu}[\p{Lu}\d]+$/u;

function shortFormGoesOn(line: string, next: string): boolean {
  const words = SHORT_FORM_AT_END.exec(line.trim());
  const [, first, shortForm] = words ?? [];
  return (
    first !== undefined &&
    shortForm !== undefined &&
    first.toLowerCase() === shortForm.toLowerCase() &&
    CAPITALS_WORD.test(next.trim())
  );
}

// The first word of a place's name ends no name: "… do estado de São" / "Paulo. SINTAEMA SP".
const PLACE_STARTS = new Set(['São', 'Santa', 'Santo', 'San', 'Saint', 'Sainte', 'Sankt', 'St.']);

// The part of a university or a government a Romance-language name puts first and names after it ("Pró-Reitoria de
// Extensão", "Departamento de Nutrição", "Secretaría de Salud") ends no name: "… na Infância – Pró- Reitoria" /
// "Extensão UFRGS" is one name a page wrapped. Capitalised, as in a name: "a secretaria" in a sentence is a word.
const UNIT_STARTS = new Set([
  'Reitoria',
  'Pró-Reitoria',
  'Vice-Reitoria',
  'Departamento',
  'Faculdade',
  'Facultad',
  'Secretaria',
  'Secretaría',
  'Ministério',
  'Ministerio',
  'Coordenadoria',
  'Superintendência',
  'Subsecretaria',
  'Subsecretaría',
]);
const LONGEST_UNIT = Math.max(...[...UNIT_STARTS].map((word) => word.length));
