import { appendAll } from '../collections';
import { compareBodies, wordChanges, type BlockChange, type WordChange } from '../versions/compare';
import { reshapedRun, settlesTo } from './compare-shapes';
import type { ProseMirrorJson } from '../letter/prosemirror-json';
import {
  BREAK_SUGGESTION_ATTR,
  DELETION_MARK,
  encodeNodeSuggestion,
  INSERTION_MARK,
  INLINE_SUGGESTION_ATTR,
  plainStamp,
  TEXTBLOCK_TYPES,
  type SuggestionAuthor,
  type SuggestionKind,
  type SuggestionStamp,
} from './suggestion';

// The "what changed since partners agreed" review: the differences between a saved version and the letter as it is
// now, written into today's text as pending suggestions. Text only today has is suggested as inserted; text only the
// version has is put back, suggested as deleted. Accepting everything leaves today's text, rejecting everything the
// version's, by the same rules as every other suggestion (src-renderer/suggestions/review.ts).

/** Who the comparison's suggestions are by, and how each gets its id and time. */
export interface ComparisonStamps {
  author: SuggestionAuthor;
  time: string;
  newId(): string;
}

/** The colour of a comparison's suggestions: one of the profile colours, which the suggestion styles know. */
export const COMPARISON_COLOUR = '#6d28d9';

/** The author a comparison with a version signs its suggestions as, so they can be settled together. */
export function comparisonAuthor(versionId: string, label: string): SuggestionAuthor {
  return {
    authorId: `version:${versionId}`,
    authorName: `Changes since “${label}”`.slice(0, 200),
    colour: COMPARISON_COLOUR,
  };
}

/**
 * Today's body with the differences from `version` as pending suggestions. Both bodies should be free of pending
 * suggestions (the version read as agreed, today's settled), or the two kinds would mix.
 */
export function suggestDifferences(
  version: ProseMirrorJson,
  current: ProseMirrorJson,
  stamps: ComparisonStamps,
): ProseMirrorJson {
  const changes = compareBodies(version, current);
  const reshaped = { ...current, content: new SuggestionWriter(stamps, true).blocks(changes) };
  // Shape changes are found run by run; the whole body must still settle back both ways, or the review goes without
  // them (removed and added).
  return settlesTo(reshaped.content, version.content ?? [], current.content ?? [], [])
    ? reshaped
    : { ...current, content: new SuggestionWriter(stamps, false).blocks(changes) };
}

function isEmptyTextblock(change: BlockChange): boolean {
  return (
    (change.kind === 'added' || change.kind === 'removed') &&
    TEXTBLOCK_TYPES.includes(change.block.type) &&
    (change.block.content ?? []).length === 0
  );
}

class SuggestionWriter {
  private stamp: SuggestionStamp | null = null;

  constructor(
    private readonly stamps: ComparisonStamps,
    private readonly reshaping: boolean,
  ) {}

  /**
   * The merged blocks: a run of changes between two unchanged parts is one suggestion. `wrappers` are the lists and
   * quotes the blocks stand in.
   */
  blocks(changes: readonly BlockChange[], wrappers: readonly string[] = []): ProseMirrorJson[] {
    const out: ProseMirrorJson[] = [];
    let run: BlockChange[] = [];
    for (const change of changes) {
      if (change.kind === 'added' || change.kind === 'removed') {
        run.push(change);
        continue;
      }
      appendAll(out, this.run(run, wrappers));
      run = [];
      out.push(this.block(change, wrappers));
    }
    appendAll(out, this.run(run, wrappers));
    return out;
  }

  private block(change: BlockChange, wrappers: readonly string[]): ProseMirrorJson {
    switch (change.kind) {
      case 'same':
        this.stamp = null;
        return change.block;
      case 'added':
        return suggestBlock(change.block, 'insert', this.current());
      case 'removed':
        return suggestBlock(change.block, 'delete', this.current());
      case 'changed':
        return { ...change.after, content: this.words(change.words) };
      case 'within':
        return { ...change.after, content: this.blocks(change.children, [...wrappers, change.after.type]) };
    }
  }

  // Blocks removed and added side by side: the same paragraphs in another shape are suggested as shape changes,
  // written where the added blocks stand. Empty paragraphs (an editor adds one after a list at the end) pair with
  // nothing: they are added or removed as they are.
  private run(run: readonly BlockChange[], wrappers: readonly string[]): ProseMirrorJson[] {
    if (run.length === 0) {
      return [];
    }
    const paired = run.filter((change) => this.reshaping && !isEmptyTextblock(change));
    const side = (kind: 'added' | 'removed') =>
      paired.flatMap((change) => (change.kind === kind ? [change.block] : []));
    const reshaped =
      paired.length > 0
        ? reshapedRun(side('removed'), side('added'), wrappers, this.current(), (before, after) =>
            this.words(wordChanges(before, after)),
          )
        : null;
    if (!reshaped) {
      return run.map((change) => this.block(change, wrappers));
    }
    return run.flatMap((change) => {
      if (isEmptyTextblock(change)) {
        return [this.block(change, wrappers)];
      }
      return change.kind === 'added' ? reshaped.splice(0, 1) : [];
    });
  }

  private words(words: readonly WordChange[]): ProseMirrorJson[] {
    return words.flatMap((word) => {
      if (word.kind === 'same') {
        this.stamp = null;
        return word.nodes;
      }
      const kind: SuggestionKind = word.kind === 'added' ? 'insert' : 'delete';
      const stamp = this.current();
      return word.nodes.map((node) => suggestInline(node, kind, stamp));
    });
  }

  private current(): SuggestionStamp {
    this.stamp = this.stamp ?? { ...this.stamps.author, id: this.stamps.newId(), time: this.stamps.time };
    return this.stamp;
  }
}

// A whole block suggested: its text and elements, and the break before each of its paragraphs, so rejecting an
// added block (or accepting a removed one) joins its emptied paragraphs into the one before and it is gone (at the
// top of the letter, with no paragraph before, an emptied paragraph goes whole).
function suggestBlock(block: ProseMirrorJson, kind: SuggestionKind, stamp: SuggestionStamp): ProseMirrorJson {
  if (!block.content && !TEXTBLOCK_TYPES.includes(block.type)) {
    return suggestInline(block, kind, stamp);
  }
  const content = block.content?.map((child) => suggestBlock(child, kind, stamp));
  const suggested: ProseMirrorJson = content ? { ...block, content } : { ...block };
  if (TEXTBLOCK_TYPES.includes(block.type)) {
    suggested.attrs = { ...block.attrs, [BREAK_SUGGESTION_ATTR]: encodeNodeSuggestion(kind, stamp) };
  }
  return suggested;
}

function suggestInline(node: ProseMirrorJson, kind: SuggestionKind, stamp: SuggestionStamp): ProseMirrorJson {
  if (node.type === 'text') {
    const type = kind === 'insert' ? INSERTION_MARK : DELETION_MARK;
    return { ...node, marks: [...(node.marks ?? []), { type, attrs: { ...plainStamp(stamp) } }] };
  }
  return { ...node, attrs: { ...node.attrs, [INLINE_SUGGESTION_ATTR]: encodeNodeSuggestion(kind, stamp) } };
}
