import type { Database } from 'better-sqlite3';
import * as Y from 'yjs';
import { z } from 'zod';

/** How many letters stay loaded in memory; the least recently used is unloaded first. */
const CAPACITY = 16;

const snapshotSchema = z.object({ state: z.instanceof(Uint8Array) });
const updateSchema = z.object({ data: z.instanceof(Uint8Array) });

const caches = new WeakMap<Database, Map<string, Y.Doc>>();

/**
 * The letter's Y.Doc as the store holds it (snapshot plus every logged update), loaded once and kept while used,
 * so each save applies only the new updates and compaction needs no replay.
 */
export function loadLetterDoc(db: Database, id: string): Y.Doc {
  const cache = cacheFor(db);
  const cached = cache.get(id);
  if (cached) {
    cache.delete(id);
    cache.set(id, cached);
    return cached;
  }
  const doc = replayLog(db, id);
  cache.set(id, doc);
  evictOldest(cache);
  return doc;
}

/** Forgets a loaded letter, e.g. when applying an update to it failed halfway. */
export function unloadLetterDoc(db: Database, id: string): void {
  cacheFor(db).get(id)?.destroy();
  cacheFor(db).delete(id);
}

/** Rebuilds a letter from its snapshot and log by replaying them: linear, unlike merging many small updates. */
export function replayLog(db: Database, id: string): Y.Doc {
  const doc = new Y.Doc({ gc: true });
  const snapshot = snapshotSchema.safeParse(
    db.prepare('SELECT state FROM letter_snapshots WHERE letter_id = ?').get(id),
  );
  doc.transact(() => {
    if (snapshot.success) {
      Y.applyUpdate(doc, snapshot.data.state);
    }
    for (const row of db
      .prepare('SELECT data FROM letter_updates WHERE letter_id = ? ORDER BY seq')
      .iterate(id)) {
      Y.applyUpdate(doc, updateSchema.parse(row).data);
    }
  });
  return doc;
}

function cacheFor(db: Database): Map<string, Y.Doc> {
  let cache = caches.get(db);
  if (!cache) {
    cache = new Map();
    caches.set(db, cache);
  }
  return cache;
}

function evictOldest(cache: Map<string, Y.Doc>): void {
  while (cache.size > CAPACITY) {
    const oldest = cache.keys().next();
    if (oldest.done) {
      return;
    }
    cache.get(oldest.value)?.destroy();
    cache.delete(oldest.value);
  }
}
