import { Extension } from '@tiptap/core';
import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import { Plugin, PluginKey, type Transaction } from '@tiptap/pm/state';
import { Decoration, DecorationSet } from '@tiptap/pm/view';
import type * as Y from 'yjs';
import { changedRangeOf, textblocksBetween } from './changed-range';
import { claimRange, findCountClaims, type CountClaim } from '../../../src-common/checks/count-claims';
import { readSignatories, signatoriesMap } from '../../../src-common/signatories/signatories-doc';
import { confirmedCount } from '../../../src-common/signatories/signatory';

/** What the count check reads: the letter's own signatory list. */
export interface CountCheckOptions {
  doc: Y.Doc | null;
}

interface CountCheckState {
  /** Confirmed signatories, or null while the list is empty (nothing to compare with yet, as in the Checks tab). */
  confirmed: number | null;
  decorations: DecorationSet;
}

/** The plugin's key; a transaction carrying it as meta brings a new confirmed count. */
export const countCheckKey = new PluginKey<CountCheckState>('countCheck');

/** "“over 230” holds for 231–240 confirmed signatories; the list has 222." */
export function claimRule(
  claim: Pick<CountClaim, 'text' | 'value' | 'qualifier'>,
  confirmed: number,
): string {
  const range = claimRange(claim);
  const holds = range.min === range.max ? `exactly ${range.min}` : `${range.min}–${range.max}`;
  return `“${claim.text}” holds for ${holds} confirmed signatories; the list has ${confirmed}.`;
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
 * The underlines for a document and a confirmed count (none while the list is empty). Claims are sentences, and a
 * sentence never spans two paragraphs, so each text block is checked on its own; inline nodes (note references)
 * stand in as one character so offsets map back to positions.
 */
export function countClaimDecorations(doc: ProseMirrorNode, confirmed: number | null): DecorationSet {
  if (confirmed === null) {
    return DecorationSet.empty;
  }
  const decorations: Decoration[] = [];
  doc.descendants((node, position) => {
    if (!node.isTextblock) {
      return true;
    }
    decorations.push(...blockDecorations(node, position, confirmed));
    return false;
  });
  return decorations.length === 0 ? DecorationSet.empty : DecorationSet.create(doc, decorations);
}

function blockDecorations(block: ProseMirrorNode, position: number, confirmed: number): Decoration[] {
  const decorations: Decoration[] = [];
  for (const claim of claimsIn(block)) {
    const range = claimRange(claim);
    if (confirmed >= range.min && confirmed <= range.max) {
      continue;
    }
    const rule = claimRule(claim, confirmed);
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
  confirmed: number | null,
): DecorationSet {
  if (confirmed === null) {
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
    const fresh = blockDecorations(node, position, confirmed);
    if (stale.length > 0) {
      decorations = decorations.remove(stale);
    }
    if (fresh.length > 0) {
      decorations = decorations.add(tr.doc, fresh);
    }
  }
  return decorations;
}

function countOf(doc: Y.Doc | null): number | null {
  const signatories = doc ? readSignatories(doc) : [];
  return signatories.length === 0 ? null : confirmedCount(signatories);
}

/**
 * Underlines a claim about how many signed ("We, over 230 organizations") that the confirmed count does not bear
 * out, with the rule as its tooltip and accessible description. Follows the text and the list as either changes.
 */
export const CountCheck = Extension.create<CountCheckOptions>({
  name: 'countCheck',
  addOptions() {
    return { doc: null };
  },
  addProseMirrorPlugins() {
    const letter = this.options.doc;
    return [
      new Plugin<CountCheckState>({
        key: countCheckKey,
        state: {
          init: (_config, state) => {
            const confirmed = countOf(letter);
            return { confirmed, decorations: countClaimDecorations(state.doc, confirmed) };
          },
          apply: (tr, previous) => {
            const meta: unknown = tr.getMeta(countCheckKey);
            const confirmed = typeof meta === 'number' || meta === null ? meta : previous.confirmed;
            if (confirmed !== previous.confirmed) {
              return { confirmed, decorations: countClaimDecorations(tr.doc, confirmed) };
            }
            if (!tr.docChanged) {
              return previous;
            }
            return {
              confirmed,
              decorations: countClaimDecorationsAfter(tr, previous.decorations, confirmed),
            };
          },
        },
        props: { decorations: (state) => countCheckKey.getState(state)?.decorations ?? DecorationSet.empty },
        view: (view) => {
          if (!letter) {
            return {};
          }
          const refresh = () => {
            const confirmed = countOf(letter);
            if (confirmed !== countCheckKey.getState(view.state)?.confirmed) {
              view.dispatch(view.state.tr.setMeta(countCheckKey, confirmed).setMeta('addToHistory', false));
            }
          };
          signatoriesMap(letter).observeDeep(refresh);
          return { destroy: () => signatoriesMap(letter).unobserveDeep(refresh) };
        },
      }),
    ];
  },
});
