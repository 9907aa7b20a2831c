// Countries, regions and cities that chapters are named after. Each entry is "id|other names>parent", folded (see
// normaliseName). The causes coalition letters are about (Tibet, Hong Kong, East Turkistan, China) are left out on
// purpose: in "Free Tibet" or "Hong Kong Democracy Council" they are the subject of the name, not a chapter.

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

const NAMES = new Map<string, PlaceEntry>();
// The most words a place starting with a given word can have, so most words cost one lookup.
const LONGEST_FROM = new Map<string, number>();

for (const entry of `${COUNTRIES};${REGIONS}`.split(';')) {
  const [names = '', parent = null] = entry.split('>');
  const variants = names.split('|');
  const id = variants[0] ?? '';
  for (const variant of variants) {
    NAMES.set(variant, { id, parent });
    const words = variant.split(' ');
    const first = words[0] ?? '';
    LONGEST_FROM.set(first, Math.max(LONGEST_FROM.get(first) ?? 0, words.length));
  }
}

/** The most words a place has ("united states of america"): a longer run of words is never one place. */
export const MAX_PLACE_WORDS = [...LONGEST_FROM.values()].reduce((most, length) => Math.max(most, length), 1);

/** The place that starts at word `index` of a folded name, longest first; null when none does. */
export function placeAt(words: readonly string[], index: number): PlaceMatch | null {
  const longest = LONGEST_FROM.get(words[index] ?? '') ?? 0;
  for (let length = Math.min(longest, words.length - index); length >= 1; length -= 1) {
    const entry = NAMES.get(
      length === 1 ? (words[index] ?? '') : words.slice(index, index + length).join(' '),
    );
    if (entry) {
      return { id: entry.id, length };
    }
  }
  return null;
}

/** True when all the words, together, name one place. */
export function isPlace(words: readonly string[]): boolean {
  return words.length > 0 && placeAt(words, 0)?.length === words.length;
}

const CHAINS = new Map<string, readonly string[]>();

/** The place and every place that contains it ("victoria" → victoria, australia). */
export function withParents(id: string): readonly string[] {
  const known = CHAINS.get(id);
  if (known) {
    return known;
  }
  const chain = [id];
  let parent = NAMES.get(id)?.parent ?? null;
  while (parent !== null && !chain.includes(parent)) {
    chain.push(parent);
    parent = NAMES.get(parent)?.parent ?? null;
  }
  if (NAMES.has(id)) {
    CHAINS.set(id, chain);
  }
  return chain;
}
