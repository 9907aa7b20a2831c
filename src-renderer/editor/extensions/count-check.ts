import { Extension } from '@tiptap/core';
import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import { Plugin, PluginKey, type Transaction } from '@tiptap/pm/state';
import { Decoration, DecorationSet } from '@tiptap/pm/view';
import type * as Y from 'yjs';
import { changedRangeOf, textblocksBetween } from './changed-range';
import { findCountClaims, type CountClaim } from '../../../src-common/checks/count-claims';
import {
  claimRange,
  judgeClaim,
  kindCount,
  kindCountWording,
  kindNoun,
  unmarkedCount,
  type SignedCount,
} from '../../../src-common/checks/claim-verdict';
import { signedCountOf } from '../../../src-common/checks/letter-problems';
import { META_FIELD, type LetterMeta } from '../../../src-common/letter/letter-doc';
import { signatoriesMap } from '../../../src-common/signatories/signatories-doc';

const UNLISTED_KEY: keyof LetterMeta = 'unlistedSignatories';

/** What the count check reads: the letter's own signatory list. */
export interface CountCheckOptions {
  doc: Y.Doc | null;
  /**
   * Runs the first count later (the screen passes `whenIdle`; returns a way to cancel it), so that reading a long
   * list does not hold up the letter's first showing; until then no claim is underlined. Null: counted at once.
   */
  countLater: ((task: () => void) => () => void) | null;
}

interface CountCheckState {
  /** Who signed, or null while there is nothing to count yet (as in the Checks tab). */
  count: SignedCount | null;
  decorations: DecorationSet;
}

/** The plugin's key; a transaction carrying it as meta brings a new count. */
export const countCheckKey = new PluginKey<CountCheckState>('countCheck');

/** "“over 230” holds for 231–240 confirmed signatories; the list has 222." */
export function claimRule(
  claim: Pick<CountClaim, 'text' | 'value' | 'qualifier' | 'kind'>,
  count: SignedCount,
): string {
  const range = claimRange(claim);
  const holds = range.min === range.max ? `exactly ${range.min}` : `${range.min}–${range.max}`;
  if (claim.kind !== undefined) {
    const counted = kindCount(count, claim.kind);
    return `“${claim.text}” holds for ${holds} ${kindNoun(claim.kind, range.max)}; ${kindCountWording(claim.kind, counted, unmarkedCount(count))}.`;
  }
  if (count.unlisted === 0) {
    return `“${claim.text}” holds for ${holds} confirmed signatories; the list has ${count.confirmed}.`;
  }
  return (
    `“${claim.text}” holds for ${holds} signatories; the list has ${count.confirmed} confirmed ` +
    `and ${count.unlisted} more not listed by name.`
  );
}

/** Whether two counts are the same, so the underlines need not be drawn again. */
export function sameCount(a: SignedCount | null, b: SignedCount | null): boolean {
  if (a === b) {
    return true;
  }
  return (
    a !== null &&
    b !== null &&
    a.confirmed === b.confirmed &&
    a.unlisted === b.unlisted &&
    (a.kinds?.people ?? 0) === (b.kinds?.people ?? 0) &&
    (a.kinds?.organizations ?? 0) === (b.kinds?.organizations ?? 0)
  );
}

// Claims depend on a paragraph's text alone, and ProseMirror keeps every unchanged paragraph as the same node from
// one state to the next (y-prosemirror does too for a co-editor's change): a keystroke reads one paragraph again.
const claimsOfBlock = new WeakMap<ProseMirrorNode, readonly CountClaim[]>();

function claimsIn(block: ProseMirrorNode): readonly CountClaim[] {
  const known = claimsOfBlock.get(block);
  if (known) {
    return known;
  }
  const text = block.textBetween(0, block.content.size, undefined, '\ufffc');
  const claims = findCountClaims({ body: text });
  claimsOfBlock.set(block, claims);
  return claims;
}

/**
 * The underlines for a document and a count (none while there is nothing to count). Claims are sentences, and a
 * sentence never spans two paragraphs, so each text block is checked on its own; inline nodes (note references)
 * stand in as one character so offsets map back to positions.
 */
export function countClaimDecorations(doc: ProseMirrorNode, count: SignedCount | null): DecorationSet {
  if (count === null) {
    return DecorationSet.empty;
  }
  const decorations: Decoration[] = [];
  doc.descendants((node, position) => {
    if (!node.isTextblock) {
      return true;
    }
    decorations.push(...blockDecorations(node, position, count));
    return false;
  });
  return decorations.length === 0 ? DecorationSet.empty : DecorationSet.create(doc, decorations);
}

function blockDecorations(block: ProseMirrorNode, position: number, count: SignedCount): Decoration[] {
  const decorations: Decoration[] = [];
  for (const claim of claimsIn(block)) {
    // A claim of one kind that entries without a kind leave open is not underlined: the Checks tab says why.
    if (judgeClaim(claim, count).verdict !== 'fails') {
      continue;
    }
    const rule = claimRule(claim, count);
    decorations.push(
      Decoration.inline(position + 1 + claim.start, position + 1 + claim.end, {
        class: 'count-claim-mismatch',
        title: rule,
        'aria-description': rule,
      }),
    );
  }
  return decorations;
}

/**
 * The underlines after a change of the text alone: the paragraphs the change touched are read again, the others'
 * underlines move with the text, so a keystroke costs one paragraph however long the letter is.
 */
export function countClaimDecorationsAfter(
  tr: Transaction,
  previous: DecorationSet,
  count: SignedCount | null,
): DecorationSet {
  if (count === null) {
    return DecorationSet.empty;
  }
  const change = changedRangeOf(tr);
  if (!change) {
    return previous;
  }
  const blocks = textblocksBetween(tr.doc, change.from, change.toNew);
  let decorations = previous.map(change.mapping, tr.doc);
  for (const { node, position } of blocks) {
    const stale = decorations.find(position, position + node.nodeSize);
    const fresh = blockDecorations(node, position, count);
    if (stale.length > 0) {
      decorations = decorations.remove(stale);
    }
    if (fresh.length > 0) {
      decorations = decorations.add(tr.doc, fresh);
    }
  }
  return decorations;
}

/**
 * Underlines a claim about how many signed ("We, over 230 organizations") that the count does not bear out (the
 * confirmed entries and those signed but not listed by name), with the rule as its tooltip and accessible
 * description. Follows the text, the list and the number not listed whenever one of them changes.
 */
export const CountCheck = Extension.create<CountCheckOptions>({
  name: 'countCheck',
  addOptions() {
    return { doc: null, countLater: null };
  },
  addProseMirrorPlugins() {
    const letter = this.options.doc;
    const countLater = this.options.countLater;
    return [
      new Plugin<CountCheckState>({
        key: countCheckKey,
        state: {
          init: (_config, state) => {
            const count = letter && !countLater ? signedCountOf(letter) : null;
            return { count, decorations: countClaimDecorations(state.doc, count) };
          },
          apply: (tr, previous) => {
            const meta: unknown = tr.getMeta(countCheckKey);
            const count = meta === undefined ? previous.count : toSignedCount(meta);
            if (!sameCount(count, previous.count)) {
              return { count, decorations: countClaimDecorations(tr.doc, count) };
            }
            if (!tr.docChanged) {
              return previous;
            }
            return { count, decorations: countClaimDecorationsAfter(tr, previous.decorations, count) };
          },
        },
        props: { decorations: (state) => countCheckKey.getState(state)?.decorations ?? DecorationSet.empty },
        view: (view) => {
          if (!letter) {
            return {};
          }
          const refresh = () => {
            const count = signedCountOf(letter);
            if (!sameCount(count, countCheckKey.getState(view.state)?.count ?? null)) {
              view.dispatch(view.state.tr.setMeta(countCheckKey, count).setMeta('addToHistory', false));
            }
          };
          // The list and the number not listed (kept with the letter's metadata) both change the count; other
          // metadata (the title, as it is typed) does not, and must not cost a reading of the whole list.
          const refreshOnUnlisted = (event: Y.YMapEvent<unknown>) => {
            if (event.keysChanged.has(UNLISTED_KEY)) {
              refresh();
            }
          };
          signatoriesMap(letter).observeDeep(refresh);
          letter.getMap(META_FIELD).observe(refreshOnUnlisted);
          const cancelFirstCount = countLater?.(refresh);
          return {
            destroy: () => {
              cancelFirstCount?.();
              signatoriesMap(letter).unobserveDeep(refresh);
              letter.getMap(META_FIELD).unobserve(refreshOnUnlisted);
            },
          };
        },
      }),
    ];
  },
});

// A transaction's meta is untyped: only a count this plugin set is read as one.
function toSignedCount(meta: unknown): SignedCount | null {
  if (typeof meta !== 'object' || meta === null) {
    return null;
  }
  const confirmed: unknown = Reflect.get(meta, 'confirmed');
  const unlisted: unknown = Reflect.get(meta, 'unlisted');
  if (typeof confirmed !== 'number' || typeof unlisted !== 'number') {
    return null;
  }
  const kinds: unknown = Reflect.get(meta, 'kinds');
  if (typeof kinds !== 'object' || kinds === null) {
    return { confirmed, unlisted };
  }
  const people: unknown = Reflect.get(kinds, 'people');
  const organizations: unknown = Reflect.get(kinds, 'organizations');
  return typeof people === 'number' && typeof organizations === 'number'
    ? { confirmed, unlisted, kinds: { people, organizations } }
    : { confirmed, unlisted };
}
