import { countryNamesEverywhere, englishCountryNames, type CountryName } from '../country-names';

// Countries, regions and cities that chapters are named after. Each entry is "id|other names>parent", folded (see
// normaliseName); every country's English name comes from the runtime too (see country-names.ts). The causes
// coalition letters are about (Tibet, Hong Kong, East Turkistan, China, Palestine) are left out on purpose: in
// "Free Tibet" or "Hong Kong Democracy Council" they are the subject of the name, not a chapter. They, and country
// names in other languages, are read only where a country is written apart: "Name, 香港", "Name (Palestina)".

const COUNTRIES =
  'afghanistan;albania;algeria;andorra;angola;argentina;armenia;australia;austria|osterreich;azerbaijan;bahrain;' +
  'bangladesh;belarus;belgium|belgique|belgie;bhutan;bolivia;bosnia;brazil|brasil;bulgaria;cambodia;cameroon;' +
  'canada;chile;colombia;costa rica;croatia;cuba;cyprus;czechia|czech republic|cesko;denmark|danmark;' +
  'dominican republic;ecuador;egypt;el salvador;estonia;ethiopia;finland|suomi;france;georgia;' +
  'germany|deutschland|germaniye|allemagne|alemania|almanya;ghana;greece;guatemala;honduras;hungary;iceland;' +
  'india;indonesia;iran;iraq;ireland|eire;israel;italy|italia;japan|nippon;jordan;kazakhstan;kenya;kosovo;' +
  'kuwait;kyrgyzstan|kyrgyz republic|kirghizia;latvia;lebanon;lithuania;luxembourg;malaysia;malta;mexico;' +
  'moldova;monaco;mongolia;montenegro;morocco;myanmar|burma;nepal;netherlands|holland|nederland;' +
  'new zealand|aotearoa;nigeria;north macedonia|macedonia;norway|norge|noreg;pakistan;panama;paraguay;peru;' +
  'philippines;poland|polska;portugal;qatar;romania;russia;rwanda;saudi arabia;senegal;serbia;singapore;' +
  'slovakia;slovenia;south africa;south korea|korea;spain|espana;sri lanka;sweden|sverige;' +
  'switzerland|schweiz|suisse|svizzera;taiwan;tajikistan;tanzania;thailand;tunisia;turkey|turkiye;' +
  'turkmenistan;uganda;ukraine;united arab emirates|uae;uk|united kingdom|britain|great britain;uruguay;' +
  'usa|us|united states|united states of america;uzbekistan;venezuela;vietnam;zambia;zimbabwe';

const REGIONS =
  'europe;asia;africa;north america;south america;latin america;oceania;middle east;scandinavia;central asia;' +
  'england>uk;scotland>uk;wales>uk;london>uk;edinburgh>uk;' +
  'alaska>usa;california>usa;northern california>california;southern california>california;' +
  'new york>usa;washington>usa;washington dc|dc>usa;chicago>usa;boston>usa;los angeles>california;' +
  'san francisco|san francisco bay area>california;santa barbara>california;philadelphia>usa;ithaca>usa;' +
  'fairbanks>alaska;michigan>usa;minnesota>usa;texas>usa;seattle>usa;virginia>usa;massachusetts>usa;' +
  'illinois>usa;oregon>usa;colorado>usa;florida>usa;new jersey>usa;maryland>usa;wisconsin>usa;' +
  'alberta>canada;british columbia>canada;ontario>canada;quebec>canada;toronto>ontario;vancouver>canada;' +
  'montreal>quebec;calgary>alberta;ottawa>ontario;' +
  'victoria>australia;queensland>australia;new south wales>australia;western australia>australia;' +
  'south australia>australia;tasmania>australia;adelaide>australia;brisbane>queensland;' +
  'melbourne>victoria;sydney>australia;perth>australia;canberra>australia;' +
  'berlin>germany;munich|munchen>germany;hamburg>germany;frankfurt>germany;cologne|koln>germany;' +
  'bavaria|bayern>germany;paris>france;bordeaux>france;lyon>france;marseille>france;strasbourg>france;' +
  'grenoble>france;geneva|geneve|genf>switzerland;zurich>switzerland;bern>switzerland;' +
  'lausanne>switzerland;amsterdam>netherlands;the hague>netherlands;brussels|bruxelles>belgium;' +
  'rome|roma>italy;milan|milano>italy;madrid>spain;barcelona>spain;tokyo>japan;osaka>japan;' +
  'fukuoka>japan;kyoto>japan;taipei>taiwan;dharamsala|dharamshala>india;delhi|new delhi>india;' +
  'mumbai>india;bangalore>india;kathmandu>nepal;istanbul>turkey;ankara>turkey;almaty>kazakhstan;' +
  'bishkek>kyrgyzstan;oslo>norway;stockholm>sweden;copenhagen>denmark;helsinki>finland;vienna|wien>austria;' +
  'prague|praha>czechia;warsaw>poland;dublin>ireland;auckland>new zealand;wellington>new zealand;' +
  'seoul>south korea;ulaanbaatar>mongolia';

// The causes, and forms the runtime's tables lack, read only in a country slot (see isCountrySlot).
const SLOT_ONLY =
  'china|中国|中國|prc;hong kong|hongkong|hk|香港;macau|macao|澳門|澳门;tibet|bod|西藏;' +
  'east turkistan|east turkestan|uyghur region|xinjiang;palestine|palestina|palastina|palestinian territories|فلسطين;' +
  'taiwan|台灣|台湾|roc;usa|u s|u s a|eeuu|ee uu|eua|us of america|stati uniti|etats unis;uk|u k|royaume uni;' +
  'netherlands|the netherlands|holanda|olanda|hollande;korea|south korea|corea del sur|coree du sud;' +
  'czechia|czech republic|republica checa;' +
  // Arabic letters' short forms: "السعودية", not the runtime's "المملكة العربية السعودية".
  'saudi arabia|السعودية;united arab emirates|الإمارات;syria|سورية;usa|أمريكا|امريكا|الولايات المتحدة الأمريكية;' +
  'uk|بريطانيا';

interface PlaceEntry {
  id: string;
  parent: string | null;
}

/** A place found in a list of words. */
export interface PlaceMatch {
  /** The place's id ("usa" for "U.S.", "germany" for "Deutschland"). */
  id: string;
  /** How many words it covers. */
  length: number;
}

/** Folded place names, and the most words a place starting with a given word has, so most words cost one lookup. */
interface PlaceTable {
  names: Map<string, PlaceEntry>;
  longestFrom: Map<string, number>;
}

function addPlace(table: PlaceTable, variant: string, entry: PlaceEntry): void {
  if (variant === '' || table.names.has(variant)) {
    return;
  }
  table.names.set(variant, entry);
  const words = variant.split(' ');
  const first = words[0] ?? '';
  table.longestFrom.set(first, Math.max(table.longestFrom.get(first) ?? 0, words.length));
}

function addEntries(table: PlaceTable, list: string): void {
  for (const entry of list.split(';')) {
    const [names = '', parent = null] = entry.split('>');
    const variants = names.split('|');
    const id = variants[0] ?? '';
    for (const variant of variants) {
      addPlace(table, variant, { id, parent });
    }
  }
}

// A runtime country name takes the id of the hand-written entry it matches ("united states" is "usa"), so a chapter
// in "Estados Unidos" and one in "USA" are in the same place.
function addCountries(
  table: PlaceTable,
  names: readonly CountryName[],
  english: ReadonlyMap<string, string>,
): void {
  for (const { folded, code } of names) {
    const englishName = english.get(code) ?? folded;
    const id = HAND.names.get(englishName)?.id ?? englishName;
    addPlace(table, folded, { id, parent: null });
  }
}

const HAND: PlaceTable = { names: new Map(), longestFrom: new Map() };
addEntries(HAND, `${COUNTRIES};${REGIONS}`);

let inNames: PlaceTable | null = null;
let inSlots: PlaceTable | null = null;
let mostWords = 0;

function englishByCode(): Map<string, string> {
  const english = new Map<string, string>();
  for (const { folded, code } of englishCountryNames()) {
    if (!english.has(code)) {
      english.set(code, folded);
    }
  }
  return english;
}

// Places inside a name: the hand-written table and every country's English name, without the causes.
function namePlaces(): PlaceTable {
  if (!inNames) {
    const table: PlaceTable = { names: new Map(HAND.names), longestFrom: new Map(HAND.longestFrom) };
    const english = englishByCode();
    const causes = new Set(['CN', 'HK', 'MO', 'PS']);
    addCountries(
      table,
      englishCountryNames().filter((name) => !causes.has(name.code)),
      english,
    );
    inNames = table;
  }
  return inNames;
}

// Places in a country slot: every place above, the causes, and every country's name in the languages letters use.
function slotPlaces(): PlaceTable {
  if (!inSlots) {
    const names = namePlaces();
    const table: PlaceTable = { names: new Map(names.names), longestFrom: new Map(names.longestFrom) };
    addEntries(table, SLOT_ONLY);
    addCountries(table, countryNamesEverywhere(), englishByCode());
    inSlots = table;
  }
  return inSlots;
}

/** The most words a place has ("united states of america"): a longer run of words is never one place. */
export function maxPlaceWords(): number {
  if (mostWords === 0) {
    mostWords = 1;
    for (const length of slotPlaces().longestFrom.values()) {
      mostWords = Math.max(mostWords, length);
    }
  }
  return mostWords;
}

/** The place that starts at word `index` of a folded name, longest first; null when none does. */
export function placeAt(
  words: readonly string[],
  index: number,
  table: PlaceTable = namePlaces(),
): PlaceMatch | null {
  const longest = table.longestFrom.get(words[index] ?? '') ?? 0;
  for (let length = Math.min(longest, words.length - index); length >= 1; length -= 1) {
    const entry = table.names.get(
      length === 1 ? (words[index] ?? '') : words.slice(index, index + length).join(' '),
    );
    if (entry) {
      return { id: entry.id, length };
    }
  }
  return null;
}

/** True when all the words, together, name one place a name can hold ("Uyghur Association France"). */
export function isPlace(words: readonly string[]): boolean {
  return words.length > 0 && placeAt(words, 0)?.length === words.length;
}

/**
 * True when all the words, together, name a country or place written apart from a name, after a comma or dash or
 * in brackets: here a cause ("Hong Kong") or a country in any language ("Francia", "台灣") is the country.
 */
export function isCountrySlot(words: readonly string[]): boolean {
  return words.length > 0 && placeAt(words, 0, slotPlaces())?.length === words.length;
}

/** The id of the country or place the words name in a country slot ("u s" and "united states" are "usa"), or null. */
export function countrySlotId(words: readonly string[]): string | null {
  const place = placeAt(words, 0, slotPlaces());
  return place && place.length === words.length ? place.id : null;
}

const CHAINS = new Map<string, readonly string[]>();

/** The place and every place that contains it ("victoria" → victoria, australia). */
export function withParents(id: string): readonly string[] {
  const known = CHAINS.get(id);
  if (known) {
    return known;
  }
  const chain = [id];
  let parent = HAND.names.get(id)?.parent ?? null;
  while (parent !== null && !chain.includes(parent)) {
    chain.push(parent);
    parent = HAND.names.get(parent)?.parent ?? null;
  }
  if (namePlaces().names.has(id)) {
    CHAINS.set(id, chain);
  }
  return chain;
}
