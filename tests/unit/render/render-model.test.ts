import * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import { BODY_FIELD, updateLetterMeta } from '../../../src-common/letter/letter-doc';
import { addNote, NOTE_REFERENCE_NODE } from '../../../src-common/notes/notes-doc';
import { noteNumberOf } from '../../../src-common/render/render-nodes';
import { buildRenderModel, organizationsSentence, renderDate } from '../../../src-common/render/render-model';

/** A letter whose one paragraph refers to the given note ids in order. */
function letterReferring(noteIds: readonly string[]): Y.Doc {
  const doc = new Y.Doc();
  updateLetterMeta(doc, { title: '  ', publicationDate: '2022-06-08', notesHeading: 'Editors’ Notes' });
  const paragraph = new Y.XmlElement('paragraph');
  paragraph.insert(
    0,
    noteIds.flatMap((id) => {
      const reference = new Y.XmlElement(NOTE_REFERENCE_NODE);
      reference.setAttribute('noteId', id);
      return [new Y.XmlText('Text '), reference];
    }),
  );
  doc.getXmlFragment(BODY_FIELD).insert(0, [paragraph]);
  return doc;
}

describe('the render model', () => {
  it('numbers notes by first reference, shares a number between repeats, and drops unused notes', () => {
    const doc = letterReferring(['second', 'first', 'second']);
    addNote(doc, 'first', { text: 'First note https://example.org/a.' });
    addNote(doc, 'second', { text: 'Second note' });
    addNote(doc, 'unused', { text: 'Nobody cites me' });
    const model = buildRenderModel(doc);
    expect(model.notes.map((note) => [note.number, note.id])).toEqual([
      [1, 'second'],
      [2, 'first'],
    ]);
    expect(model.notes[1]?.urls).toEqual(['https://example.org/a']);
    const references = (model.body.content?.[0]?.content ?? []).filter(
      (node) => node.type === NOTE_REFERENCE_NODE,
    );
    expect(references.map(noteNumberOf)).toEqual([1, 2, 1]);
  });

  it('leaves references to deleted notes unnumbered so the published numbers have no gap', () => {
    const doc = letterReferring(['gone', 'kept']);
    addNote(doc, 'kept', { text: 'Kept' });
    const model = buildRenderModel(doc);
    expect(model.notes.map((note) => note.number)).toEqual([1]);
    const references = (model.body.content?.[0]?.content ?? []).filter(
      (node) => node.type === NOTE_REFERENCE_NODE,
    );
    expect(references.map(noteNumberOf)).toEqual([null, 1]);
  });

  it('publishes a note’s address field when its text does not already cite it', () => {
    const doc = letterReferring(['a', 'b']);
    addNote(doc, 'a', { text: 'Report,', url: 'https://example.org/report' });
    addNote(doc, 'b', { text: 'See https://example.org/b', url: 'https://example.org/b' });
    const [a, b] = buildRenderModel(doc).notes;
    expect(a?.text).toBe('Report, https://example.org/report');
    expect(b?.text).toBe('See https://example.org/b');
  });

  it('reads title, date and notes heading from the letter, and takes the signatories as given', () => {
    const model = buildRenderModel(letterReferring([]), {
      signatories: [{ name: 'Campaign for Uyghurs' }, { name: 'Tibet Society', detail: 'UK' }],
      countSentence: true,
      lang: 'en-GB',
    });
    expect(model.title).toBe('Untitled letter');
    expect(model.date).toEqual({ iso: '2022-06-08', text: '8 June 2022' });
    expect(model.notesHeading).toBe('Editors’ Notes');
    expect(model.lang).toBe('en-GB');
    expect(model.signatories.countSentence).toBe('2 organizations have signed this letter.');
    expect(model.signatories.entries).toHaveLength(2);
    expect(buildRenderModel(letterReferring([])).signatories.countSentence).toBeNull();
  });

  it('writes counts and dates the same way on every machine', () => {
    expect(organizationsSentence(1)).toBe('1 organization has signed this letter.');
    expect(organizationsSentence(2000)).toBe('2,000 organizations have signed this letter.');
    expect(renderDate('')).toBeNull();
    expect(renderDate('2022-13-01')).toBeNull();
  });
});
