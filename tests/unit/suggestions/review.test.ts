import { joinBackward, splitBlock, toggleMark } from '@tiptap/pm/commands';
import type { EditorState } from '@tiptap/pm/state';
import { beforeEach, describe, expect, it } from 'vitest';
import { resolveSuggestionsInJson } from '../../../src-common/suggestions/json-suggestions';
import type { ProseMirrorJson } from '../../../src-common/letter/prosemirror-json';
import { suggestionsIn } from '../../../src-renderer/suggestions/doc-suggestions';
import { byAuthor, byId, reviewSuggestions, type Decision } from '../../../src-renderer/suggestions/review';
import {
  paragraph,
  picture,
  positionOf,
  schema,
  select,
  stateOf,
  suggest,
  suggestCommand,
  suggester,
} from './suggestion-editor';

let ayshe = suggester('ayshe', 'Ayshe');
let bilal = suggester('bilal', 'Bilal', '#be123c');

beforeEach(() => {
  ayshe = suggester('ayshe', 'Ayshe');
  bilal = suggester('bilal', 'Bilal', '#be123c');
});

function review(state: EditorState, decision: Decision, filter = byAuthor(null)): EditorState {
  const tr = state.tr;
  reviewSuggestions(tr, decision, filter);
  return state.apply(tr);
}

/** The plain text of each paragraph, as a reader sees the settled letter. */
function text(state: EditorState): string {
  const lines: string[] = [];
  state.doc.descendants((node) => {
    if (node.isTextblock) {
      let line = '';
      node.forEach((child) => {
        line += child.isText ? (child.text ?? '') : child.type.name === 'noteReference' ? '[n]' : '⏎';
      });
      lines.push(line);
      return false;
    }
    return true;
  });
  return lines.join('\n');
}

/**
 * Checks accepting and rejecting everything in the editor against the same document exported as if accepted or
 * rejected: the editor and every export agree on what the letter says.
 */
function expectSettled(state: EditorState, accepted: string, rejected: string): void {
  const acceptedState = review(state, 'accept');
  const rejectedState = review(state, 'reject');
  expect(text(acceptedState)).toBe(accepted);
  expect(text(rejectedState)).toBe(rejected);
  expect(suggestionsIn(acceptedState.doc)).toEqual([]);
  expect(suggestionsIn(rejectedState.doc)).toEqual([]);
  const json = state.doc.toJSON() as ProseMirrorJson;
  const exported = (outcome: 'accepted' | 'rejected') =>
    text(stateOf(resolveSuggestionsInJson(json, outcome).content ?? []));
  expect(exported('accepted')).toBe(accepted);
  expect(exported('rejected')).toBe(rejected);
}

function replace(state: EditorState, words: string, by: string, who = ayshe): EditorState {
  const from = positionOf(state.doc, words);
  return suggest(select(state, from, from + words.length), who, (tr) => tr.insertText(by));
}

function remove(state: EditorState, words: string, who = ayshe): EditorState {
  const from = positionOf(state.doc, words);
  return suggest(state, who, (tr) => tr.delete(from, from + words.length));
}

describe('accepting and rejecting suggestions', () => {
  it('settles one suggestion by its id and leaves the others pending', () => {
    let state = stateOf([paragraph('They whitewashed the abuses. We urge you to act.')]);
    state = replace(state, 'whitewashed', 'failed to address');
    state = remove(state, ' to act', bilal);
    const [first, second] = suggestionsIn(state.doc);
    if (!first || !second) {
      throw new Error('two suggestions expected');
    }
    state = review(state, 'accept', byId(first.id));
    expect(picture(state.doc)).toBe('They failed to address the abuses. We urge you{- to act-Bilal}.');
    state = review(state, 'reject', byId(second.id));
    expect(picture(state.doc)).toBe('They failed to address the abuses. We urge you to act.');
  });

  it('settles every suggestion of one author', () => {
    let state = stateOf([paragraph('one two three four')]);
    state = remove(state, 'one ');
    state = remove(state, 'three ', bilal);
    state = replace(state, 'four', 'FOUR');
    state = review(state, 'accept', byAuthor('ayshe'));
    expect(picture(state.doc)).toBe('two {-three -Bilal}FOUR');
  });

  it('in lists: new items and joined items', () => {
    const list: ProseMirrorJson = {
      type: 'bulletList',
      content: ['Free all detainees.', 'End forced labour.'].map((item) => ({
        type: 'listItem',
        content: [paragraph(item)],
      })),
    };
    let state = stateOf([paragraph('We demand:'), list]);
    state = select(state, positionOf(state.doc, 'forced'));
    state = suggestCommand(state, ayshe, splitBlock);
    state = suggest(state, ayshe, (tr) => tr.insertText('Stop ', state.selection.head));
    expectSettled(
      state,
      'We demand:\nFree all detainees.\nEnd \nStop forced labour.',
      'We demand:\nFree all detainees.\nEnd forced labour.',
    );
    let joined = stateOf([paragraph('We demand:'), list]);
    // Delete from the end of the first item to the start of the second: the items join.
    const start = positionOf(joined.doc, 'End');
    const end = positionOf(joined.doc, 'detainees.') + 'detainees.'.length;
    joined = suggest(joined, bilal, (tr) => tr.delete(end, start));
    expect(picture(joined.doc)).toContain('¶-Bilal End forced labour.');
    expectSettled(
      joined,
      'We demand:\nFree all detainees.End forced labour.',
      'We demand:\nFree all detainees.\nEnd forced labour.',
    );
  });

  it('with links: a suggested link, and an insertion and deletion inside linked words', () => {
    const link = schema.marks.link;
    if (!link) {
      throw new Error('no link mark');
    }
    let state = stateOf([
      {
        type: 'paragraph',
        content: [
          { type: 'text', text: 'See the ' },
          { type: 'text', text: 'UN report', marks: [{ type: 'link', attrs: { href: 'https://un.org/r' } }] },
          { type: 'text', text: ' on Xinjiang.' },
        ],
      },
    ]);
    state = replace(state, 'UN', 'OHCHR');
    const from = positionOf(state.doc, 'Xinjiang');
    state = select(state, from, from + 'Xinjiang'.length);
    state = suggestCommand(state, bilal, toggleMark(link, { href: 'https://example.org/x' }));
    const accepted = review(state, 'accept');
    const rejected = review(state, 'reject');
    expect(text(accepted)).toBe('See the OHCHR report on Xinjiang.');
    expect(text(rejected)).toBe('See the UN report on Xinjiang.');
    const linkAt = (settled: EditorState, words: string) =>
      settled.doc.nodeAt(positionOf(settled.doc, words))?.marks.find((mark) => mark.type === link)?.attrs
        .href;
    expect(linkAt(accepted, 'OHCHR')).toBe('https://un.org/r');
    expect(linkAt(accepted, 'Xinjiang')).toBe('https://example.org/x');
    expect(linkAt(rejected, 'UN')).toBe('https://un.org/r');
    expect(linkAt(rejected, 'Xinjiang')).toBeUndefined();
    expectSettled(state, 'See the OHCHR report on Xinjiang.', 'See the UN report on Xinjiang.');
  });

  it('with note references: a suggested reference, and a reference suggested for deletion', () => {
    let state = stateOf([
      {
        type: 'paragraph',
        content: [
          { type: 'text', text: 'Forced labour is documented' },
          { type: 'noteReference', attrs: { noteId: 'n1' } },
          { type: 'text', text: ' and denied.' },
        ],
      },
    ]);
    const at = positionOf(state.doc, '.');
    state = suggest(state, ayshe, (tr) => tr.insert(at, schema.node('noteReference', { noteId: 'n2' })));
    const old = positionOf(state.doc, ' and denied') - 1;
    state = suggest(state, bilal, (tr) => tr.delete(old, old + 1));
    expect(picture(state.doc)).toBe('Forced labour is documented{-[n]-Bilal} and denied{+[n]+Ayshe}.');
    expectSettled(
      state,
      'Forced labour is documented and denied[n].',
      'Forced labour is documented[n] and denied.',
    );
  });

  it('in right-to-left text: Uyghur words replaced and deleted', () => {
    let state = stateOf([paragraph('بىز سىزدىن دەرھال ھەرىكەت قىلىشىڭىزنى تەلەپ قىلىمىز.', { dir: 'rtl' })]);
    state = replace(state, 'دەرھال', 'تېزدىن');
    state = remove(state, ' ھەرىكەت', bilal);
    expectSettled(
      state,
      'بىز سىزدىن تېزدىن قىلىشىڭىزنى تەلەپ قىلىمىز.',
      'بىز سىزدىن دەرھال ھەرىكەت قىلىشىڭىزنى تەلەپ قىلىمىز.',
    );
  });

  it('new paragraphs and joined paragraphs, in the editor and in exports alike', () => {
    let state = stateOf([paragraph('First. Second.'), paragraph('Third.')]);
    state = select(state, positionOf(state.doc, 'Second'));
    state = suggestCommand(state, ayshe, splitBlock);
    state = select(state, positionOf(state.doc, 'Third'));
    state = suggestCommand(state, bilal, joinBackward);
    expectSettled(state, 'First. \nSecond.Third.', 'First. Second.\nThird.');
  });

  it('formatting: rejecting takes off what was added and puts back what was removed', () => {
    const bold = schema.marks.bold;
    const italic = schema.marks.italic;
    if (!bold || !italic) {
      throw new Error('no bold or italic');
    }
    let state = stateOf([
      { type: 'paragraph', content: [{ type: 'text', text: 'urgent', marks: [{ type: 'italic' }] }] },
    ]);
    state = select(state, 1, 7);
    state = suggestCommand(state, ayshe, toggleMark(bold));
    state = suggestCommand(state, ayshe, toggleMark(italic));
    const marksAt = (settled: EditorState) =>
      settled.doc
        .nodeAt(1)
        ?.marks.map((mark) => mark.type.name)
        .sort() ?? [];
    expect(marksAt(review(state, 'accept'))).toEqual(['bold']);
    expect(marksAt(review(state, 'reject'))).toEqual(['italic']);
    const json = state.doc.toJSON() as ProseMirrorJson;
    const exportedMarks = (outcome: 'accepted' | 'rejected') =>
      resolveSuggestionsInJson(json, outcome)
        .content?.[0]?.content?.[0]?.marks?.map((mark) => mark.type)
        .sort();
    expect(exportedMarks('accepted')).toEqual(['bold']);
    expect(exportedMarks('rejected')).toEqual(['italic']);
  });
  it('a paste of several paragraphs: accepted it stays, rejected the paragraph is whole again', () => {
    let state = stateOf([paragraph('Before after.')]);
    const at = positionOf(state.doc, ' after');
    const pasted = stateOf([paragraph('First pasted.'), paragraph('Second pasted.')]).doc.slice(1, 30);
    state = suggest(state, ayshe, (tr) => tr.replace(at, at, pasted));
    expectSettled(state, 'BeforeFirst pasted.\nSecond pasted. after.', 'Before after.');
  });
});
