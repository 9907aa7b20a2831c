import { deleteSelection, joinBackward, splitBlock, toggleMark } from '@tiptap/pm/commands';
import { beforeEach, describe, expect, it } from 'vitest';
import { groupSuggestions } from '../../../src-common/suggestions/group';
import { suggestionPiecesIn } from '../../../src-renderer/suggestions/doc-suggestions';
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

describe('Suggesting mode', () => {
  it('keeps typed text as a suggested insertion, one suggestion while the person types on', () => {
    let state = stateOf([paragraph('We urge you to act.')]);
    const at = positionOf(state.doc, ' to act');
    state = suggest(state, ayshe, (tr) => tr.insertText(' all', at));
    state = suggest(state, ayshe, (tr) => tr.insertText(' now', at + 4));
    expect(picture(state.doc)).toBe('We urge you{+ all now+Ayshe} to act.');
    expect(
      groupSuggestions(suggestionPiecesIn(state.doc)).map((found) => [found.id, found.inserted]),
    ).toEqual([['ayshe-1', ' all now']]);
  });

  it('marks deleted text instead of removing it, and Backspace walks left over it', () => {
    let state = stateOf([paragraph('We strongly urge you.')]);
    const end = positionOf(state.doc, ' urge');
    state = select(state, end);
    for (let index = 0; index < ' strongly'.length; index += 1) {
      state = suggest(state, ayshe, (tr) => tr.delete(state.selection.head - 1, state.selection.head));
    }
    expect(picture(state.doc)).toBe('We{- strongly-Ayshe} urge you.');
    expect(state.selection.head).toBe(positionOf(state.doc, ' strongly'));
    expect(groupSuggestions(suggestionPiecesIn(state.doc))).toHaveLength(1);
  });

  it('removes for real what the person had suggested inserting themselves', () => {
    let state = stateOf([paragraph('We urge you.')]);
    const at = positionOf(state.doc, ' you');
    state = suggest(state, ayshe, (tr) => tr.insertText(' stronly', at));
    state = suggest(state, ayshe, (tr) => tr.delete(at + 6, at + 8));
    state = suggest(state, ayshe, (tr) => tr.insertText('gly', at + 6));
    expect(picture(state.doc)).toBe('We urge{+ strongly+Ayshe} you.');
  });

  it('turns typing over a selection into a replacement: the old text struck, the new after it, one id', () => {
    let state = stateOf([paragraph('They whitewashed the abuses.')]);
    const from = positionOf(state.doc, 'whitewashed');
    state = select(state, from, from + 'whitewashed'.length);
    state = suggest(state, ayshe, (tr) => tr.insertText('f'));
    state = suggest(state, ayshe, (tr) => tr.insertText('ailed to address'));
    expect(picture(state.doc)).toBe('They {-whitewashed-Ayshe}{+failed to address+Ayshe} the abuses.');
    expect(groupSuggestions(suggestionPiecesIn(state.doc))).toMatchObject([
      { deleted: 'whitewashed', inserted: 'failed to address', author: { authorName: 'Ayshe' } },
    ]);
  });

  it('keeps a co-editor’s suggestion theirs: deleting inside it marks it, typing inside it is a new suggestion', () => {
    let state = stateOf([paragraph('We urge you.')]);
    const at = positionOf(state.doc, ' you');
    state = suggest(state, bilal, (tr) => tr.insertText(' strongly', at));
    state = suggest(state, ayshe, (tr) => tr.delete(at, at + 3));
    state = suggest(state, ayshe, (tr) => tr.insertText('!', positionOf(state.doc, '.')));
    expect(picture(state.doc)).toBe('We urge{+{- st-Ayshe}+Bilal}{+rongly+Bilal} you{+!+Ayshe}.');
    expect(groupSuggestions(suggestionPiecesIn(state.doc)).map((found) => found.author.authorName)).toEqual([
      'Bilal',
      'Ayshe',
      'Ayshe',
    ]);
  });

  it('types after text suggested for deletion rather than inside it', () => {
    let state = stateOf([paragraph('one two three')]);
    const two = positionOf(state.doc, 'two');
    state = suggest(state, bilal, (tr) => tr.delete(two, two + 3));
    state = suggest(state, ayshe, (tr) => tr.insertText('X', two + 1));
    expect(picture(state.doc)).toBe('one {-two-Bilal}{+X+Ayshe} three');
  });

  it('suggests a new paragraph with Enter, and a join with Backspace at a paragraph’s start', () => {
    let state = stateOf([paragraph('First sentence. Second sentence.'), paragraph('Next paragraph.')]);
    state = select(state, positionOf(state.doc, 'Second'));
    state = suggestCommand(state, ayshe, splitBlock);
    expect(picture(state.doc)).toBe('First sentence. \n¶+Ayshe Second sentence.\nNext paragraph.');
    state = select(state, positionOf(state.doc, 'Next'));
    state = suggestCommand(state, bilal, joinBackward);
    expect(picture(state.doc)).toBe('First sentence. \n¶+Ayshe Second sentence.\n¶-Bilal Next paragraph.');
  });

  it('removes the person’s own new paragraph for real when they join it back', () => {
    let state = stateOf([paragraph('One. Two.')]);
    state = select(state, positionOf(state.doc, 'Two'));
    state = suggestCommand(state, ayshe, splitBlock);
    state = select(state, positionOf(state.doc, 'Two'));
    state = suggestCommand(state, ayshe, joinBackward);
    expect(picture(state.doc)).toBe('One. Two.');
  });

  it('marks a selection across paragraphs: the text and the break between them', () => {
    let state = stateOf([paragraph('Keep this. Drop'), paragraph('this. Keep that.')]);
    const from = positionOf(state.doc, ' Drop');
    const to = positionOf(state.doc, ' Keep that');
    state = select(state, from, to);
    state = suggestCommand(state, ayshe, deleteSelection);
    expect(picture(state.doc)).toBe('Keep this.{- Drop-Ayshe}\n¶-Ayshe {-this.-Ayshe} Keep that.');
    // The caret lands after the struck text: typing there makes the deletion a replacement.
    state = suggest(state, ayshe, (tr) => tr.insertText('Changed.'));
    expect(picture(state.doc)).toBe(
      'Keep this.{- Drop-Ayshe}\n¶-Ayshe {-this.-Ayshe}{+Changed.+Ayshe} Keep that.',
    );
    expect(groupSuggestions(suggestionPiecesIn(state.doc))).toHaveLength(1);
  });

  it('records formatting as a suggestion that says what it added and removed', () => {
    let state = stateOf([paragraph('A very important letter.')]);
    const from = positionOf(state.doc, 'important');
    state = select(state, from, from + 'important'.length);
    const bold = schema.marks.bold;
    if (!bold) {
      throw new Error('no bold mark');
    }
    state = suggestCommand(state, ayshe, toggleMark(bold));
    expect(picture(state.doc)).toBe('A very {~important~Ayshe} letter.');
    const node = state.doc.nodeAt(from);
    expect(node?.marks.map((mark) => mark.type.name).sort()).toEqual(['bold', 'suggestedFormat']);
    // Taking the bold off again cancels the suggestion.
    state = suggestCommand(state, ayshe, toggleMark(bold));
    expect(picture(state.doc)).toBe('A very important letter.');
  });

  it('suggests inserting and deleting a note reference', () => {
    let state = stateOf([paragraph('Evidence is clear.')]);
    const at = positionOf(state.doc, '.');
    state = suggest(state, ayshe, (tr) => tr.insert(at, schema.node('noteReference', { noteId: 'note-1' })));
    expect(picture(state.doc)).toBe('Evidence is clear{+[n]+Ayshe}.');
    state = suggest(state, bilal, (tr) => tr.delete(at, at + 1));
    expect(picture(state.doc)).toBe('Evidence is clear{-[n]-Bilal}.');
  });
  it('keeps a paste of several paragraphs as one suggestion: the text and the new breaks', () => {
    let state = stateOf([paragraph('Before after.')]);
    const at = positionOf(state.doc, ' after');
    const pasted = stateOf([paragraph('First pasted.'), paragraph('Second pasted.')]).doc.slice(1, 30);
    state = suggest(state, ayshe, (tr) => tr.replace(at, at, pasted));
    expect(picture(state.doc)).toBe('Before{+First pasted.+Ayshe}\n¶+Ayshe {+Second pasted.+Ayshe} after.');
    expect(groupSuggestions(suggestionPiecesIn(state.doc))).toMatchObject([
      { inserted: 'First pasted.Second pasted.', breaksInserted: 1, author: { authorName: 'Ayshe' } },
    ]);
  });
});
