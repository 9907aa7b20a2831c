import type { Migration } from '../../../src-node/sqlite/migrations';

/**
 * The home screen's count of open comment threads per letter, mirrored from the letter's Y.Doc like its title and
 * confirmed signatories. Letters stored before comments existed have none.
 */
export const migration0008OpenComments: Migration = {
  version: 8,
  name: 'open-comments',
  up(db) {
    db.exec(`
      ALTER TABLE letters
        ADD COLUMN open_comment_count INTEGER NOT NULL DEFAULT 0 CHECK (open_comment_count >= 0);
    `);
  },
};
