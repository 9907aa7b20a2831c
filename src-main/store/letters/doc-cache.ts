import type { Database } from 'better-sqlite3';
import * as Y from 'yjs';
import { LetterLog, type CompactionPolicy } from '../../../src-node/update-log/log-sizes';
import { loadStoredLetter } from '../../../src-node/update-log/replay';
import { encodedState } from './encoded-state';

/** Past either limit a letter's log is compacted into its snapshot. */
export const COMPACTION_LIMITS: Readonly<CompactionPolicy> = { updates: 500, bytes: 1024 * 1024 };

/** How many letters stay loaded in memory; the least recently used is unloaded first. */
const CAPACITY = 16;

/** A letter as the store holds it: its Y.Doc (snapshot plus every logged update) and its log's sizes. */
export interface LoadedLetter {
  doc: Y.Doc;
  log: LetterLog;
}

const caches = new WeakMap<Database, Map<string, LoadedLetter>>();

/**
 * The letter as the store holds it, loaded once and kept while used, so each save applies only the new updates
 * and compaction needs neither a replay nor a look at the log's size in SQLite.
 */
export function loadLetter(db: Database, id: string): LoadedLetter {
  const cache = cacheFor(db);
  const cached = cache.get(id);
  if (cached) {
    cache.delete(id);
    cache.set(id, cached);
    return cached;
  }
  const stored = loadStoredLetter(db, id);
  const loaded = { doc: stored.doc, log: new LetterLog(id, stored, COMPACTION_LIMITS) };
  cache.set(id, loaded);
  evictOldest(cache);
  return loaded;
}

/** The letter's Y.Doc as the store holds it. */
export function loadLetterDoc(db: Database, id: string): Y.Doc {
  return loadLetter(db, id).doc;
}

/** True while the store holds the letter in memory. */
export function isLetterLoaded(db: Database, id: string): boolean {
  return cacheFor(db).has(id);
}

/**
 * Folds the log of every loaded letter into its snapshot, so the next start opens each from one stored state
 * instead of replaying the log and encoding it again (the open benchmark's cold open). Run before the store closes.
 */
export function compactLoadedLetters(db: Database, now: number): void {
  for (const { doc, log } of cacheFor(db).values()) {
    if (log.hasLog) {
      log.compact(db, encodedState(doc), now);
    }
  }
}

/** Forgets a loaded letter, e.g. when applying an update to it failed halfway. */
export function unloadLetterDoc(db: Database, id: string): void {
  cacheFor(db).get(id)?.doc.destroy();
  cacheFor(db).delete(id);
}

function cacheFor(db: Database): Map<string, LoadedLetter> {
  let cache = caches.get(db);
  if (!cache) {
    cache = new Map();
    caches.set(db, cache);
  }
  return cache;
}

function evictOldest(cache: Map<string, LoadedLetter>): void {
  while (cache.size > CAPACITY) {
    const oldest = cache.keys().next();
    if (oldest.done) {
      return;
    }
    cache.get(oldest.value)?.doc.destroy();
    cache.delete(oldest.value);
  }
}
