import { join } from 'node:path';
import * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import { BODY_FIELD, readLetterMeta } from '../../src-common/letter/letter-doc';
import { openDatabase } from '../../src-main/store/database';
import { compactLetter } from '../../src-main/store/letters/letter-log';
import * as letters from '../../src-main/store/letters/letter-operations';
import { loadStoredLetter } from '../../src-node/update-log/replay';
import { tempDir } from '../support/temp';

const UPDATES = 100_000;

function newParagraph(doc: Y.Doc): Y.XmlText {
  const text = new Y.XmlText();
  const paragraph = new Y.XmlElement('paragraph');
  paragraph.insert(0, [text]);
  doc.getXmlFragment(BODY_FIELD).push([paragraph]);
  return text;
}

describe('compacting a letter’s update log', () => {
  it('turns a 100,000-update log into one snapshot equal to the uncompacted letter', () => {
    const db = openDatabase(join(tempDir(), 'big.sqlite'));
    const { id } = letters.createLetter(db, { title: 'A long-edited letter' });
    const typist = new Y.Doc();
    const insert = db.prepare('INSERT INTO letter_updates (letter_id, data, created_at) VALUES (?, ?, 0)');
    typist.on('update', (update: Uint8Array) => insert.run(id, update));
    // Every update is one keystroke or a new paragraph, some keystrokes deletions, as a long session produces.
    db.transaction(() => {
      let text = newParagraph(typist);
      for (let index = 1; index < UPDATES; index += 1) {
        if (index % 100 === 0) {
          text = newParagraph(typist);
        } else if (index % 10 === 0) {
          text.delete(text.length - 1, 1);
        } else {
          text.insert(text.length, String.fromCharCode(97 + (index % 26)));
        }
      }
    })();
    expect(db.prepare('SELECT count(*) AS n FROM letter_updates WHERE letter_id = ?').get(id)).toEqual({
      n: UPDATES + 1,
    });

    const uncompacted = loadStoredLetter(db, id).doc;
    db.transaction(() => compactLetter(db, id, uncompacted, Date.now()))();
    expect(db.prepare('SELECT count(*) AS n FROM letter_updates WHERE letter_id = ?').get(id)).toEqual({
      n: 0,
    });

    const compacted = loadStoredLetter(db, id).doc;
    expect(compacted.getXmlFragment(BODY_FIELD).toString()).toBe(
      uncompacted.getXmlFragment(BODY_FIELD).toString(),
    );
    expect(compacted.getXmlFragment(BODY_FIELD).toString()).toBe(
      typist.getXmlFragment(BODY_FIELD).toString(),
    );
    expect(readLetterMeta(compacted)).toEqual(readLetterMeta(uncompacted));
    expect(Y.encodeStateVector(compacted)).toEqual(Y.encodeStateVector(uncompacted));
  });
});
