import { getSchema, Node } from '@tiptap/core';
import Document from '@tiptap/extension-document';
import Paragraph from '@tiptap/extension-paragraph';
import Text from '@tiptap/extension-text';
import { Fragment, Slice, type Node as ProseMirrorNode } from '@tiptap/pm/model';
import { EditorState, type Transaction } from '@tiptap/pm/state';
import type { DecorationSet } from '@tiptap/pm/view';
import { describe, expect, it } from 'vitest';
import { changedRange } from '../../src-renderer/editor/extensions/changed-range';
import {
  countClaimDecorations,
  countClaimDecorationsAfter,
} from '../../src-renderer/editor/extensions/count-check';
import {
  EMPTY_FIND,
  findReplaceKey,
  nextFindState,
  type FindState,
} from '../../src-renderer/editor/extensions/find-state';
import {
  nextNumbering,
  noteNumbering,
  type NumberingState,
} from '../../src-renderer/editor/extensions/note-numbering';
import { NOTE_REFERENCE_NODE } from '../../src-common/notes/notes-doc';

// The note reference as the letter's schema has it (the node itself renders to the DOM, which Node has not).
const NoteReferenceNode = Node.create({
  name: NOTE_REFERENCE_NODE,
  group: 'inline',
  inline: true,
  atom: true,
  addAttributes: () => ({ noteId: { default: null } }),
});

const schema = getSchema([Document, Paragraph, Text, NoteReferenceNode]);

// A seeded generator, so a failure names the seed that reproduces it.
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

const WORDS = ['We', 'over', '230', 'organizations', 'write', 'at', 'the', 'call', 'of', '1,000', 'groups'];

function paragraph(next: () => number): ProseMirrorNode {
  const parts: ProseMirrorNode[] = [];
  const words = 2 + Math.floor(next() * 8);
  let text = '';
  for (let index = 0; index < words; index += 1) {
    text += `${WORDS[Math.floor(next() * WORDS.length)]} `;
    if (next() < 0.15) {
      parts.push(schema.text(text));
      text = '';
      parts.push(schema.node(NOTE_REFERENCE_NODE, { noteId: `n${Math.floor(next() * 6)}` }));
    }
  }
  if (text) {
    parts.push(schema.text(text));
  }
  return schema.node('paragraph', null, parts);
}

// One edit of the kinds an editor makes: typing, deleting, a reference inserted, a paragraph split or removed, and
// a co-editor's change as the collaboration binding applies it (the whole document replaced, unchanged paragraphs
// kept as the same nodes).
function edit(state: EditorState, next: () => number): Transaction {
  const { doc } = state;
  const tr = state.tr;
  const kind = next();
  const position = 1 + Math.floor(next() * (doc.content.size - 1));
  const $position = doc.resolve(position);
  if (kind < 0.35 && $position.parent.isTextblock) {
    tr.insertText(WORDS[Math.floor(next() * WORDS.length)] ?? 'the', position);
  } else if (kind < 0.5) {
    const to = Math.min(doc.content.size - 1, position + 1 + Math.floor(next() * 12));
    tr.delete(position, to);
  } else if (kind < 0.6 && $position.parent.isTextblock) {
    tr.insert(position, schema.node(NOTE_REFERENCE_NODE, { noteId: `n${Math.floor(next() * 6)}` }));
  } else if (kind < 0.7 && $position.parent.isTextblock) {
    tr.split(position);
  } else if (kind < 0.8 && doc.childCount > 1) {
    const index = Math.floor(next() * doc.childCount);
    let start = 0;
    for (let child = 0; child < index; child += 1) {
      start += doc.child(child).nodeSize;
    }
    tr.delete(start, start + doc.child(index).nodeSize);
  } else {
    const children: ProseMirrorNode[] = [];
    doc.forEach((child) => children.push(next() < 0.2 ? paragraph(next) : child));
    tr.replace(0, doc.content.size, new Slice(Fragment.from(children), 0, 0));
  }
  return tr;
}

function spans(decorations: DecorationSet): string[] {
  return decorations
    .find()
    .map((decoration) => `${decoration.from}-${decoration.to}:${JSON.stringify(attributesOf(decoration))}`)
    .sort();
}

// Decorations keep their attributes on `type.attrs`, which the public typings do not name.
function attributesOf(decoration: object): unknown {
  const type: unknown = Reflect.get(decoration, 'type');
  return typeof type === 'object' && type !== null ? Reflect.get(type, 'attrs') : undefined;
}

describe('changedRange', () => {
  it('finds the stretch a keystroke changed, and nothing for an unchanged document', () => {
    const doc = schema.node('doc', null, [
      schema.node('paragraph', null, [schema.text('one')]),
      schema.node('paragraph', null, [schema.text('two')]),
    ]);
    const state = EditorState.create({ schema, doc });
    const typed = state.tr.insertText('x', 7).doc;
    expect(changedRange(doc, typed)).toMatchObject({ from: 7, toOld: 7, toNew: 8 });
    expect(changedRange(doc, doc)).toBeNull();
    // Typing the letter already beside the caret: the stretch is one character wherever the comparison puts it.
    const repeated = state.tr.insertText('o', 3).doc;
    const change = changedRange(doc, repeated);
    expect(change && change.toNew - change.from).toBe(1);
    expect(change && change.toOld - change.from).toBe(0);
  });
});

describe('decorations kept up to date by the changed stretch alone', () => {
  it('number references, underline count claims and highlight matches as a full reading does, edit after edit', () => {
    for (let seed = 1; seed <= 30; seed += 1) {
      const next = random(seed);
      // Some letters short, some long enough that a co-editor's change (the whole document replaced) is narrowed
      // down by comparing the documents rather than taken as the step says.
      const doc = schema.node(
        'doc',
        null,
        Array.from({ length: seed % 2 === 0 ? 6 : 60 }, () => paragraph(next)),
      );
      let state = EditorState.create({ schema, doc });
      let numbering: NumberingState = noteNumbering(doc);
      let claims = countClaimDecorations(doc, { confirmed: 230, unlisted: 0 });
      const query = { term: 'the', caseSensitive: false };
      let find: FindState = nextFindState(state.tr.setMeta(findReplaceKey, { query }), EMPTY_FIND);
      for (let step = 0; step < 60; step += 1) {
        const tr = edit(state, next);
        if (!tr.docChanged) {
          continue;
        }
        numbering = nextNumbering(tr, numbering);
        claims = countClaimDecorationsAfter(tr, claims, { confirmed: 230, unlisted: 0 });
        find = nextFindState(tr, find);
        state = state.apply(tr);
        const whole = noteNumbering(state.doc);
        expect(numbering.ids, `seed ${seed}, step ${step}`).toEqual(whole.ids);
        expect(spans(numbering.decorations), `seed ${seed}, step ${step}`).toEqual(spans(whole.decorations));
        expect(spans(claims), `seed ${seed}, step ${step}`).toEqual(
          spans(countClaimDecorations(state.doc, { confirmed: 230, unlisted: 0 })),
        );
        const searched = nextFindState(state.tr.setMeta(findReplaceKey, { query: { ...query } }), EMPTY_FIND);
        expect(find.matches, `seed ${seed}, step ${step}`).toEqual(searched.matches);
        expect(spans(find.decorations), `seed ${seed}, step ${step}`).toEqual(spans(searched.decorations));
      }
    }
  });
});
