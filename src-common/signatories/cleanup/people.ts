import { splitChapter, type NameWithCountry } from './chapters';
import type { LineToken } from './line-tokens';
import { tokenizeLine } from './line-tokens';
import { isCountryText, trailingCountry, TRAILING_BRACKETS } from './country-text';
import { cutPastDegrees, endsWithLegalForm } from './name-parts';
import { foldText } from '../normalise';
import { isCountrySlot } from './places';
import { CONNECTORS, OCCUPATION_WORDS, ROLE_WORDS, START_WORDS, TYPE_WORDS } from './vocabulary';

// Letters are signed by people as often as by organizations, and a person's line carries what they do:
// "Brian Eno, musician and composer (UK)", "Annie Ernaux - scrittrice Premio Nobel (Francia)",
// "Molly de Blanc (Debian Project, GNOME Foundation)", "BEAUFILS Bruno, enseignant-chercheur, Université de Lille".
// The name is the person's; the rest is their role and affiliation (the entry's note), never a country or a second
// organization.

/** A line read as a name with its country and what the line says about it. */
export interface NameWithNote extends NameWithCountry {
  /** The role, affiliation or description the line gives ("actor", "Associação cultural"); empty when none. */
  note: string;
  /** Set when the line reads as a person's: a person's name with a role, an affiliation or a country they sign from. */
  person?: true;
}

// Titles before a person's name, folded and without their full stop.
const HONORIFICS = new Set(
  (
    'dr dra drs prof profa professor professora sir dame mr mrs ms mx miss rev hon mme mlle m me dott dottssa ing ' +
    'herr frau med phil rer nat jur deputado deputada senador senadora vereador vereadora padre frei fr sr sra ' +
    'dona dom lic mag mgr ir hc'
  ).split(' '),
);
// Small words inside a person's name ("Ana Menéndez de Bartolomé", "Ludwig van Beethoven").
const PARTICLES = new Set(
  'de da do dos das del della di van von der den du la le bin ibn al el ter ten zu y'.split(' '),
);
// Words that make a name an organization's (folded), beyond the kinds of organization in vocabulary.ts.
export const ORGANIZATION_WORDS: ReadonlySet<string> = new Set(
  (
    'rede nucleo espaco espacio space casa sindicato coletivo colectivo collective cooperativa confederacao confederacion universidade ' +
    'university universidad universite universitat universita school escola escuela college press media news ' +
    'lab labs studio church igreja iglesia observatory observatorio platform plataforma ngo ong ev inc ltd gmbh ' +
    'llc rights human humanos humanas justice justica justicia peace paz free freedom open digital international ' +
    'internacional national nacional nationale society amnesty greenpeace campaign campanha campana action acao ' +
    'accion collectif kollektiv verband bund ag sa srl bv vzw asbl agency office department ministry ministerio ' +
    'bank services solutions technologies technology software systems consulting group team world global ' +
    'alliance coalition union caucus assembly assembleia asamblea parliament senate city county state republic'
  ).split(' '),
);

const SEPARATORS = /[,(（\-–—]/u;
const DASHES = new Set(['–', '—', '-']);
// "Mathieu de fairness.coop", "Benoît de fairness.coop": people who sign with their first name and their site.
const FIRST_NAME_OF_SITE =
  /^(\p{Lu}[\p{Ll}\p{M}'’-]+)\s+(?:de|d['’]|from|of|von|di|da)\s*([\p{L}\d-]+(?:\.[\p{L}\d-]+)*\.\p{Ll}{2,})$/u;
// "Sadra Hallaj from Iran": a person signing from a country.
const FROM = /\sfrom\s/iu;

/**
 * Reads a line that holds a person's name and their role, or a name with a description in brackets; null for any
 * other line, which is read as an organization (and its chapter) instead. `lead` is the name the line's marks set
 * apart ("**Ada Parellada Garrell** Restauradora").
 */
export function readNameWithNote(text: string, lead: string | null = null): NameWithNote | null {
  const firstNameOf = FIRST_NAME_OF_SITE.exec(text.trim());
  if (firstNameOf) {
    return { name: firstNameOf[1] ?? '', country: '', note: firstNameOf[2] ?? '', person: true };
  }
  // A line without a comma, dash or bracket is a name alone (most lines of a long list), unless it ends with an
  // occupation: "Valeria Cademartori Painter", "Beppe Rosso Attore regista".
  if (lead === null && !SEPARATORS.test(text) && !FROM.test(text)) {
    return endsWithOccupation(text) ? trailingOccupation(text) : null;
  }
  const from = FROM.test(text) ? readFromCountry(text) : null;
  if (from) {
    return from;
  }
  if (lead !== null && text.trimStart().startsWith(lead)) {
    return withRest(lead, text.trimStart().slice(lead.length));
  }
  const brackets = TRAILING_BRACKETS.exec(text);
  let country = '';
  let note = '';
  let head = text;
  if (brackets) {
    const inner = (brackets[1] ?? '').trim();
    const before = text.slice(0, brackets.index).trim();
    if (isCountryText(inner)) {
      country = inner;
      head = before;
    } else if (isDescription(inner, before)) {
      note = inner;
      head = before;
    }
  }
  const person = readPersonAndRole(head) ?? trailingOccupation(head);
  if (person) {
    return {
      name: person.name,
      country: country || person.country,
      note: [person.note, note].filter((part) => part !== '').join('; '),
      person: true,
    };
  }
  if (head === text) {
    return brackets ? countryBeforeRemark(text, brackets.index, (brackets[1] ?? '').trim()) : null;
  }
  if (head === '') {
    return null;
  }
  const chapter = splitChapter(head);
  if (chapter.country === '' && country === '') {
    // "Felicia Langer, Israel/Alemania (RLA 1990)": two countries after the comma.
    const after = trailingCountry(head);
    if (after.country !== '' && after.before !== '') {
      return { name: after.before, country: after.country, note };
    }
  }
  const described = { name: chapter.name, country: country || chapter.country, note };
  // "Molly de Blanc (Debian Project, GNOME Foundation)": a person's name with what they do in brackets.
  return note !== '' && isPersonName(tokenizeLine(chapter.name)) ? { ...described, person: true } : described;
}

/**
 * "Citizens’ Coalition for Economic Justice, Corea del Sur (RLA 2003)": a name, its country after a comma, and a
 * remark in brackets after the country (the remark is the note); null when no country stands before the brackets.
 */
function countryBeforeRemark(text: string, bracketsAt: number, remark: string): NameWithNote | null {
  const main = text.slice(0, bracketsAt).replace(/[\s,;]+$/u, '');
  const comma = main.lastIndexOf(', ');
  const country = main.slice(comma + 2).trim();
  if (comma <= 0 || !isCountryText(country)) {
    return null;
  }
  return { name: main.slice(0, comma).trim(), country, note: remark };
}

/**
 * "Sadra Hallaj from Iran (sadrahallaj)", "Duncan Sparks from the U.S.", "jocs from China": a person (or a user name)
 * and the country they sign from. What follows the country (a user name in brackets) is the note; null unless the
 * words before "from" read as a person's name or a user name and a country follows it.
 */
function readFromCountry(text: string): NameWithNote | null {
  const tokens = tokenizeLine(text);
  const at = tokens.findIndex((token, index) => index > 0 && token.word === 'from');
  const nameTokens = tokens.slice(0, at);
  const after = tokens.slice(at + 1);
  if (at < 0 || !(isPersonName(asWritten(nameTokens)) || userName(nameTokens, after))) {
    return null;
  }
  const start = after[0]?.word === 'the' ? 1 : 0;
  const end = after.findIndex((token, index) => index >= start && /^[(（[]/u.test(token.text));
  const placeEnd = end < 0 ? after.length : end;
  // The longest country after "from"; a word left between it and the brackets (":us:" without its colons) is the
  // note's.
  for (let length = placeEnd - start; length >= Math.max(1, placeEnd - start - 1); length -= 1) {
    const place = after.slice(start, start + length);
    if (isCountrySlot(place.map((token) => token.word))) {
      const restFrom = after[start + length]?.start;
      const rest = restFrom === undefined ? '' : text.slice(restFrom).trim();
      return {
        name: text.slice(0, nameTokens[nameTokens.length - 1]?.end ?? 0).trim(),
        country: text.slice(place[0]?.start ?? 0, place[place.length - 1]?.end ?? 0).replace(/[,;]$/u, ''),
        note: rest.replace(/^[(（](.*)[)）]$/u, '$1').trim(),
        person: true,
      };
    }
  }
  return null;
}

// "mehran motiee from Iran": a name written all in small letters is read as if capitalised.
function asWritten(tokens: readonly LineToken[]): readonly LineToken[] {
  const lower = tokens.every((token) => token.script === 'latin' && !token.capitalised);
  return lower ? tokens.map((token) => ({ ...token, capitalised: true })) : tokens;
}

// One word before "from" is a user name when written as one ("jocs", "1995parham") or followed by a user name in
// brackets ("Dermohamad from Iran (dermohamad)"); "Students from Hong Kong" is a name of its own.
function userName(name: readonly LineToken[], after: readonly LineToken[]): boolean {
  const [word] = name;
  if (!word || name.length !== 1 || word.word === '') {
    return false;
  }
  return !word.capitalised || /\d/u.test(word.text) || /^[(（]/u.test(after[after.length - 1]?.text ?? '');
}

/** The name set apart by marks, and what follows it: a country, a role, or a role and then a country. */
function withRest(name: string, rest: string): NameWithNote {
  const tail = rest.replace(/^[\s,;:–—-]+/u, '').trim();
  const unbracketed = tail.replace(/^[(（](.*)[)）]$/u, '$1').trim();
  if (isCountryText(unbracketed)) {
    return { name, country: unbracketed, note: '' };
  }
  const { before, country } = trailingCountry(tail);
  // "**Ada Parellada Garrell** Restauradora": a person's name set apart, and what they do.
  const person = before !== '' && isPersonName(tokenizeLine(name));
  return person ? { name, country, note: before, person } : { name, country, note: before };
}

/** "Name, role", "Name – role", "Name, role, Country", when Name reads as a person's name. */
function readPersonAndRole(written: string): NameWithNote | null {
  // "Tania Pedroni- Sceneggiatrice", "Milena Fiore -responsabile": a dash typed against a word still separates.
  const text = written.replace(/(\p{L})[-–—]\s/u, '$1 – ').replace(/\s[-–—](\p{L})/u, ' – $1');
  const tokens = tokenizeLine(text);
  const cut = cutPastDegrees(
    tokens,
    tokens.findIndex(
      (token, index) =>
        index > 0 && (token.text.endsWith(',') || (DASHES.has(token.text) && index + 1 < tokens.length)),
    ),
  );
  if (cut < 0) {
    return null;
  }
  const cutToken = tokens[cut];
  if (!cutToken) {
    return null;
  }
  const dash = DASHES.has(cutToken.text);
  const typed = dash ? tokens.slice(0, cut) : tokens.slice(0, cut + 1);
  // "daniela criscitiello - libera professionista - docente": a name typed in small letters before an occupation.
  const nameTokens =
    dash && tokens.slice(cut + 1, cut + 1 + OCCUPATION_REACH).some(isOccupation) ? asWritten(typed) : typed;
  const restStart = tokens[cut + 1]?.start ?? text.length;
  const rest = text.slice(restStart).trim();
  const titled = hasHonorific(nameTokens);
  if (!isPersonName(nameTokens) || rest === '' || isCountryText(rest)) {
    return null;
  }
  // "Rede Nacional – RENAP": an acronym after a dash is the organization's, unless a title says it is a person.
  if (!titled && dash && /^[\p{Lu}\d/&.-]+$/u.test(rest)) {
    return null;
  }
  // After a comma an organization is the person's affiliation; after a dash, as often a second organization, and
  // always one that ends with its legal form ("Wikimedia Deutschland – Gesellschaft zur Förderung … e. V.").
  const after = tokens.slice(cut + 1);
  if (!titled && dash && (endsWithLegalForm(after) || !readsAsRole(after))) {
    return null;
  }
  const name = text
    .slice(0, nameTokens[nameTokens.length - 1]?.end ?? 0)
    .replace(/,$/u, '')
    .trim();
  const { before, country } = trailingCountry(rest);
  return {
    name,
    country,
    note: before.replace(/^@\S+\s*,?\s*/u, '').replace(/^[(（](.*)[)）]$/u, '$1'),
    person: true,
  };
}

// How far into what follows a dash an occupation still makes it a role ("– Camera Operator – Documentary …").
const OCCUPATION_REACH = 3;

function isOccupation(token: LineToken | undefined): boolean {
  return token !== undefined && OCCUPATION_WORDS.has(token.word.replace(/-/gu, ''));
}

/** Whether a line's last word is an occupation: a quick look before the line is read. */
function endsWithOccupation(text: string): boolean {
  const last = text.slice(text.trimEnd().lastIndexOf(' ') + 1);
  return OCCUPATION_WORDS.has(foldText(last));
}

/**
 * "Igor Bezinović regista", "Zeno du Ban Screenwriter", "Beppe Rosso Attore regista": a person's name and the
 * occupations after it with nothing between them; null unless the words before the occupations read as a person.
 */
function trailingOccupation(text: string): NameWithNote | null {
  const tokens = tokenizeLine(text);
  let start = tokens.length;
  while (
    start > 0 &&
    (isOccupation(tokens[start - 1]) ||
      (start < tokens.length && CONNECTORS.has(tokens[start - 1]?.word ?? '')))
  ) {
    start -= 1;
  }
  while (start < tokens.length && !isOccupation(tokens[start])) {
    start += 1;
  }
  const name = tokens.slice(0, start);
  if (start === tokens.length || !isPersonName(name)) {
    return null;
  }
  return {
    name: text.slice(0, name[name.length - 1]?.end ?? 0).trim(),
    country: '',
    note: text.slice(tokens[start]?.start ?? 0).trim(),
    person: true,
  };
}

// "– historiador", "– Professor USP", "– Fund manager": what follows a dash is a role when it starts with a small
// letter or a word for a role, or has a word in small letters; "– Tibbet Sahyog Samiti", "– Ministério Público
// Federal" are a second organization.
function readsAsRole(rest: readonly LineToken[]): boolean {
  const first = rest[0];
  if (!first) {
    return false;
  }
  if (!first.capitalised || ROLE_WORDS.has(first.word.replace(/-/gu, ''))) {
    return true;
  }
  // "– Regista Drammaturgo", "– University Teacher", "– Direttore della Fotografia": an occupation near the start.
  if (rest.slice(0, OCCUPATION_REACH).some((token) => isOccupation(token))) {
    return true;
  }
  // "– Sceneggiatrice": one capitalised word that is not an acronym.
  if (rest.length === 1 && !first.brand && first.script === 'latin') {
    return true;
  }
  return rest.some((token) => token.script === 'latin' && !token.capitalised && !CONNECTORS.has(token.word));
}

/**
 * True when brackets after a name describe it rather than belong to it: "(Associação cultural e juvenil)",
 * "(Debian Project, GNOME Foundation)" after a person, but not an acronym "(CCC)" or "(Super Sangha)".
 */
function isDescription(inner: string, before: string): boolean {
  const tokens = tokenizeLine(inner).filter((token) => token.word !== '');
  // "88250 (88250)": a user name repeated in brackets.
  if (tokens.length > 0 && (isPersonName(tokenizeLine(before)) || foldText(inner) === foldText(before))) {
    return true;
  }
  const first = tokens[0]?.word ?? '';
  // "(ONG)", "(Associação)": one word for a kind of organization describes it.
  if (tokens.length === 1) {
    return TYPE_WORDS.has(first) || ORGANIZATION_WORDS.has(first);
  }
  if (tokens.length < 2 || spellsOut(before, tokens)) {
    return false;
  }
  const lowerWord = tokens.some(
    (token, index) =>
      index > 0 && token.script === 'latin' && !token.capitalised && !CONNECTORS.has(token.word),
  );
  return inner.includes(',') || lowerWord || TYPE_WORDS.has(first) || ORGANIZATION_WORDS.has(first);
}

/**
 * "CUC (Coordinamento per l'Unità dei Comunisti)", "CRED (Centro di Ricerca ed Elaborazione per la Democrazia)": an
 * acronym and its words in brackets are one name; the capitals of the words spell the acronym.
 */
function spellsOut(acronym: string, words: readonly LineToken[]): boolean {
  if (!/^\p{Lu}{2,8}$/u.test(acronym)) {
    return false;
  }
  // "l'Unità" counts its U.
  const initials = words
    .map((token) => token.text.replace(/^[^\p{L}]*(?:\p{Ll}['’])?/u, '').charAt(0))
    .filter((initial) => /\p{Lu}/u.test(initial))
    .join('');
  return initials === acronym;
}

function hasHonorific(tokens: readonly LineToken[]): boolean {
  return HONORIFICS.has(tokens[0]?.word ?? '');
}

/**
 * True when the words read as a person's name: two to five capitalised words, small particles between them, a
 * title before them ("Dr.", "Deputado"), and no word that names a kind of organization.
 */
export function isPersonName(tokens: readonly LineToken[]): boolean {
  let index = 0;
  while (index < tokens.length && HONORIFICS.has(tokens[index]?.word ?? '')) {
    index += 1;
  }
  const words = tokens.slice(index).filter((token) => token.word !== '');
  const main = words.filter((token, position) => !PARTICLES.has(token.word) || position === words.length - 1);
  if (main.length < 2 || main.length > 5 || words[0]?.script !== 'latin') {
    return false;
  }
  // "CONTRAF BRASIL", "MST SP": acronyms and words in capitals are an organization's short name.
  if (main.every((token) => /^[^\p{Ll}]+$/u.test(token.text))) {
    return false;
  }
  return words.every((token) => {
    if (PARTICLES.has(token.word)) {
      // "Kushal Das": a name may end with a word that is a particle elsewhere, written with its capital.
      return token === words[words.length - 1] ? token.capitalised : token !== words[0];
    }
    // An initial ("Harry E. Vanden") is a name's, though "e" and "a" are small words elsewhere.
    if (/^\p{Lu}\.$/u.test(token.text)) {
      return true;
    }
    return (
      token.script === 'latin' &&
      token.capitalised &&
      !/\d/u.test(token.text) &&
      !CONNECTORS.has(token.word) &&
      !TYPE_WORDS.has(token.word) &&
      !START_WORDS.has(token.word) &&
      !ORGANIZATION_WORDS.has(token.word)
    );
  });
}
