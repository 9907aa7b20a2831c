import { setBlockType, wrapIn } from '@tiptap/pm/commands';
import type { NodeType, Node as ProseMirrorNode } from '@tiptap/pm/model';
import { liftListItem, wrapInList } from '@tiptap/pm/schema-list';
import { EditorState, TextSelection, type Transaction } from '@tiptap/pm/state';
import { beforeEach, describe, expect, it } from 'vitest';
import type { ProseMirrorJson } from '../../../src-common/letter/prosemirror-json';
import { describeSuggestion } from '../../../src-common/suggestions/group';
import {
  resolveSuggestionsInJson,
  suggestionsInJson,
} from '../../../src-common/suggestions/json-suggestions';
import { suggestionsIn } from '../../../src-renderer/suggestions/doc-suggestions';
import { byAuthor, byId, reviewSuggestions, type Decision } from '../../../src-renderer/suggestions/review';
import { suggestTransaction } from '../../../src-renderer/suggestions/suggest-transaction';
import { directedSchema, suggester } from './suggestion-editor';

// The editor's schema with paragraph direction, as the letter editor sets it up.
const schema = directedSchema;

function node(name: string): NodeType {
  const type = schema.nodes[name];
  if (!type) {
    throw new Error(`The schema has no ${name}`);
  }
  return type;
}

let ayshe = suggester('ayshe', 'Ayshe');
let bilal = suggester('bilal', 'Bilal', '#be123c');

beforeEach(() => {
  ayshe = suggester('ayshe', 'Ayshe');
  bilal = suggester('bilal', 'Bilal', '#be123c');
});

const p = (text: string): ProseMirrorJson => ({ type: 'paragraph', content: [{ type: 'text', text }] });
const list = (type: string, ...texts: string[]): ProseMirrorJson => ({
  type,
  content: texts.map((text) => ({ type: 'listItem', content: [p(text)] })),
});

function stateOf(blocks: ProseMirrorJson[]): EditorState {
  return EditorState.create({ schema, doc: schema.nodeFromJSON({ type: 'doc', content: blocks }) });
}

/** The state with the cursor in the first occurrence of `text`. */
function at(state: EditorState, text: string): EditorState {
  let found = -1;
  state.doc.descendants((node, position) => {
    const index = node.isText ? (node.text ?? '').indexOf(text) : -1;
    if (found < 0 && index >= 0) {
      found = position + index;
    }
    return found < 0;
  });
  return state.apply(state.tr.setSelection(TextSelection.create(state.doc, found)));
}

type Command = (state: EditorState, dispatch: (tr: Transaction) => void) => boolean;

function suggestCommand(state: EditorState, who: typeof ayshe, command: Command): EditorState {
  let result = state;
  expect(command(state, (tr) => (result = state.apply(suggestTransaction(tr, state, who))))).toBe(true);
  return result;
}

/** Each paragraph on a line: "• " in a bulleted list, "1. " in a numbered one, "> " in a quote, "H2 ", "[rtl] ". */
function shapes(doc: ProseMirrorNode): string {
  const lines: string[] = [];
  const visit = (node: ProseMirrorNode, wrappers: string[]): void => {
    if (node.isTextblock) {
      const list = [...wrappers].reverse().find((name) => name.endsWith('List'));
      const level: unknown = node.attrs.level;
      const dir: unknown = node.attrs.dir;
      lines.push(
        (wrappers.includes('blockquote') ? '> ' : '') +
          (list === 'bulletList' ? '• ' : list === 'orderedList' ? '1. ' : '') +
          (node.type.name === 'heading' ? `H${String(level)} ` : '') +
          (dir === 'rtl' || dir === 'ltr' ? `[${dir}] ` : '') +
          node.textContent,
      );
      return;
    }
    node.forEach((child) =>
      visit(child, node.type.name === 'doc' ? wrappers : [...wrappers, node.type.name]),
    );
  };
  visit(doc, []);
  return lines.join('\n');
}

function review(state: EditorState, decision: Decision, filter = byAuthor(null)): EditorState {
  const tr = state.tr;
  reviewSuggestions(tr, decision, filter);
  return state.apply(tr);
}

/** Accepting and rejecting in the editor and in exports give the same shapes, with no suggestion left. */
function expectSettled(state: EditorState, accepted: string, rejected: string): void {
  for (const [decision, expected] of [
    ['accept', accepted],
    ['reject', rejected],
  ] as const) {
    const settled = review(state, decision);
    expect(shapes(settled.doc)).toBe(expected);
    expect(suggestionsIn(settled.doc)).toEqual([]);
    const json = state.doc.toJSON() as ProseMirrorJson;
    const exported = resolveSuggestionsInJson(json, decision === 'accept' ? 'accepted' : 'rejected');
    expect(shapes(schema.nodeFromJSON(exported))).toBe(expected);
    expect(schema.nodeFromJSON(exported).childCount).toBe(settled.doc.childCount);
  }
}

describe('suggesting a change of a paragraph’s shape', () => {
  it('a heading: shown as a suggestion, accepted it stays, rejected the paragraph is back', () => {
    const state = suggestCommand(
      at(stateOf([p('Our demands'), p('Free them all.')]), 'demands'),
      ayshe,
      setBlockType(node('heading'), { level: 2 }),
    );
    expect(shapes(state.doc)).toBe('H2 Our demands\nFree them all.');
    const [suggestion] = suggestionsIn(state.doc);
    expect(suggestion && describeSuggestion(suggestion)).toBe('Make heading 2');
    expect(suggestion?.author.authorName).toBe('Ayshe');
    expect(suggestionsInJson(state.doc.toJSON() as ProseMirrorJson).map(describeSuggestion)).toEqual([
      'Make heading 2',
    ]);
    expectSettled(state, 'H2 Our demands\nFree them all.', 'Our demands\nFree them all.');
  });

  it('a paragraph put into a bulleted list, and back out of it when rejected', () => {
    const start = stateOf([p('We call on'), p('the release of all'), p('Signed')]);
    const state = suggestCommand(at(start, 'release'), ayshe, wrapInList(node('bulletList')));
    expect(shapes(state.doc)).toBe('We call on\n• the release of all\nSigned');
    expect(suggestionsIn(state.doc).map(describeSuggestion)).toEqual(['Make bulleted list']);
    expectSettled(
      state,
      'We call on\n• the release of all\nSigned',
      'We call on\nthe release of all\nSigned',
    );
  });

  it('an entry taken out of the middle of a list goes back into one list when rejected', () => {
    const start = stateOf([list('bulletList', 'first', 'second', 'third')]);
    const state = suggestCommand(at(start, 'second'), bilal, liftListItem(node('listItem')));
    expect(shapes(state.doc)).toBe('• first\nsecond\n• third');
    expect(suggestionsIn(state.doc).map(describeSuggestion)).toEqual(['Remove from list']);
    expectSettled(state, '• first\nsecond\n• third', '• first\n• second\n• third');
    expect(review(state, 'reject').doc.childCount).toBe(1);
  });

  it('a bulleted list made numbered: one suggestion for all its entries', () => {
    const start = stateOf([p('Intro'), list('bulletList', 'one', 'two')]);
    const tr = start.tr.setNodeMarkup(start.doc.child(0).nodeSize, node('orderedList'));
    const state = start.apply(suggestTransaction(tr, start, ayshe));
    expect(shapes(state.doc)).toBe('Intro\n1. one\n1. two');
    expect(suggestionsIn(state.doc).map(describeSuggestion)).toEqual(['Make numbered list']);
    expectSettled(state, 'Intro\n1. one\n1. two', 'Intro\n• one\n• two');
  });

  it('a quote, and a direction set right to left for Uyghur text', () => {
    let state = suggestCommand(
      at(stateOf([p('Said:'), p('بىز ئازادلىق تەلەپ قىلىمىز')]), 'ئازادلىق'),
      ayshe,
      wrapIn(node('blockquote')),
    );
    const position = state.doc.child(0).nodeSize + 1;
    state = state.apply(suggestTransaction(state.tr.setNodeAttribute(position, 'dir', 'rtl'), state, ayshe));
    expect(shapes(state.doc)).toBe('Said:\n> [rtl] بىز ئازادلىق تەلەپ قىلىمىز');
    expect(suggestionsIn(state.doc).map(describeSuggestion)).toEqual(['Make quote, set right to left']);
    expectSettled(state, 'Said:\n> [rtl] بىز ئازادلىق تەلەپ قىلىمىز', 'Said:\nبىز ئازادلىق تەلەپ قىلىمىز');
  });

  it('changing it back takes the suggestion away', () => {
    const start = at(stateOf([p('Title')]), 'Title');
    const heading = suggestCommand(start, ayshe, setBlockType(node('heading'), { level: 1 }));
    const back = suggestCommand(heading, ayshe, setBlockType(node('paragraph')));
    expect(shapes(back.doc)).toBe('Title');
    expect(suggestionsIn(back.doc)).toEqual([]);
    const out = suggestCommand(
      suggestCommand(at(stateOf([list('bulletList', 'a')]), 'a'), ayshe, liftListItem(node('listItem'))),
      ayshe,
      wrapInList(node('bulletList')),
    );
    expect(suggestionsIn(out.doc)).toEqual([]);
  });

  it('a second person changing it again takes it over, and a reject still goes back to the first shape', () => {
    const heading = suggestCommand(
      at(stateOf([p('Title'), p('Body')]), 'Title'),
      ayshe,
      setBlockType(node('heading'), { level: 1 }),
    );
    const state = suggestCommand(heading, bilal, setBlockType(node('heading'), { level: 3 }));
    const suggestions = suggestionsIn(state.doc);
    expect(
      suggestions.map((suggestion) => [suggestion.author.authorName, describeSuggestion(suggestion)]),
    ).toEqual([['Bilal', 'Make heading 3']]);
    expectSettled(state, 'H3 Title\nBody', 'Title\nBody');
    expect(shapes(review(state, 'reject', byId(suggestions[0]?.id ?? '')).doc)).toBe('Title\nBody');
  });

  it('typing changes no shape and records none', () => {
    const start = at(stateOf([p('Text')]), 'Text');
    const state = start.apply(suggestTransaction(start.tr.insertText('More '), start, ayshe));
    expect(suggestionsIn(state.doc).map(describeSuggestion)).toEqual(['Add “More ”']);
  });
});
