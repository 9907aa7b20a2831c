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
    if (endsWithSmallWord(line) && next.trim() !== '' && withoutBullet(next) === next.trimStart()) {
      joined[index] = `${line.trimEnd()} ${next.trim()}`;
      joined[index + 1] = '';
      // The joined line may end with a small word again, and take the line after too.
      index -= 1;
    }
  }
  return joined;
}

function endsWithSmallWord(line: string): boolean {
  // Found by hand: a regular expression looking for the last word tries every word of every line first.
  const trimmed = line.trimEnd();
  const word = trimmed.slice(Math.max(trimmed.lastIndexOf(' '), trimmed.lastIndexOf('\t')) + 1);
  if (word.length > 5) {
    return false;
  }
  // Written in small letters: "E" and "A" end names ("Vitamin E"), "e" and "de" do not.
  return (word === word.toLowerCase() && CONNECTORS.has(word)) || PLACE_STARTS.has(word);
}

// The first word of a place's name ends no name: "… do estado de São" / "Paulo. SINTAEMA SP".
const PLACE_STARTS = new Set(['São', 'Santa', 'Santo', 'San', 'Saint', 'Sainte', 'Sankt', 'St.']);
