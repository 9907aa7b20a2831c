import { join } from 'node:path';
import Database from 'better-sqlite3';
import * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import { decodeBinary, encodeBinary } from '../../src-common/letter/encoding';
import { BODY_FIELD } from '../../src-common/letter/letter-doc';
import { openDatabase } from '../../src-main/store/database';
import { isLetterLoaded } from '../../src-main/store/letters/doc-cache';
import { createDirectStore } from '../../src-main/store/store';
import { tempDir } from '../support/temp';

function typedUpdates(state: string, paragraphs: string[]): string[] {
  const doc = new Y.Doc();
  Y.applyUpdate(doc, decodeBinary(state));
  const updates: string[] = [];
  doc.on('update', (update: Uint8Array) => updates.push(encodeBinary(update)));
  for (const text of paragraphs) {
    const paragraph = new Y.XmlElement('paragraph');
    paragraph.insert(0, [new Y.XmlText(text)]);
    doc.getXmlFragment(BODY_FIELD).push([paragraph]);
  }
  return updates;
}

function bodyOf(state: string): string {
  const doc = new Y.Doc();
  Y.applyUpdate(doc, decodeBinary(state));
  return doc.getXmlFragment(BODY_FIELD).toString();
}

function logRows(file: string): number {
  const db = new Database(file, { readonly: true });
  const row: unknown = db.prepare('SELECT count(*) AS n FROM letter_updates').get();
  db.close();
  return typeof row === 'object' && row !== null && 'n' in row ? Number(row.n) : -1;
}

/** A store with one letter holding two typed paragraphs, closed; returns the file and the letter. */
async function storedLetter(): Promise<{ file: string; id: string; body: string }> {
  const file = join(tempDir(), 'close.sqlite');
  const store = createDirectStore(openDatabase(file));
  const { id } = await store.call('createLetter', { title: 'Closing' });
  const { state } = await store.call('openLetter', { id });
  const updates = typedUpdates(state, ['We, the undersigned,', 'urge you to act.']);
  await store.call('saveLetter', { id, updates });
  const body = bodyOf((await store.call('openLetter', { id })).state);
  expect(logRows(file)).toBeGreaterThan(0);
  await store.close();
  return { file, id, body };
}

describe('closing the local store', () => {
  it('folds each loaded letter’s log into its snapshot, keeping every edit', async () => {
    const { file, id, body } = await storedLetter();
    expect(logRows(file)).toBe(0);
    const reopened = createDirectStore(openDatabase(file));
    expect(bodyOf((await reopened.call('openLetter', { id })).state)).toBe(body);
    await reopened.close();
  });

  it('opens a letter whose log is folded from its snapshot, loading it only when it is saved', async () => {
    const { file, id } = await storedLetter();
    const db = openDatabase(file);
    const store = createDirectStore(db);
    const { state } = await store.call('openLetter', { id });
    expect(isLetterLoaded(db, id)).toBe(false);
    await store.call('saveLetter', { id, updates: typedUpdates(state, ['A third paragraph.']) });
    expect(isLetterLoaded(db, id)).toBe(true);
    expect(bodyOf((await store.call('openLetter', { id })).state)).toContain('A third paragraph.');
    await store.close();
  });

  it('replays a letter whose log holds edits the snapshot lacks', async () => {
    const file = join(tempDir(), 'crashed.sqlite');
    const db = openDatabase(file);
    const store = createDirectStore(db);
    const { id } = await store.call('createLetter', { title: 'Crashed' });
    // No close: the log stays, as after a crash.
    const { state } = await store.call('openLetter', { id });
    expect(isLetterLoaded(db, id)).toBe(true);
    const crashed = openDatabase(file);
    expect(bodyOf((await createDirectStore(crashed).call('openLetter', { id })).state)).toBe(bodyOf(state));
    expect(isLetterLoaded(crashed, id)).toBe(true);
    crashed.close();
    db.close();
  });
});
