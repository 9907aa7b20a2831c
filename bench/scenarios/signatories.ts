import { findDuplicates, type NamedEntry } from '../../src-common/signatories/cleanup/duplicates';
import { asSignatories, measureFilterKeystroke } from '../lib/filter-keystroke';
import { measurePanelKeystroke } from '../lib/panel-keystroke';
import { median } from '../lib/stats';
import type { Figure } from '../lib/types';

/** Picks this scenario on the command line. */
export const name = 'signatories';

/** Printed while the scenario runs. */
export const description =
  'normalise and find duplicates among 10,000 generated organizations, beside a Set of lower-cased names; ' +
  'a filter keystroke on 5,000 rows, pure and in Chromium (needs a build)';

type NonEmpty = readonly [string, ...string[]];

const COUNT = 10_000;
const PANEL_ROWS = 5_000;
const WARM_UPS = 2;
const SAMPLES = 7;

const CAUSES: NonEmpty = [
  'Tibet',
  'Uyghur',
  'Hong Kong',
  'Southern Mongolia',
  'East Turkistan',
  'Taiwan',
  'Human Rights',
];
const KINDS: NonEmpty = [
  'Association',
  'Foundation',
  'Committee',
  'Council',
  'Centre',
  'Union',
  'Society',
  'Institute',
  'Group',
  'Movement',
  'Project',
  'Network',
  'Alliance',
  'Coalition',
];
const QUALITIES: NonEmpty = [
  'Youth',
  'Women’s',
  'Cultural',
  'Education',
  'Solidarity',
  'Research',
  'Support',
  'Action',
  'Justice',
  'Rescue',
  'Advocacy',
  'Friendship',
  'Democracy',
  'Heritage',
  'Student',
  'Medical',
  'Legal',
  'Media',
];
const PLACES: NonEmpty = [
  'Canada',
  'Denmark',
  'France',
  'India',
  'Japan',
  'UK',
  'Australia',
  'Germany',
  'Norway',
  'Sweden',
  'Switzerland',
  'Belgium',
  'Austria',
  'Italy',
  'Spain',
  'Portugal',
  'Brazil',
  'Chile',
  'Mexico',
  'Kenya',
  'Ireland',
  'Finland',
  'Netherlands',
  'Kazakhstan',
  'Turkey',
  'Taiwan',
  'Los Angeles',
  'Toronto',
  'Munich',
  'Victoria',
  'Queensland',
  'Hamburg',
  'Bordeaux',
  'Chicago',
  'Boston',
  'Seattle',
  'Ithaca',
  'Philadelphia',
  'Brisbane',
  'Adelaide',
];

/** A generated list: the names, and for each name the index of the name it is a variant of (or its own). */
export interface GeneratedList {
  entries: NamedEntry[];
  originalOf: number[];
}

/**
 * Generates `count` organization names shaped like real coalition lists (places, causes, kinds, chapters), about
 * a fifth of them variants of earlier ones as people type them: other case, accents, "The", "&", spacing, a
 * one-letter typo, another spelling of "Uyghur", the words reordered, the country after a comma.
 */
export function generateOrganizations(count: number, seed = 1): GeneratedList {
  const random = mulberry32(seed);
  const pick = (items: NonEmpty): string => items[Math.floor(random() * items.length)] ?? items[0];
  const entries: NamedEntry[] = [];
  const originalOf: number[] = [];
  const seen = new Set<string>();
  while (entries.length < count) {
    const original = entries.length > 50 && random() < 0.2 ? Math.floor(random() * entries.length) : -1;
    const source = entries[original];
    const entry = source ? variantOf(source, random) : baseName(pick, random);
    const key = `${entry.name}|${entry.country ?? ''}`;
    if (!source && seen.has(key)) {
      continue;
    }
    seen.add(key);
    entries.push(entry);
    originalOf.push(source ? (originalOf[original] ?? original) : entries.length - 1);
  }
  return { entries, originalOf };
}

function baseName(pick: (items: NonEmpty) => string, random: () => number): NamedEntry {
  const cause = pick(CAUSES);
  const kind = pick(KINDS);
  const quality = pick(QUALITIES);
  const place = pick(PLACES);
  const other = pick(QUALITIES);
  switch (Math.floor(random() * 6)) {
    case 0:
      return { name: `${place} ${cause} ${quality} ${kind}` };
    case 1:
      return { name: `${cause} ${quality} ${kind} of ${place}` };
    case 2:
      return { name: `Friends of ${cause} ${quality} ${other} ${kind}`, country: place };
    case 3:
      return { name: `${cause} ${quality} and ${other} ${kind}` };
    case 4:
      return { name: `Students for a Free ${cause} ${quality} ${kind}`, country: place };
    default:
      return { name: `${quality} ${other} ${kind} for ${cause} in ${place}` };
  }
}

function variantOf(source: NamedEntry, random: () => number): NamedEntry {
  const { name: text, country } = source;
  switch (Math.floor(random() * 8)) {
    case 0:
      return { name: text.toLowerCase(), country };
    case 1:
      return { name: `The ${text}`, country };
    case 2:
      return { name: text.replace(' and ', ' & ').replace('Tibet', 'Tíbet').replace('e', 'é'), country };
    case 3:
      return { name: `  ${text.replaceAll(' ', '  ')} `, country };
    case 4:
      return { name: typo(text, random), country };
    case 5:
      return { name: text.replace('Uyghur', 'Uighur').replace('Turkistan', 'Turkestan'), country };
    case 6:
      return country ? { name: `${text}, ${country}` } : { name: text.toUpperCase() };
    default:
      return { name: text.replace(/^(\S+) (.*)$/u, '$2 $1'), country };
  }
}

// Doubles one letter of a long word, the commonest typo in a name.
function typo(text: string, random: () => number): string {
  const words = text.split(' ');
  const long = words.map((word, index) => (word.length >= 6 ? index : -1)).filter((index) => index >= 0);
  const index = long[Math.floor(random() * long.length)];
  const word = index === undefined ? undefined : words[index];
  if (index === undefined || word === undefined) {
    return text;
  }
  const at = 1 + Math.floor(random() * (word.length - 2));
  words[index] = word.slice(0, at) + (word[at] ?? '') + word.slice(at);
  return words.join(' ');
}

function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let value = Math.imul(state ^ (state >>> 15), 1 | state);
    value = (value + Math.imul(value ^ (value >>> 7), 61 | value)) ^ value;
    return ((value ^ (value >>> 14)) >>> 0) / 4294967296;
  };
}

/** Times the clean-up engine and the naive dedupe on the same list, alternating so both see the same machine. */
export async function run(): Promise<Figure[]> {
  const { entries } = generateOrganizations(COUNT);
  const ours: number[] = [];
  const baseline: number[] = [];
  for (let index = 0; index < WARM_UPS + SAMPLES; index += 1) {
    const engine = time(() => findDuplicates(entries).length);
    const naive = time(() => new Set(entries.map((entry) => entry.name.toLowerCase())).size);
    if (engine.result === 0) {
      throw new Error('The engine found no duplicates among the generated variants: it is broken.');
    }
    if (index >= WARM_UPS) {
      ours.push(engine.ms);
      baseline.push(naive.ms);
    }
  }
  const rows = asSignatories(generateOrganizations(PANEL_ROWS, 2).entries);
  return [
    {
      name: 'normalise + dedupe 10,000 names',
      unit: 'ms',
      ours: median(ours),
      baseline: median(baseline),
      // The budget: the bulk-add preview must feel immediate on the longest list a coalition keeps.
      // No ratio: a Set of lower-cased names does a fraction of the work and finds only the exact repeats.
      target: { max: 300 },
      samples: { ours, baseline },
    },
    measureFilterKeystroke(rows),
    await measurePanelKeystroke(rows),
  ];
}

function time(work: () => number): { ms: number; result: number } {
  const start = performance.now();
  const result = work();
  return { ms: performance.now() - start, result };
}
