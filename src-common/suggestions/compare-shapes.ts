import type { ProseMirrorJson } from '../letter/prosemirror-json';
import { sameBlocks } from '../versions/compare';
import {
  BLOCK_SUGGESTION_ATTR,
  encodeBlockSuggestion,
  LIST_ITEM_TYPE,
  LIST_TYPES,
  QUOTE_TYPE,
  sameShape,
  shapeOf,
} from './block-shape';
import { resolveSuggestionsInJson } from './json-suggestions';
import { TEXTBLOCK_TYPES, type SuggestionStamp } from './suggestion';

// A version compared as suggestions: paragraphs that only changed shape since the version (made a heading, put in a
// list or a quote, turned right to left) are suggested as shape changes, as the Suggesting mode writes them, rather
// than removed and written again: the review reads "Make heading 2" over the same words.

/** A paragraph or heading with the wrappers it stands in, outermost first. */
interface PlacedTextblock {
  block: ProseMirrorJson;
  wrappers: string[];
}

/** How the words of a paragraph that changed shape are written when they changed too. */
export type WordsWriter = (before: ProseMirrorJson, after: ProseMirrorJson) => ProseMirrorJson[];

/**
 * The added blocks of a run of changes, each of their paragraphs carrying the shape its counterpart had in the
 * removed blocks; null when the run is not paragraphs that changed shape (other counts, other kinds of blocks, or a
 * result whose reject would not give back the removed blocks exactly).
 * `wrappers` are the blocks the run stands in (a list item's list, a quote).
 */
export function reshapedRun(
  removed: readonly ProseMirrorJson[],
  added: readonly ProseMirrorJson[],
  wrappers: readonly string[],
  stamp: SuggestionStamp,
  writeWords: WordsWriter,
): ProseMirrorJson[] | null {
  const before = textblocksOf(removed, wrappers);
  const after = textblocksOf(added, wrappers);
  if (!before || !after || before.length === 0 || before.length !== after.length) {
    return null;
  }
  const shapes = before.map((placed, index) => {
    const now = after[index];
    const was = shapeOf(placed.block.type, placed.block.attrs, placed.wrappers);
    return now && !sameShape(was, shapeOf(now.block.type, now.block.attrs, now.wrappers)) ? was : null;
  });
  if (shapes.every((shape) => shape === null)) {
    return null;
  }
  let index = 0;
  const reshaped = mapTextblocks(added, (block) => {
    const was = before[index]?.block;
    const shape = shapes[index];
    index += 1;
    const content =
      was && !sameBlocks(was.content ?? [], block.content ?? []) ? writeWords(was, block) : null;
    const withWords = content ? { ...block, content } : block;
    return shape
      ? {
          ...withWords,
          attrs: { ...block.attrs, [BLOCK_SUGGESTION_ATTR]: encodeBlockSuggestion(stamp, shape) },
        }
      : withWords;
  });
  return settlesTo(reshaped, removed, added, wrappers) ? reshaped : null;
}

/** The paragraphs and headings of blocks made only of them, lists and quotes; null if anything else is there. */
function textblocksOf(
  blocks: readonly ProseMirrorJson[],
  wrappers: readonly string[],
): PlacedTextblock[] | null {
  const found: PlacedTextblock[] = [];
  for (const block of blocks) {
    if (TEXTBLOCK_TYPES.includes(block.type)) {
      found.push({ block, wrappers: [...wrappers] });
      continue;
    }
    const wraps =
      LIST_TYPES.includes(block.type) || block.type === LIST_ITEM_TYPE || block.type === QUOTE_TYPE;
    const inner = wraps ? textblocksOf(block.content ?? [], [...wrappers, block.type]) : null;
    if (!inner) {
      return null;
    }
    found.push(...inner);
  }
  return found;
}

function mapTextblocks(
  blocks: readonly ProseMirrorJson[],
  change: (block: ProseMirrorJson) => ProseMirrorJson,
): ProseMirrorJson[] {
  return blocks.map((block) => {
    if (TEXTBLOCK_TYPES.includes(block.type)) {
      return change(block);
    }
    return block.content ? { ...block, content: mapTextblocks(block.content, change) } : block;
  });
}

/**
 * Whether the rules that settle every suggestion in exports give back both sides: `removed` when all of `merged`'s
 * suggestions are rejected, `added` when all are accepted, in the blocks they stand in (`wrappers`). When they would
 * not (a list's own attributes, say, which a shape does not record), the shapes are not suggested.
 */
export function settlesTo(
  merged: readonly ProseMirrorJson[],
  removed: readonly ProseMirrorJson[],
  added: readonly ProseMirrorJson[],
  wrappers: readonly string[],
): boolean {
  const rejected = resolveSuggestionsInJson(wrapped(merged, wrappers), 'rejected');
  const accepted = resolveSuggestionsInJson(wrapped(merged, wrappers), 'accepted');
  return (
    sameBlocks(rejected.content ?? [], wrapped(removed, wrappers).content ?? []) &&
    sameBlocks(accepted.content ?? [], wrapped(added, wrappers).content ?? [])
  );
}

function wrapped(blocks: readonly ProseMirrorJson[], wrappers: readonly string[]): ProseMirrorJson {
  const inner = wrappers.reduceRight<ProseMirrorJson[]>((content, type) => [{ type, content }], [...blocks]);
  return { type: 'doc', content: inner };
}
