// Lines inside a signatory block that a letter prints around its names, and that are never a name themselves: the
// sentence that introduces the list ("The founders of the following 457 start-up companies."), what the person who
// collected the names says in the first person ("I attest that I have received written authorizations from each
// signatory."), and a signer's postal address ("3rd floor, #3 Wind Tunnel Road, Murugeshpalya", "Bangalore 560017").

// "the following", in the letters' languages: a name never says it, a sentence introducing a list does.
const FOLLOWING =
  /(?<!\p{L})(?:following|suivant(?:e|s|es)?|folgende[nr]?|seguintes|siguientes|seguenti|volgende)(?!\p{L})/iu;
// "I" and its forms in the letters' languages, opening a sentence.
const FIRST_PERSON_SINGULAR = /^(?:I|Ich|Je|J['’]\p{L}|Eu|Yo|Io|Ik)\s/u;
// A sentence ends with a full stop (or a colon, introducing the list); a name does not, bar an abbreviation.
const SENTENCE_END = /\p{Ll}{2,}\s?[.:：]$/u;
// "Bangalore 560017", "Paris 75011": a town and a postcode of five or six digits. Four digits end names ("UFCW
// Local 1000"), and a numbered table's rows start lines ("101 DataCulture").
const TOWN_AND_POSTCODE = /^\p{Lu}[\p{L}.'’ -]{1,40}\s\d{5,6}$/u;
// "3rd floor, #3 Wind Tunnel Road": a floor, a house number after "#", or a street word with a house number.
const STREET =
  /(?<!\p{L})(?:\d+(?:st|nd|rd|th)\s+floor|#\s?\d+\s+\p{Lu}|\d+[,\s]+(?:\p{Lu}\p{L}*\s+)+(?:road|street|avenue|lane)(?!\p{L}))/iu;
const SENTENCE_WORDS = 6;
const LEAD_WORDS = 15;

/** True for a line of a signatory block that is not a name: the list's lead-in, a statement, an address. */
export function isBlockAside(text: string): boolean {
  const trimmed = text.trim();
  const words = trimmed.split(/\s+/u).length;
  if (!SENTENCE_END.test(trimmed)) {
    return isAddressLine(trimmed);
  }
  // A label with its list after the colon ("Folgende Gruppen unterstützen: BUND, Greenpeace und attac.") names.
  const labelsList = /[:：]/u.test(trimmed.slice(0, -1));
  if (words <= LEAD_WORDS && !labelsList && FOLLOWING.test(trimmed)) {
    return true;
  }
  return words >= SENTENCE_WORDS && FIRST_PERSON_SINGULAR.test(trimmed);
}

function isAddressLine(text: string): boolean {
  return text.length <= 120 && (TOWN_AND_POSTCODE.test(text) || (text.includes(',') && STREET.test(text)));
}
