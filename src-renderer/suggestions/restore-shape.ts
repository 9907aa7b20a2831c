import type { NodeType, ResolvedPos } from '@tiptap/pm/model';
import type { Transaction } from '@tiptap/pm/state';
import { canJoin, findWrapping, liftTarget } from '@tiptap/pm/transform';
import { LIST_TYPES, QUOTE_TYPE, type BlockShape } from '../../src-common/suggestions/block-shape';
import { shapeAt } from './block-shapes';

// Rejecting a suggested change of a paragraph's shape: the paragraph gets back its type, level and direction, and is
// put back into (or taken out of) the list and the quote it stood in.

/** Gives the textblock around `inside` (a position within it, in `tr.doc`) the shape it had. */
export function restoreShape(tr: Transaction, inside: number, was: BlockShape): void {
  restoreType(tr, tr.doc.resolve(inside), was);
  const now = shapeAt(tr.doc.resolve(inside));
  let position = inside;
  if (now.quote && !was.quote) {
    position = liftOut(tr, position, QUOTE_TYPE);
  }
  const listNow = shapeAt(tr.doc.resolve(position)).list;
  if (listNow !== null && listNow !== was.list) {
    position = liftOut(tr, position, listNow);
  }
  const schema = tr.doc.type.schema;
  if (was.list !== null && listNow !== was.list) {
    position = wrapIn(tr, position, schema.nodes[was.list]);
  }
  if (was.quote && !now.quote) {
    wrapIn(tr, position, schema.nodes[QUOTE_TYPE]);
  }
}

function restoreType(tr: Transaction, $inside: ResolvedPos, was: BlockShape): void {
  const type = tr.doc.type.schema.nodes[was.type];
  if (!type) {
    return;
  }
  const attrs: Record<string, unknown> = { ...$inside.parent.attrs, dir: was.dir };
  if (was.level !== null) {
    attrs.level = was.level;
  }
  tr.setNodeMarkup($inside.before(), type, attrs);
}

/** Runs a change and returns where `position` is after it. */
function following(tr: Transaction, position: number, change: () => void): number {
  const first = tr.steps.length;
  change();
  return tr.mapping.slice(first).map(position);
}

/** Takes the textblock out of its nearest wrapper of `wrapperType` (for a list, out of its entry as well). */
function liftOut(tr: Transaction, inside: number, wrapperType: string): number {
  let position = inside;
  // A paragraph in a list entry comes out of the entry and the list in one lift; nested wrappers take more.
  for (let tries = 0; tries < 4 && insideWrapper(tr.doc.resolve(position), wrapperType); tries += 1) {
    const range = tr.doc.resolve(position).blockRange();
    const target = range ? liftTarget(range) : null;
    if (!range || target === null) {
      break;
    }
    position = following(tr, position, () => tr.lift(range, target));
  }
  return position;
}

function insideWrapper($inside: ResolvedPos, wrapperType: string): boolean {
  for (let depth = $inside.depth - 1; depth > 0; depth -= 1) {
    if ($inside.node(depth).type.name === wrapperType) {
      return true;
    }
  }
  return false;
}

/** Wraps the textblock in `type` (a list gets its entry too), joined to neighbours of the same type. */
function wrapIn(tr: Transaction, inside: number, type: NodeType | undefined): number {
  const range = tr.doc.resolve(inside).blockRange();
  const wrapping = type && range ? findWrapping(range, type) : null;
  if (!type || !range || !wrapping) {
    return inside;
  }
  const first = tr.steps.length;
  tr.wrap(range, wrapping);
  let position = tr.mapping.slice(first).map(inside);
  const wrapperStart = tr.mapping.slice(first).map(range.start, -1);
  const wrapperEnd = wrapperStart + (tr.doc.nodeAt(wrapperStart)?.nodeSize ?? 0);
  if (joinable(tr, wrapperEnd, type)) {
    position = following(tr, position, () => tr.join(wrapperEnd));
  }
  if (joinable(tr, wrapperStart, type)) {
    position = following(tr, position, () => tr.join(wrapperStart));
  }
  return position;
}

function joinable(tr: Transaction, position: number, type: NodeType): boolean {
  const $position = tr.doc.resolve(position);
  const wrapper = LIST_TYPES.includes(type.name) || type.name === QUOTE_TYPE;
  return (
    wrapper &&
    $position.nodeBefore?.type === type &&
    $position.nodeAfter?.type === type &&
    canJoin(tr.doc, position)
  );
}
