import { normaliseName, normaliseText } from './normalise';
import type { TruthSignatory } from './truth';

/** A signatory as the import listed it. */
export interface ImportedSignatory {
  name: string;
  country?: string;
  kind?: 'organization' | 'person';
}

/** The truth's signatories paired with the import's, one to one, and what was left on each side. */
export interface NameMatch {
  pairs: { truth: TruthSignatory; imported: ImportedSignatory }[];
  missed: TruthSignatory[];
  /** Entries the truth lists twice that the import merged into one (see mergedDuplicates). */
  merged: TruthSignatory[];
  extra: ImportedSignatory[];
}

/**
 * Pairs signatories by normalised name as multisets: a name listed twice must be imported twice to be found twice.
 * A chapter the import left in the name ("Students for a Free Tibet – Canada") pairs with the truth's name and
 * chapter. Those more specific names pair first, so that they do not take the plain name another entry needs.
 * An entry of one of the truth's `duplicates` groups that the import merged away is left out of both sides.
 */
export function matchNames(
  truth: readonly TruthSignatory[],
  imported: readonly ImportedSignatory[],
  duplicates: readonly (readonly string[])[] = [],
): NameMatch {
  const waiting = new Map<string, ImportedSignatory[]>();
  for (const signatory of imported) {
    const key = normaliseName(signatory.name);
    waiting.set(key, [...(waiting.get(key) ?? []), signatory]);
  }
  const pairs: NameMatch['pairs'] = [];
  const pairBy = (
    signatories: readonly TruthSignatory[],
    keyOf: (signatory: TruthSignatory) => string | null,
  ) =>
    signatories.filter((signatory) => {
      const key = keyOf(signatory);
      const found = key === null ? undefined : waiting.get(key)?.shift();
      if (found) {
        pairs.push({ truth: signatory, imported: found });
      }
      return !found;
    });
  const withoutChapter = pairBy(truth, (signatory) =>
    signatory.chapter === undefined ? null : normaliseName(`${signatory.name} ${signatory.chapter}`),
  );
  const unpaired = pairBy(withoutChapter, (signatory) => normaliseName(signatory.name));
  const { merged, missed } = mergedDuplicates(unpaired, pairs, duplicates);
  return { pairs, missed, merged, extra: [...waiting.values()].flat() };
}

/**
 * The truth's entries that the import merged into another entry the truth says is the same signatory: the letter
 * lists "Rosana Grinberg" twice, the import's clean-up keeps one. Keeping both is as right (the review shows the
 * merge as a suggestion), so a merged entry is neither found nor missed.
 */
function mergedDuplicates(
  unpaired: readonly TruthSignatory[],
  pairs: NameMatch['pairs'],
  duplicates: readonly (readonly string[])[],
): { merged: TruthSignatory[]; missed: TruthSignatory[] } {
  const groupOf = new Map<string, number>();
  duplicates.forEach((group, index) => group.forEach((name) => groupOf.set(normaliseName(name), index)));
  const found = new Set(
    pairs.flatMap((pair) => {
      const group = groupOf.get(normaliseName(pair.truth.name));
      return group === undefined ? [] : [group];
    }),
  );
  const merged: TruthSignatory[] = [];
  const missed: TruthSignatory[] = [];
  for (const signatory of unpaired) {
    const group = groupOf.get(normaliseName(signatory.name));
    (group !== undefined && found.has(group) ? merged : missed).push(signatory);
  }
  return { merged, missed };
}

/** Matched out of imported; an import of nothing is precise only when there was nothing to import. */
export function precisionOf(matched: number, imported: number, truth: number): number {
  if (imported === 0) {
    return truth === 0 ? 1 : 0;
  }
  return matched / imported;
}

/** Matched out of the truth's; nothing to find is all found. */
export function recallOf(matched: number, truth: number): number {
  return truth === 0 ? 1 : matched / truth;
}

/** Whether two countries are the same after normalising ("Côte d’Ivoire" and "Cote d'Ivoire"). */
export function sameCountry(truth: string, imported: string | undefined): boolean {
  return normaliseText(truth) === normaliseText(imported ?? '');
}
