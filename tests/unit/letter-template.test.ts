import * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import { BODY_FIELD, readLetterMeta, seedLetter } from '../../src-common/letter/letter-doc';
import { bodyToJson } from '../../src-common/letter/prosemirror-json';
import { blockText } from '../../src-common/versions/compare';
import { notesMap } from '../../src-common/notes/notes-doc';
import { templateUpdate } from '../../src-renderer/home/letter-template';

describe('the sign-on letter template', () => {
  it('fills a new letter with a salutation, body with a note, the ask, the “Signed by” block and the notes heading', () => {
    const first = seedLetter('Free the journalists');
    const doc = new Y.Doc();
    Y.applyUpdate(doc, first);
    Y.applyUpdate(doc, templateUpdate(first, 'template-note'));

    const blocks = bodyToJson(doc.getXmlFragment(BODY_FIELD)).content ?? [];
    const texts = blocks.map(blockText);
    expect(texts[0]).toMatch(/^Dear \[/u);
    expect(blocks.some((block) => block.type === 'heading' && blockText(block) === 'Our ask')).toBe(true);
    expect(blocks.some((block) => block.type === 'bulletList')).toBe(true);
    expect(texts.some((text) => text.startsWith('Sincerely'))).toBe(true);
    expect(texts.some((text) => text.includes('Signed by'))).toBe(true);
    expect(JSON.stringify(blocks)).toContain('"noteId":"template-note"');
    expect([...notesMap(doc).keys()]).toEqual(['template-note']);
    expect(readLetterMeta(doc)).toMatchObject({ title: 'Free the journalists', notesHeading: 'Notes' });
  });
});
