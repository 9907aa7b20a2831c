import type { EditorState } from '@tiptap/pm/state';
import { describe, expect, it } from 'vitest';
import type { ProseMirrorJson } from '../../../src-common/letter/prosemirror-json';
import { comparisonAuthor, type ComparisonStamps } from '../../../src-common/suggestions/compare-suggestions';
import { resolveSuggestionsInJson } from '../../../src-common/suggestions/json-suggestions';
import { suggestionsIn } from '../../../src-renderer/suggestions/doc-suggestions';
import { byAuthor, reviewSuggestions, type Decision } from '../../../src-renderer/suggestions/review';
import { addVersionSuggestions, bodyOf } from '../../../src-renderer/versions/review-as-suggestions';
import { paragraph, picture, stateOf } from './suggestion-editor';

const AUTHOR = comparisonAuthor('v1', 'Agreed draft');

function stamps(): ComparisonStamps {
  let next = 0;
  return {
    author: AUTHOR,
    time: '2025-03-01T12:00:00.000Z',
    newId: () => {
      next += 1;
      return `change-${next}`;
    },
  };
}

function text(value: string, marks?: ProseMirrorJson['marks']): ProseMirrorJson {
  return marks ? { type: 'text', text: value, marks } : { type: 'text', text: value };
}

function para(...content: ProseMirrorJson[]): ProseMirrorJson {
  return { type: 'paragraph', content };
}

function bullets(...items: ProseMirrorJson[][]): ProseMirrorJson {
  return { type: 'bulletList', content: items.map((content) => ({ type: 'listItem', content })) };
}

function note(noteId: string): ProseMirrorJson {
  return { type: 'noteReference', attrs: { noteId } };
}

function heading(value: string, level: number): ProseMirrorJson {
  return { type: 'heading', attrs: { level }, content: [text(value)] };
}

const BOLD = [{ type: 'bold' }];
const LINK = [{ type: 'link', attrs: { href: 'https://example.org/report' } }];

function reviewed(version: ProseMirrorJson[], current: ProseMirrorJson[]): EditorState {
  const state = stateOf(current);
  const tr = state.tr;
  addVersionSuggestions(tr, { type: 'doc', content: version }, stamps());
  return state.apply(tr);
}

function settle(state: EditorState, decision: Decision): EditorState {
  const tr = state.tr;
  reviewSuggestions(tr, decision, byAuthor(AUTHOR.authorId));
  return state.apply(tr);
}

/** Rejecting every suggestion gives the version, accepting gives today's text: in the editor and in exports. */
function expectRoundTrip(version: ProseMirrorJson[], current: ProseMirrorJson[]): EditorState {
  const state = reviewed(version, current);
  const versionJson = bodyOf(stateOf(version).doc);
  const currentJson = bodyOf(stateOf(current).doc);
  expect(suggestionsIn(state.doc).length).toBeGreaterThan(0);
  expect(suggestionsIn(state.doc).every((suggestion) => suggestion.author.authorId === AUTHOR.authorId)).toBe(
    true,
  );
  expect(bodyOf(settle(state, 'reject').doc)).toEqual(versionJson);
  expect(bodyOf(settle(state, 'accept').doc)).toEqual(currentJson);
  const merged = bodyOf(state.doc);
  expect(bodyOf(stateOf(resolveSuggestionsInJson(merged, 'rejected').content ?? []).doc)).toEqual(
    versionJson,
  );
  expect(bodyOf(stateOf(resolveSuggestionsInJson(merged, 'accepted').content ?? []).doc)).toEqual(
    currentJson,
  );
  return state;
}

describe('a version compared as suggestions', () => {
  it('suggests changed words as insertions and deletions by the comparison', () => {
    const state = expectRoundTrip(
      [paragraph('We urge you to act now.'), paragraph('Signed in Oslo.')],
      [paragraph('We strongly urge you to act today.'), paragraph('Signed in Oslo.')],
    );
    const name = AUTHOR.authorName;
    expect(picture(state.doc)).toBe(
      `We {+strongly +${name}}urge you to act {-now-${name}}{+today+${name}}.\nSigned in Oslo.`,
    );
    expect(name).toBe('Changes since “Agreed draft”');
  });

  it('suggests an added paragraph as a whole insertion, in the middle and at the end', () => {
    expectRoundTrip(
      [paragraph('First.'), paragraph('Last.')],
      [paragraph('First.'), paragraph('New middle.'), paragraph('Last.'), paragraph('New end.')],
    );
  });

  it('puts a removed paragraph back as a deletion, in the middle and at the start', () => {
    const state = expectRoundTrip(
      [paragraph('Opening.'), paragraph('First.'), paragraph('Dropped.'), paragraph('Last.')],
      [paragraph('First.'), paragraph('Last.')],
    );
    expect(picture(state.doc).split('\n')).toHaveLength(4);
  });

  it('suggests paragraphs added at the start of the letter', () => {
    expectRoundTrip(
      [paragraph('Body.')],
      [paragraph('Dear minister,'), paragraph('Greetings.'), paragraph('Body.')],
    );
  });

  it('suggests a heading added at the top, and a first paragraph that became a heading', () => {
    const heading = (value: string): ProseMirrorJson => ({
      type: 'heading',
      attrs: { level: 1 },
      content: [text(value)],
    });
    expectRoundTrip([paragraph('Body.')], [heading('Open letter'), paragraph('Body.')]);
    expectRoundTrip(
      [paragraph('Open letter'), paragraph('Body.')],
      [heading('Open letter'), paragraph('Body.')],
    );
    expectRoundTrip([heading('Open letter'), paragraph('Body.')], [paragraph('Body.')]);
  });

  it('suggests a list added and a list removed at the top of the letter', () => {
    expectRoundTrip(
      [paragraph('Body.')],
      [bullets([paragraph('first')], [paragraph('second')]), paragraph('Body.')],
    );
    expectRoundTrip(
      [bullets([paragraph('first')]), paragraph('', undefined), paragraph('Body.')],
      [paragraph('Body.')],
    );
  });

  it('compares a list item by item: a changed, an added and a removed item', () => {
    expectRoundTrip(
      [
        paragraph('We ask you to:'),
        bullets([paragraph('release the prisoners')], [paragraph('end the raids')], [paragraph('meet us')]),
        paragraph('Thank you.'),
      ],
      [
        paragraph('We ask you to:'),
        bullets(
          [paragraph('release all the prisoners')],
          [paragraph('meet us')],
          [paragraph('fund the inquiry')],
        ),
        paragraph('Thank you.'),
      ],
    );
  });

  it('puts back a removed nested list and suggests an added list', () => {
    expectRoundTrip(
      [
        paragraph('Demands:'),
        bullets([paragraph('one'), bullets([paragraph('one a')], [paragraph('one b')])]),
      ],
      [paragraph('Demands:'), bullets([paragraph('one')]), bullets([paragraph('another list')])],
    );
  });

  it('keeps links and bold on the words that change and on those put back', () => {
    const state = expectRoundTrip(
      [para(text('See the '), text('report', LINK), text(' and act '), text('now', BOLD), text('.'))],
      [para(text('Read the '), text('full report', LINK), text(' and act.'))],
    );
    const json = JSON.stringify(bodyOf(state.doc));
    expect(json).toContain('"bold"');
    expect(json).toContain('https://example.org/report');
  });

  it('suggests a note reference added and another removed', () => {
    expectRoundTrip(
      [para(text('Abuses are documented'), note('n1'), text('.')), paragraph('Signed.')],
      [para(text('Abuses are documented.'), note('n2')), paragraph('Signed.')],
    );
  });

  it('suggests changes in right-to-left Uyghur text', () => {
    const state = expectRoundTrip(
      [paragraph('بىز سىزدىن دەرھال ھەرىكەت قىلىشىڭىزنى تەلەپ قىلىمىز.')],
      [paragraph('بىز سىزدىن دەرھال ۋە قەتئىي ھەرىكەت قىلىشىڭىزنى تەلەپ قىلىمىز.'), paragraph('رەھمەت.')],
    );
    expect(picture(state.doc)).toContain(`{+ۋە قەتئىي +${AUTHOR.authorName}}`);
  });

  it('suggests a line break added and one removed, and a quote changed within', () => {
    const lineBreak: ProseMirrorJson = { type: 'hardBreak' };
    const quote = (...content: ProseMirrorJson[]): ProseMirrorJson => ({ type: 'blockquote', content });
    expectRoundTrip(
      [para(text('Dear minister,'), lineBreak, text('dear colleagues')), quote(paragraph('Never again.'))],
      [
        para(text('Dear minister, dear colleagues'), lineBreak, text('and friends')),
        quote(paragraph('Never.')),
      ],
    );
  });

  it('takes a comment added since the version for no change, and keeps it on the words', () => {
    const comment = [{ type: 'comment', attrs: { threadId: 't1' } }];
    const state = reviewed(
      [paragraph('We urge you to act now.')],
      [para(text('We urge you to '), text('act', comment), text(' today.'))],
    );
    const name = AUTHOR.authorName;
    expect(picture(state.doc)).toBe(`We urge you to act {-now-${name}}{+today+${name}}.`);
    expect(JSON.stringify(bodyOf(settle(state, 'reject').doc))).toContain('"threadId":"t1"');
    expect(
      suggestionsIn(reviewed([paragraph('Same.')], [para(text('Same', comment), text('.'))]).doc),
    ).toEqual([]);
  });

  it('suggests a paragraph made a heading as a shape change over the same words, not removed and added', () => {
    const state = expectRoundTrip(
      [paragraph('Open letter'), paragraph('Body.')],
      [heading('Open letter', 2), paragraph('Body.')],
    );
    const [suggestion, ...others] = suggestionsIn(state.doc);
    expect(others).toEqual([]);
    expect(suggestion?.reshaped).toEqual(['make heading 2']);
    expect(suggestion?.inserted).toBe('');
    expect(suggestion?.deleted).toBe('');
    expect(picture(state.doc)).toBe('Open letter\nBody.');
  });

  it('suggests a heading made normal text and edited, as a shape change with its changed words', () => {
    const state = expectRoundTrip(
      [heading('Our demands', 1), paragraph('Body.')],
      [paragraph('Our three demands'), paragraph('Body.')],
    );
    const suggestions = suggestionsIn(state.doc);
    expect(suggestions.flatMap((suggestion) => suggestion.reshaped)).toEqual(['make normal text']);
    expect(suggestions.map((suggestion) => suggestion.inserted).join('')).toBe('three ');
  });

  it('suggests paragraphs put in a list, taken out of one, and quoted, as shape changes', () => {
    const quote = (...content: ProseMirrorJson[]): ProseMirrorJson => ({ type: 'blockquote', content });
    const listed = expectRoundTrip(
      [
        paragraph('We ask you to:'),
        paragraph('release them'),
        paragraph('end the raids'),
        paragraph('Thanks.'),
      ],
      [
        paragraph('We ask you to:'),
        bullets([paragraph('release them')], [paragraph('end the raids')]),
        paragraph('Thanks.'),
      ],
    );
    expect(suggestionsIn(listed.doc).flatMap((suggestion) => suggestion.reshaped)).toEqual([
      'make bulleted list',
    ]);
    expect(picture(listed.doc)).toBe('We ask you to:\nrelease them\nend the raids\nThanks.');
    // The editor keeps an empty paragraph after a list at the end of the letter: it is suggested as added.
    const atEnd = expectRoundTrip(
      [paragraph('We ask you to:'), paragraph('release them')],
      [paragraph('We ask you to:'), bullets([paragraph('release them')]), paragraph('')],
    );
    expect(suggestionsIn(atEnd.doc).flatMap((suggestion) => suggestion.reshaped)).toEqual([
      'make bulleted list',
    ]);
    const unlisted = expectRoundTrip(
      [bullets([paragraph('one')], [paragraph('two')]), paragraph('End.')],
      [paragraph('one'), paragraph('two'), paragraph('End.')],
    );
    expect(suggestionsIn(unlisted.doc).flatMap((suggestion) => suggestion.reshaped)).toEqual([
      'remove from list',
    ]);
    const quoted = expectRoundTrip(
      [paragraph('Intro.'), paragraph('Never again.')],
      [paragraph('Intro.'), quote(paragraph('Never again.'))],
    );
    expect(suggestionsIn(quoted.doc).flatMap((suggestion) => suggestion.reshaped)).toEqual(['make quote']);
  });

  it('suggests a quoted paragraph made a heading inside its quote', () => {
    const quote = (...content: ProseMirrorJson[]): ProseMirrorJson => ({ type: 'blockquote', content });
    const inQuote = expectRoundTrip(
      [quote(paragraph('Never again.'), paragraph('Said a survivor.'))],
      [quote(heading('Never again.', 3), paragraph('Said a survivor.'))],
    );
    expect(suggestionsIn(inQuote.doc).flatMap((suggestion) => suggestion.reshaped)).toEqual([
      'make heading 3',
    ]);
  });

  it('still removes and adds where the shapes do not pair up: a paragraph split into a list of two', () => {
    const state = expectRoundTrip(
      [paragraph('release them and end the raids'), paragraph('End.')],
      [bullets([paragraph('release them')], [paragraph('end the raids')]), paragraph('End.')],
    );
    expect(suggestionsIn(state.doc).flatMap((suggestion) => suggestion.reshaped)).toEqual([]);
  });

  it('changes nothing when the version and the letter agree', () => {
    const state = reviewed([paragraph('Same.')], [paragraph('Same.')]);
    expect(suggestionsIn(state.doc)).toEqual([]);
  });
});
