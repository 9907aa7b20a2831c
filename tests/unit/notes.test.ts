import * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import type { ProseMirrorJson } from '../../src-common/letter/prosemirror-json';
import { addNote, noteText, readNotes, removeNotes, setNoteField } from '../../src-common/notes/notes-doc';
import { checkNoteReferences, collectNoteReferences, numberNotes } from '../../src-common/notes/numbering';
import { textEdit } from '../../src-common/notes/text-edit';

const ref = (noteId: string): ProseMirrorJson => ({ type: 'noteReference', attrs: { noteId } });
const paragraph = (...content: ProseMirrorJson[]): ProseMirrorJson => ({ type: 'paragraph', content });
const text = (value: string): ProseMirrorJson => ({ type: 'text', text: value });

describe('note numbering', () => {
  const body: ProseMirrorJson = {
    type: 'doc',
    content: [
      paragraph(text('Moved to the top'), ref('c')),
      paragraph(text('First written'), ref('a'), text(' and again'), ref('a')),
      { type: 'bulletList', content: [{ type: 'listItem', content: [paragraph(ref('b'))] }] },
    ],
  };

  it('numbers notes by their first reference, in reading order', () => {
    const refs = collectNoteReferences(body);
    expect(refs).toEqual(['c', 'a', 'a', 'b']);
    expect([...numberNotes(refs)]).toEqual([
      ['c', 1],
      ['a', 2],
      ['b', 3],
    ]);
  });

  it('gives two references to one note the same number', () => {
    expect(numberNotes(['x', 'y', 'x']).get('x')).toBe(1);
  });

  it('reports unused notes and references to missing notes', () => {
    expect(checkNoteReferences(['a', 'ghost', 'a'], ['a', 'orphan'])).toEqual({
      unused: ['orphan'],
      missing: ['ghost'],
    });
  });
});

describe('notes in the letter', () => {
  it('keeps text and fields, and merges two people editing one note', () => {
    const first = new Y.Doc();
    addNote(first, 'note-1', {
      text: 'UN experts call for decisive measures',
      url: 'https://www.ohchr.org/',
    });
    const second = new Y.Doc();
    Y.applyUpdate(second, Y.encodeStateAsUpdate(first));
    noteText(first, 'note-1')?.insert(0, '[June 2020] ');
    noteText(second, 'note-1')?.insert(37 + 0, ' in China');
    setNoteField(second, 'note-1', 'publisher', 'OHCHR');
    Y.applyUpdate(first, Y.encodeStateAsUpdate(second));
    Y.applyUpdate(second, Y.encodeStateAsUpdate(first));
    expect(readNotes(first)).toEqual(readNotes(second));
    expect(readNotes(first)[0]).toMatchObject({
      text: '[June 2020] UN experts call for decisive measures in China',
      publisher: 'OHCHR',
      url: 'https://www.ohchr.org/',
    });
    removeNotes(first, ['note-1']);
    expect(readNotes(first)).toEqual([]);
  });
});

describe('the edit between two texts', () => {
  it('is the smallest change in the middle', () => {
    expect(textEdit('human-r ights', 'human-rights')).toEqual({ at: 7, remove: 1, insert: '' });
    expect(textEdit('abc', 'abXc')).toEqual({ at: 2, remove: 0, insert: 'X' });
    expect(textEdit('aaa', 'aa')).toEqual({ at: 2, remove: 1, insert: '' });
    expect(textEdit('same', 'same')).toBeNull();
  });
});
