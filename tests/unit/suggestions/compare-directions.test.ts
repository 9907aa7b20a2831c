import { EditorState } from '@tiptap/pm/state';
import { describe, expect, it } from 'vitest';
import type { ProseMirrorJson } from '../../../src-common/letter/prosemirror-json';
import { comparisonAuthor } from '../../../src-common/suggestions/compare-suggestions';
import { resolveSuggestionsInJson } from '../../../src-common/suggestions/json-suggestions';
import { suggestionsIn } from '../../../src-renderer/suggestions/doc-suggestions';
import { byAuthor, reviewSuggestions, type Decision } from '../../../src-renderer/suggestions/review';
import { addVersionSuggestions, bodyOf } from '../../../src-renderer/versions/review-as-suggestions';
import { directedSchema } from './suggestion-editor';

// A version compared as suggestions where only a paragraph's direction changed, in the editor's schema with
// paragraph direction, which the other comparison tests leave out.
const schema = directedSchema;

const AUTHOR = comparisonAuthor('v1', 'Agreed draft');

function paragraph(text: string, dir?: string): ProseMirrorJson {
  return { type: 'paragraph', ...(dir ? { attrs: { dir } } : {}), content: [{ type: 'text', text }] };
}

function stateOf(blocks: ProseMirrorJson[]): EditorState {
  return EditorState.create({ schema, doc: schema.nodeFromJSON({ type: 'doc', content: blocks }) });
}

function reviewed(version: ProseMirrorJson[], current: ProseMirrorJson[]): EditorState {
  const state = stateOf(current);
  const tr = state.tr;
  let next = 0;
  const newId = () => `change-${(next += 1)}`;
  addVersionSuggestions(tr, bodyOf(stateOf(version).doc), {
    author: AUTHOR,
    time: '2025-03-01T12:00:00.000Z',
    newId,
  });
  return state.apply(tr);
}

function settled(state: EditorState, decision: Decision): ProseMirrorJson {
  const tr = state.tr;
  reviewSuggestions(tr, decision, byAuthor(AUTHOR.authorId));
  return bodyOf(state.apply(tr).doc);
}

describe('a version compared as suggestions, paragraph direction', () => {
  it('suggests a paragraph turned right to left, and one turned back, as changes of direction over the same words', () => {
    const version = [paragraph('Intro.'), paragraph('بىز تەلەپ قىلىمىز'), paragraph('Signed.', 'rtl')];
    const current = [paragraph('Intro.'), paragraph('بىز تەلەپ قىلىمىز', 'rtl'), paragraph('Signed.', 'ltr')];
    const state = reviewed(version, current);
    const suggestions = suggestionsIn(state.doc);
    expect(suggestions.flatMap((suggestion) => suggestion.reshaped)).toEqual([
      'set right to left',
      'set left to right',
    ]);
    // The same words stay: no word is suggested as removed or added.
    expect(suggestions.every((suggestion) => suggestion.inserted === '' && suggestion.deleted === '')).toBe(
      true,
    );
    // Rejecting gives back the version and accepting today's text, in the editor and in exports alike.
    const versionJson = bodyOf(stateOf(version).doc);
    const currentJson = bodyOf(stateOf(current).doc);
    expect(settled(state, 'reject')).toEqual(versionJson);
    expect(settled(state, 'accept')).toEqual(currentJson);
    expect(
      bodyOf(stateOf(resolveSuggestionsInJson(bodyOf(state.doc), 'rejected').content ?? []).doc),
    ).toEqual(versionJson);
  });

  it('suggests a paragraph made a heading and turned right to left as one change of shape', () => {
    const heading: ProseMirrorJson = {
      type: 'heading',
      attrs: { level: 2, dir: 'rtl' },
      content: [{ type: 'text', text: 'ئوچۇق خەت' }],
    };
    const state = reviewed([paragraph('ئوچۇق خەت'), paragraph('Body.')], [heading, paragraph('Body.')]);
    expect(suggestionsIn(state.doc).flatMap((suggestion) => suggestion.reshaped)).toEqual([
      'make heading 2, set right to left',
    ]);
    expect(settled(state, 'reject')).toEqual(
      bodyOf(stateOf([paragraph('ئوچۇق خەت'), paragraph('Body.')]).doc),
    );
  });
});
