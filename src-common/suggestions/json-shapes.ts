import type { ProseMirrorJson } from '../letter/prosemirror-json';
import {
  BLOCK_SUGGESTION_ATTR,
  decodeBlockSuggestion,
  LIST_ITEM_TYPE,
  LIST_TYPES,
  QUOTE_TYPE,
  type BlockShape,
} from './block-shape';
import { TEXTBLOCK_TYPES } from './suggestion';

// Suggested changes of a paragraph's shape settled in a body's JSON, for exports and anything else without an
// editor: the same outcome as the editor's accept and reject (src-renderer/suggestions/restore-shape.ts).

/**
 * The body with every shape suggestion settled. Accepted, each paragraph keeps the shape it has. Rejected, each gets
 * back its type, level and direction, and goes back into (or out of) the list or quote it stood in.
 */
export function settleShapesInJson(doc: ProseMirrorJson, accepted: boolean): ProseMirrorJson {
  if (!doc.content) {
    return doc;
  }
  return { ...doc, content: settleBlocks(doc.content, accepted, { list: null, quote: false }) };
}

interface Place {
  list: string | null;
  quote: boolean;
}

/** A node made here to put a paragraph back into a list or quote: it joins a neighbour of the same type. */
const madeHere = new WeakSet<ProseMirrorJson>();

function settleBlocks(
  blocks: readonly ProseMirrorJson[],
  accepted: boolean,
  place: Place,
): ProseMirrorJson[] {
  const out: ProseMirrorJson[] = [];
  for (const block of blocks) {
    if (TEXTBLOCK_TYPES.includes(block.type)) {
      out.push(accepted ? withoutShape(block) : placed(block, place));
    } else if (!accepted && LIST_TYPES.includes(block.type)) {
      out.push(...regroupList(block, place));
    } else if (!accepted && block.type === QUOTE_TYPE) {
      out.push(...regroupQuote(block, place));
    } else if (block.content) {
      out.push({ ...block, content: settleBlocks(block.content, accepted, place) });
    } else {
      out.push(block);
    }
  }
  return accepted ? out : joinMade(out);
}

/** A rejected paragraph as it was, wrapped in the list or quote it stood in when that is not where it stands now. */
function placed(block: ProseMirrorJson, place: Place): ProseMirrorJson {
  const was = shapeWas(block);
  const restored = was ? restoredType(block, was) : block;
  if (was?.list && place.list === null) {
    return made({ type: was.list, content: [{ type: LIST_ITEM_TYPE, content: [restored] }] });
  }
  if (was?.quote && !place.quote) {
    return made({ type: QUOTE_TYPE, content: [restored] });
  }
  return restored;
}

/** A list's entries, each back in the list it stood in: runs of entries keep a list, others leave it. */
function regroupList(list: ProseMirrorJson, place: Place): ProseMirrorJson[] {
  const out: ProseMirrorJson[] = [];
  let run: { type: string; items: ProseMirrorJson[] } | null = null;
  const inside: Place = { ...place, list: list.type };
  for (const item of list.content ?? []) {
    const first = item.content?.[0];
    const was = first ? shapeWas(first) : null;
    const home = was ? was.list : list.type;
    const content = settleBlocks(
      item.content ?? [],
      false,
      home === null ? place : { ...inside, list: home },
    );
    if (home === null) {
      run = null;
      out.push(...content);
      continue;
    }
    if (!run || run.type !== home) {
      run = { type: home, items: [] };
      const node: ProseMirrorJson = { type: home, content: run.items };
      if (home === list.type && list.attrs) {
        node.attrs = list.attrs;
      }
      out.push(home === list.type && out.length === 0 ? node : made(node));
    }
    run.items.push({ ...item, content });
  }
  return out;
}

/** A quote's paragraphs, those that stood outside it taken out. */
function regroupQuote(quote: ProseMirrorJson, place: Place): ProseMirrorJson[] {
  const out: ProseMirrorJson[] = [];
  let run: ProseMirrorJson[] | null = null;
  for (const child of quote.content ?? []) {
    const was = TEXTBLOCK_TYPES.includes(child.type) ? shapeWas(child) : null;
    if (was && !was.quote) {
      run = null;
      out.push(...settleBlocks([child], false, place));
      continue;
    }
    if (!run) {
      run = [];
      out.push(out.length === 0 ? { ...quote, content: run } : made({ type: QUOTE_TYPE, content: run }));
    }
    run.push(...settleBlocks([child], false, { ...place, quote: true }).map(unwrapQuote));
  }
  return out;
}

// A paragraph already in the quote that also says it stood in one needs no second quote around it.
function unwrapQuote(node: ProseMirrorJson): ProseMirrorJson {
  return madeHere.has(node) && node.type === QUOTE_TYPE && node.content?.length === 1 && node.content[0]
    ? node.content[0]
    : node;
}

/** Joins neighbouring lists or quotes of the same type where one of them was made here. */
function joinMade(blocks: ProseMirrorJson[]): ProseMirrorJson[] {
  const out: ProseMirrorJson[] = [];
  for (const block of blocks) {
    const previous = out[out.length - 1];
    const joinable = LIST_TYPES.includes(block.type) || block.type === QUOTE_TYPE;
    if (
      previous &&
      joinable &&
      previous.type === block.type &&
      (madeHere.has(block) || madeHere.has(previous))
    ) {
      const joined: ProseMirrorJson = {
        ...previous,
        content: [...(previous.content ?? []), ...(block.content ?? [])],
      };
      // Still made here: the neighbour after it joins it too ("a" [b] "c" with b put back in the list).
      out[out.length - 1] = made(joined);
      continue;
    }
    out.push(block);
  }
  return out;
}

function made(node: ProseMirrorJson): ProseMirrorJson {
  madeHere.add(node);
  return node;
}

function shapeWas(block: ProseMirrorJson): BlockShape | null {
  return decodeBlockSuggestion(block.attrs?.[BLOCK_SUGGESTION_ATTR])?.was ?? null;
}

function restoredType(block: ProseMirrorJson, was: BlockShape): ProseMirrorJson {
  const attrs: Record<string, unknown> = { ...block.attrs };
  delete attrs[BLOCK_SUGGESTION_ATTR];
  delete attrs.level;
  delete attrs.dir;
  if (was.level !== null) {
    attrs.level = was.level;
  }
  if (was.dir !== null) {
    attrs.dir = was.dir;
  }
  const restored: ProseMirrorJson = { ...block, type: was.type };
  if (Object.keys(attrs).length > 0) {
    restored.attrs = attrs;
  } else {
    delete restored.attrs;
  }
  return restored;
}

function withoutShape(block: ProseMirrorJson): ProseMirrorJson {
  if (!block.attrs || !(BLOCK_SUGGESTION_ATTR in block.attrs)) {
    return block;
  }
  const attrs = { ...block.attrs };
  delete attrs[BLOCK_SUGGESTION_ATTR];
  return { ...block, attrs };
}
