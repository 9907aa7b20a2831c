import type { Migration } from '../../../src-node/sqlite/migrations';

/**
 * The server has one protocol, the sealed relay (issue #20), and no longer serves letters shared before end-to-end
 * encryption. Their readable content (`letter_snapshots`, `letter_updates`) is dropped rather than kept: a server that
 * will never send it again should not hold drafts an intruder could read. Their `letters` rows stay, so their links
 * are still recognised and told to share the letter again, rather than called wrong. `secure_delete` overwrites the
 * freed pages with zeros, and the incremental vacuum gives them back to the file system.
 */
export const migration0005DropPlaintextLog: Migration = {
  version: 5,
  name: 'drop-plaintext-log',
  beforeTransaction(db) {
    db.pragma('secure_delete = ON');
  },
  up(db) {
    db.exec(`
      DROP TABLE letter_updates;
      DROP TABLE letter_snapshots;
    `);
    db.pragma('incremental_vacuum');
  },
};
