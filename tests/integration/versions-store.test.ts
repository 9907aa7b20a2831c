import { join } from 'node:path';
import * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import { ApiFailure } from '../../src-common/api/errors';
import { decodeBinary, encodeBinary } from '../../src-common/letter/encoding';
import { BODY_FIELD } from '../../src-common/letter/letter-doc';
import { openDatabase } from '../../src-main/store/database';
import * as letters from '../../src-main/store/letters/letter-operations';
import { listVersions, openVersion, saveVersion } from '../../src-main/store/letters/version-operations';
import { writeSettings } from '../../src-main/store/settings';
import { tempDir } from '../support/temp';

function typeInto(db: ReturnType<typeof openDatabase>, id: string, text: string): void {
  const doc = new Y.Doc();
  Y.applyUpdate(doc, decodeBinary(letters.openLetter(db, { id }).state));
  const updates: string[] = [];
  doc.on('update', (update: Uint8Array) => updates.push(encodeBinary(update)));
  const paragraph = new Y.XmlElement('paragraph');
  paragraph.insert(0, [new Y.XmlText(text)]);
  doc.getXmlFragment(BODY_FIELD).push([paragraph]);
  letters.saveLetter(db, { id, updates });
}

describe('named versions in the store', () => {
  it('keeps the letter as it was when named, with who named it, newest first', () => {
    const db = openDatabase(join(tempDir(), 'v.sqlite'));
    writeSettings(db, { displayName: 'Zumretay' });
    const { id } = letters.createLetter(db, { title: 'Versioned' });
    typeInto(db, id, 'First draft.');
    const first = saveVersion(db, { letterId: id, label: 'v1' });
    typeInto(db, id, 'Added later.');
    saveVersion(db, { letterId: id, label: 'v2' });

    expect(first).toMatchObject({ letterId: id, label: 'v1', createdBy: 'Zumretay' });
    expect(listVersions(db, { letterId: id }).map((version) => version.label)).toEqual(['v2', 'v1']);
    expect(openVersion(db, { id: first.id }).body).toEqual({
      type: 'doc',
      content: [{ type: 'paragraph', content: [{ type: 'text', text: 'First draft.' }] }],
    });
  });

  it('says plainly when a version or letter does not exist', () => {
    const db = openDatabase(join(tempDir(), 'v.sqlite'));
    expect(() => openVersion(db, { id: 42 })).toThrow(ApiFailure);
    expect(() => saveVersion(db, { letterId: 'missing-letter', label: 'v1' })).toThrow(
      /not on this computer/,
    );
  });
});
