import type { SignatoryKind } from '../signatory';
import { foldText } from '../normalise';
import type { LineToken } from './line-tokens';
import { endsWithLegalForm } from './name-parts';
import { isPersonName, ORGANIZATION_WORDS } from './people';
import { LEGAL_FORMS, START_WORDS, TYPE_WORDS } from './vocabulary';

// Whether a signatory is a person or an organization, told only from what the letter shows: a word for a kind of
// organization or a legal form in the name, a title before a person's name, or the heading of the group the name
// is listed under ("Individuals", "Organizações"). A name that shows none of these keeps no kind: a guess would make
// a count claim split by kind look checked when it is not.

/**
 * The kind a name shows by its own words: an organization when a word names a kind of organization ("Foundation",
 * "Associação", "Verband") or it ends with a legal form ("e. V.", "GmbH"), or is one acronym ("EFF"); a person when a
 * title stands before a person's name ("Dr. med. P. Schweiger", "Prof. Ana Costa"); undefined otherwise.
 */
export function kindOfName(tokens: readonly LineToken[]): SignatoryKind | undefined {
  const words = tokens.filter((token) => token.word !== '');
  if (words.length === 0) {
    return undefined;
  }
  if (words.some(namesOrganization) || endsWithLegalForm(words)) {
    return 'organization';
  }
  // "EFF", "GNOME", "ARTIGO 19": one word in capitals, with a number at most.
  const letters = words.filter((token) => /\p{L}/u.test(token.text));
  if (letters.length === 1 && words.length <= 2 && /^\p{Lu}{2,}$/u.test(letters[0]?.text ?? '')) {
    return 'organization';
  }
  return TITLES.has(words[0]?.word ?? '') && isPersonName(tokens) ? 'person' : undefined;
}

function namesOrganization(token: LineToken): boolean {
  return (
    TYPE_WORDS.has(token.word) ||
    START_WORDS.has(token.word) ||
    ORGANIZATION_WORDS.has(token.word) ||
    LEGAL_FORMS.has(token.word)
  );
}

// Titles that only a person carries; "m", "me", "fr", "sr" and the like are also ordinary words or initials.
const TITLES = new Set(
  'dr dra drs prof profa professor professora sir dame mr mrs ms mx rev mme mlle dott dottssa herr frau deputado deputada senador senadora vereador vereadora'.split(
    ' ',
  ),
);

const PERSON_WORDS = new Set(
  (
    'individuals individual individuels individuelles individuales individuais individuali persons people ' +
    'personnes personas pessoas personen einzelpersonen persone individuos individus individui ' +
    'privatpersonen particuliers citoyens citizens scholars academics artists artistas artistes künstler'
  )
    .split(' ')
    .map(foldText),
);
const ORGANIZATION_HEADING_WORDS = new Set(
  (
    'organizations organisations organization organisation organisationen organizacoes organizaciones ' +
    'organizzazioni organisaties entidades coletivos colectivos collectifs kollektive associations associacoes ' +
    'asociaciones associazioni verbande vereine groups grupos gruppen gruppi ngos ongs movimentos movimientos ' +
    'mouvements bewegungen companies empresas entreprises unternehmen firmen institutions instituicoes ' +
    'instituciones unions sindicatos'
  )
    .split(' ')
    .map(foldText),
);

/**
 * The kind a heading names for the group under it: "Individuals:", "**Organizações:**", "## Unterstützende
 * Organisationen", "Os coletivos signatários:"; undefined for a heading of both ("Pessoas e organizações") or
 * neither ("Signatories", "Übersicht der Unterschriften"). Only a heading's last few words are read, so that a
 * sentence ending in a colon ("…, pelo Grupo de Ação Conjunta … Os coletivos signatários:") is told by its label.
 */
export function headingKind(text: string): SignatoryKind | undefined {
  const words = foldText(text)
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word !== '')
    .slice(-HEADING_WORDS);
  const person = words.some((word) => PERSON_WORDS.has(word));
  const organization = words.some((word) => ORGANIZATION_HEADING_WORDS.has(word));
  if (person === organization) {
    return undefined;
  }
  return person ? 'person' : 'organization';
}

// "Unterstützende Organisationen", "Os coletivos signatários", "Signatory organisations (in alphabetical order)".
const HEADING_WORDS = 6;
