import type { NamedEntry } from '../../src-common/signatories/cleanup/duplicates';
import { filterSignatories, makeSearchable, NO_FILTER } from '../../src-common/signatories/filter';
import { groupSignatories, listRows, sortSignatories } from '../../src-common/signatories/grouping';
import { SIGNATORY_STATUSES, signatorySchema, type Signatory } from '../../src-common/signatories/signatory';
import { placeFromText } from '../../src-common/signatories/signatory-place';
import { median } from './stats';
import type { Figure } from './types';

/** What a person types into the panel's search box, one keystroke at a time, then deletes again. */
export const TYPED = 'tibet youth';

const TAGS = ['Tibetan', 'Uyghur', 'Hong Kong', 'Southern Mongolian', 'Taiwanese'];
const WARM_UPS = 2;
const SAMPLES = 7;

/** Generated names as a letter's list: every status, a tag each, chapters with their country. */
export function asSignatories(entries: readonly NamedEntry[]): Signatory[] {
  return entries.map((entry, index) =>
    signatorySchema.parse({
      id: `s${index}`,
      name: entry.name.trim(),
      // The generated place as a pasted list writes it: a country's name is read as its code, a city as the chapter.
      ...placeFromText(entry.country ?? ''),
      tags: [TAGS[index % TAGS.length]],
      status: SIGNATORY_STATUSES[index % SIGNATORY_STATUSES.length],
    }),
  );
}

/** Every prefix of {@link TYPED}, as the box holds it after each keystroke, then back to empty. */
export function keystrokes(): string[] {
  const typing = [...TYPED].map((_, index) => TYPED.slice(0, index + 1));
  return [...typing, ...[...typing].reverse().slice(1), ''];
}

/**
 * The panel's work per keystroke on a sorted, folded list (sorting and folding run once per list change): filter,
 * group alphabetically (the default) and lay out rows. Beside it, the old panel's per-keystroke work without its sort: a lower-cased
 * `includes` over the names.
 */
export function measureFilterKeystroke(signatories: readonly Signatory[]): Figure {
  const searchable = makeSearchable(sortSignatories(signatories));
  const ours: number[] = [];
  const baseline: number[] = [];
  let found = 0;
  for (let round = 0; round < WARM_UPS + SAMPLES; round += 1) {
    for (const query of keystrokes()) {
      const panel = time(() => {
        const shown = filterSignatories(searchable, { ...NO_FILTER, query });
        return listRows(groupSignatories(shown, 'alphabetical')).length;
      });
      const naive = time(
        () => signatories.filter((entry) => entry.name.toLowerCase().includes(query)).length,
      );
      found = query === TYPED ? panel.result : found;
      if (round >= WARM_UPS) {
        ours.push(panel.ms);
        baseline.push(naive.ms);
      }
    }
  }
  if (found === 0) {
    throw new Error(`The filter found no row for "${TYPED}" among the generated names: it is broken.`);
  }
  return {
    name: `filter keystroke on ${signatories.length.toLocaleString('en')} rows`,
    unit: 'ms',
    ours: median(ours),
    baseline: median(baseline),
    // One frame at 60 Hz: the list must follow the typing without a visible lag.
    target: { max: 16 },
    samples: { ours, baseline },
  };
}

function time(work: () => number): { ms: number; result: number } {
  const start = performance.now();
  const result = work();
  return { ms: performance.now() - start, result };
}
