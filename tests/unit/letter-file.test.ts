import * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import { BODY_FIELD, readLetterMeta, updateLetterMeta } from '../../src-common/letter/letter-doc';
import { letterFileName, readLetterFile, writeLetterFile } from '../../src-common/letter-file/letter-file';
import { bodyToJson } from '../../src-common/letter/prosemirror-json';
import { addSignatories } from '../../src-common/signatories/signatories-doc';
import { signatorySchema } from '../../src-common/signatories/signatory';

function sampleDoc(): Y.Doc {
  const doc = new Y.Doc();
  updateLetterMeta(doc, {
    title: 'Letter to the High Commissioner',
    status: 'circulating',
    signOnDeadline: '2022-05-20',
    publicationDate: '',
  });
  const paragraph = new Y.XmlElement('paragraph');
  paragraph.setAttribute('dir', 'rtl');
  const text = new Y.XmlText();
  text.insert(0, 'We urge ');
  text.insert(8, 'you', { bold: {} });
  text.insert(11, ' to act.', { bold: null });
  paragraph.insert(0, [text]);
  doc.getXmlFragment(BODY_FIELD).insert(0, [paragraph]);
  return doc;
}

describe('the letter body as ProseMirror JSON', () => {
  it('reads paragraphs, attributes and marks from the Y.Doc', () => {
    expect(bodyToJson(sampleDoc().getXmlFragment(BODY_FIELD))).toEqual({
      type: 'doc',
      content: [
        {
          type: 'paragraph',
          attrs: { dir: 'rtl' },
          content: [
            { type: 'text', text: 'We urge ' },
            { type: 'text', text: 'you', marks: [{ type: 'bold' }] },
            { type: 'text', text: ' to act.' },
          ],
        },
      ],
    });
  });
});

describe('letter files', () => {
  it('round-trips: the file read back holds the same letter', () => {
    const doc = sampleDoc();
    const file = writeLetterFile('abcdefgh12345678', doc, new Date('2022-05-23T10:00:00Z'));
    const read = readLetterFile(JSON.stringify(file));
    expect(read.ok).toBe(true);
    if (!read.ok) {
      return;
    }
    expect(read.file).toEqual(file);
    const copy = new Y.Doc();
    Y.applyUpdate(copy, read.state);
    expect(readLetterMeta(copy)).toEqual(readLetterMeta(doc));
    expect(bodyToJson(copy.getXmlFragment(BODY_FIELD))).toEqual(file.body);
  });

  it('keeps how many signed without being listed, and reads it as none from files written before it existed', () => {
    const doc = sampleDoc();
    updateLetterMeta(doc, { unlistedSignatories: 40 });
    const file = writeLetterFile('abcdefgh12345678', doc, new Date('2022-05-23T10:00:00Z'));
    expect(file.meta.unlistedSignatories).toBe(40);
    const read = readLetterFile(JSON.stringify(file));
    const copy = new Y.Doc();
    if (read.ok) {
      Y.applyUpdate(copy, read.state);
    }
    expect(readLetterMeta(copy).unlistedSignatories).toBe(40);
    const { unlistedSignatories: _dropped, ...olderMeta } = file.meta;
    const older = readLetterFile(
      JSON.stringify({ ...writeLetterFile('abcdefgh12345678', sampleDoc(), new Date()), meta: olderMeta }),
    );
    expect(older.ok && older.file.meta.unlistedSignatories).toBe(0);
    expect(readLetterMeta(new Y.Doc()).unlistedSignatories).toBe(0);
  });

  it('merges a count of unlisted signatories changed offline with other edits', () => {
    const base = sampleDoc();
    const theirs = new Y.Doc();
    Y.applyUpdate(theirs, Y.encodeStateAsUpdate(base));
    updateLetterMeta(base, { unlistedSignatories: 12 });
    updateLetterMeta(theirs, { title: 'Letter to the Commissioner' });
    Y.applyUpdate(base, Y.encodeStateAsUpdate(theirs));
    Y.applyUpdate(theirs, Y.encodeStateAsUpdate(base));
    expect(readLetterMeta(theirs)).toMatchObject({
      title: 'Letter to the Commissioner',
      unlistedSignatories: 12,
    });
    expect(readLetterMeta(theirs)).toEqual(readLetterMeta(base));
  });

  it('lists the signatories by name for readers of the file, whatever their status', () => {
    const doc = sampleDoc();
    addSignatories(
      doc,
      [
        { id: 'b', name: 'World Uyghur Congress', country: 'DE', chapter: 'Munich', status: 'confirmed' },
        { id: 'a', name: 'The Tibet Society', status: 'invited' },
      ].map((entry) => signatorySchema.parse(entry)),
    );
    const file = writeLetterFile('abcdefgh12345678', doc, new Date('2022-05-23T10:00:00Z'));
    expect(file.signatories).toMatchObject([
      { id: 'a', name: 'The Tibet Society', status: 'invited' },
      { id: 'b', name: 'World Uyghur Congress', country: 'DE', chapter: 'Munich', status: 'confirmed' },
    ]);
  });

  it('says in plain words why a file cannot be read', () => {
    const good = writeLetterFile('abcdefgh12345678', sampleDoc(), new Date());
    expect(readLetterFile('%PDF-1.7 binary')).toEqual({
      ok: false,
      problem: 'This is not a letter file: it is not JSON text.',
    });
    expect(readLetterFile('{"hello": "world"}')).toEqual({
      ok: false,
      problem: 'This is not an Undersigned letter file.',
    });
    expect(readLetterFile(JSON.stringify({ ...good, version: 2 }))).toMatchObject({
      ok: false,
      problem: expect.stringContaining('newer version'),
    });
    expect(readLetterFile(JSON.stringify({ ...good, letterId: 'x' }))).toEqual({
      ok: false,
      problem: 'This letter file is damaged (letterId could not be read).',
    });
    const truncated = Buffer.from(good.yjsState, 'base64').subarray(0, 12).toString('base64');
    expect(readLetterFile(JSON.stringify({ ...good, yjsState: truncated }))).toMatchObject({
      ok: false,
      problem: expect.stringContaining('saved state'),
    });
  });

  it('names files after the letter, safely', () => {
    expect(letterFileName('Letter: "Urgent" / Bachelet')).toBe('Letter Urgent Bachelet.letter.json');
    expect(letterFileName('   ')).toBe('Untitled letter.letter.json');
    expect(letterFileName('ئۇيغۇر\u0007')).toBe('ئۇيغۇر.letter.json');
  });
});
