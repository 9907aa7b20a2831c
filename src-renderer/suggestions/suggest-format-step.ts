import type { Mark } from '@tiptap/pm/model';
import type { Transaction } from '@tiptap/pm/state';
import { AddMarkStep, type Mapping, RemoveMarkStep } from '@tiptap/pm/transform';
import {
  formatAttrs,
  formatChangeOf,
  plainStamp,
  stampOf,
  type FormatChange,
  type MarkRecord,
  type SuggestionStamp,
} from '../../src-common/suggestions/suggestion';
import { isOwn, newStamp, type SuggestContext, type SuggestionTypes } from './suggestion-stamps';

/**
 * Formatting in Suggesting mode: applied at once, and recorded on each run of text it changed (what it added, what
 * it removed) so that a reject can put the old formatting back. Formatting this person's own suggested insertion is
 * part of that insertion.
 */
export function suggestFormat(
  tr: Transaction,
  step: AddMarkStep | RemoveMarkStep,
  mapping: Mapping,
  types: SuggestionTypes,
  context: SuggestContext,
): void {
  const rebased = step.map(mapping);
  if (!(rebased instanceof AddMarkStep || rebased instanceof RemoveMarkStep)) {
    return;
  }
  const { from, to, mark } = rebased;
  const adding = rebased instanceof AddMarkStep;
  const authorId = context.author.authorId;
  const before = tr.doc;
  const changes: { from: number; to: number; change: FormatChange; previous: Mark | undefined }[] = [];
  let own: SuggestionStamp | null = null;
  before.nodesBetween(from, to, (node, position) => {
    if (!node.isText) {
      return true;
    }
    if (isOwn(types.insertion.isInSet(node.marks), authorId)) {
      return false;
    }
    const previous = types.format.isInSet(node.marks);
    const change = previous ? formatChangeOf(previous.attrs) : { added: [], removed: [] };
    const had = mark.type.isInSet(node.marks);
    const next = adding ? withAdded(change, mark, had) : withRemoved(change, mark, had);
    if (previous && isOwn(previous, authorId)) {
      const found = stampOf(previous.attrs);
      own ??= found ? plainStamp(found) : null;
    }
    changes.push({
      from: Math.max(position, from),
      to: Math.min(position + node.nodeSize, to),
      change: next,
      previous,
    });
    return false;
  });
  tr.step(rebased);
  const stamp = own ?? newStamp(context);
  for (const range of changes) {
    if (range.change.added.length === 0 && range.change.removed.length === 0) {
      tr.removeMark(range.from, range.to, types.format);
    } else {
      tr.addMark(range.from, range.to, types.format.create(formatAttrs(stamp, range.change)));
    }
  }
}

function record(mark: Mark): MarkRecord {
  const json: unknown = mark.toJSON();
  const attrs =
    typeof json === 'object' &&
    json !== null &&
    'attrs' in json &&
    typeof json.attrs === 'object' &&
    json.attrs
      ? Object.fromEntries(Object.entries(json.attrs))
      : undefined;
  return attrs ? { type: mark.type.name, attrs } : { type: mark.type.name };
}

function withAdded(change: FormatChange, mark: Mark, had: Mark | undefined): FormatChange {
  const type = mark.type.name;
  if (change.removed.some((removed) => removed.type === type)) {
    // Putting back what the suggestion took off cancels that part of it.
    return { added: change.added, removed: change.removed.filter((removed) => removed.type !== type) };
  }
  if (had && !mark.type.spec.excludes) {
    return change;
  }
  if (had) {
    // Replacing a mark of the same type (a link's address): the old one is what a reject restores.
    return {
      added: [...change.added.filter((added) => added.type !== type), record(mark)],
      removed: change.removed.some((removed) => removed.type === type)
        ? change.removed
        : [...change.removed, record(had)],
    };
  }
  return {
    added: [...change.added.filter((added) => added.type !== type), record(mark)],
    removed: change.removed,
  };
}

function withRemoved(change: FormatChange, mark: Mark, had: Mark | undefined): FormatChange {
  const type = mark.type.name;
  if (!had) {
    return change;
  }
  if (change.added.some((added) => added.type === type)) {
    return { added: change.added.filter((added) => added.type !== type), removed: change.removed };
  }
  return { added: change.added, removed: [...change.removed, record(had)] };
}
