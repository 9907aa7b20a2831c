import type * as Y from 'yjs';

/**
 * Remembers what `read` makes of one shared type of a letter (the signatory list, read for the side panel, the
 * status bar and the count check alike) until a transaction changes that type at any depth. Opening a letter then
 * reads and checks its list once, not once per reader.
 *
 * A remembered value is handed out only while the doc is between transactions: inside one, or while its observers
 * run, a change may already be made that its `afterTransaction` has not reported yet, so the value is read afresh
 * (and not kept). Callers share the value, so it must be treated as read-only.
 */
export function memoOnType<T>(type: (doc: Y.Doc) => object, read: (doc: Y.Doc) => T): (doc: Y.Doc) => T {
  const remembered = new WeakMap<Y.Doc, { value: T }>();
  const watched = new WeakSet<Y.Doc>();
  return (doc) => {
    if (!isBetweenTransactions(doc)) {
      return read(doc);
    }
    const known = remembered.get(doc);
    if (known) {
      return known.value;
    }
    const value = read(doc);
    if (!watched.has(doc)) {
      watched.add(doc);
      const shared = type(doc);
      // Fired after the transaction's observers, by when `changedParentTypes` holds every type it changed and the
      // types above them.
      doc.on('afterTransaction', (transaction: Y.Transaction) => {
        if (changed(transaction, shared)) {
          remembered.delete(doc);
        }
      });
    }
    remembered.set(doc, { value });
    return value;
  };
}

function isBetweenTransactions(doc: Y.Doc): boolean {
  return doc._transaction === null && doc._transactionCleanups.length === 0;
}

function changed(transaction: Y.Transaction, shared: object): boolean {
  for (const type of transaction.changedParentTypes.keys()) {
    if (type === shared) {
      return true;
    }
  }
  return false;
}
