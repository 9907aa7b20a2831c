import { tokenizeLine } from '../signatories/cleanup/line-tokens';
import { isPersonName } from '../signatories/cleanup/people';

/**
 * Signatories written as prose: one paragraph that lists names separated by commas, "、" or semicolons ("Die Fridays
 * For Future Ortsgruppen Gießen, Göttingen, … und Hannover.", "BUND Göttingen, Extinction Rebellion Göttingen, …").
 * The segmenter looks for such a paragraph after a heading, a closing or a lead, and at the letter's end.
 */

// The word before the last item: "A, B und C", "A, B and C", "A、B及C".
const LAST_JOIN = /\s+(?:und|and|e|y|et|i|og|en|&)\s+(?=\S)|(?<=\S)(?:及|和|與|与|以及)(?=\S)/u;
// More words than this and an item is a clause, not a name.
const MAX_ITEM_WORDS = 10;
// A sentence ends inside an item ("… Klimapolitik. Wir"): prose, not a list. "e.V." and "i.Gr." do not end one.
const SENTENCE_INSIDE = /[!?。！？]|[^\s.]{3,}\.\s+\p{Lu}\p{Ll}/u;
// A paragraph that speaks ("Wir fordern Klimaschutz, Gerechtigkeit …") opens with a pronoun, not a name.
const SPEAKS =
  /^(?:we|i|our|they|wir|ich|unsere?|sie|nous|je|nos|ils|nosotr[oa]s|yo|nuestr[oa]s?|nós|eu|noss[oa]s?|noi|io|wij|ik|我們|我们|我)\b/iu;

// "نحن الموقعون أدناه، …" (we, the undersigned, …): Arabic script has no capitals to tell a name's start by.
const SPEAKS_ARABIC = /^(?:نحن|إننا|اننا|نحنُ)(?=[\s،]|$)/u;

/**
 * The items of a paragraph that is a list of names (at least `minItems`, each short and starting with a capital,
 * a digit or a CJK character), or null for any other paragraph. A list with no lead before it must say where it
 * ends ("… und Hannover"): pass `needsJoin`.
 */
export function listItems(text: string, minItems: number, needsJoin = false): string[] | null {
  const body = text.trim().replace(/[.。;；]$/u, '');
  if (body.length > 20000 || SPEAKS.test(body) || SPEAKS_ARABIC.test(body)) {
    return null;
  }
  const items = splitItems(body);
  if (items === null || items.items.length < minItems || (needsJoin && !items.joined)) {
    return null;
  }
  const short = (item: string) =>
    item !== '' && item.split(/\s+/u).length <= MAX_ITEM_WORDS && !SENTENCE_INSIDE.test(item);
  // Names start with a capital; a name written small ("netzpolitik.org") may be one in ten.
  const small = items.items.filter((item) => !/^[\p{Lu}\p{Lo}\p{N}("“„«]/u.test(item)).length;
  if (!items.items.every(short) || small * 10 > items.items.length || personWithRole(items.items)) {
    return null;
  }
  return items.items;
}

// "Dr. Jane Doe, Director, Center for Peace, Justice and Rights" is a person and their role, not a list: a list of
// people names a person in its second item too.
function personWithRole(items: readonly string[]): boolean {
  const person = (item: string | undefined) => item !== undefined && isPersonName(tokenizeLine(item));
  return person(items[0]) && !person(items[1]);
}

/** True for a paragraph that is a list of at least `minItems` names (see {@link listItems}). */
export function isListSentence(text: string, minItems: number, needsJoin = false): boolean {
  // Most lines hold fewer separators than a list needs: they skip the splitting.
  let separators = 0;
  for (const char of text) {
    if (char === ',' || char === '、' || char === ';' || char === '，' || char === '،') {
      separators += 1;
      if (separators >= minItems - 1) {
        return listItems(text, minItems, needsJoin) !== null;
      }
    }
  }
  return false;
}

function splitItems(body: string): { items: string[]; joined: boolean } | null {
  // "،" is the Arabic-script comma: "منظمة العفو الدولية، هيومن رايتس ووتش، …".
  const separator = ['、', ';', '，', ',', '،'].find((mark) => body.split(mark).length >= 3);
  if (separator === undefined) {
    return null;
  }
  const parts = body.split(separator).map((item) => item.trim());
  const last = parts[parts.length - 1] ?? '';
  const joinedParts = last.split(LAST_JOIN);
  if (joinedParts.length === 2) {
    return { items: [...parts.slice(0, -1), ...joinedParts.map((part) => part.trim())], joined: true };
  }
  return { items: parts, joined: false };
}
