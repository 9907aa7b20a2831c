import * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import {
  addReply,
  commentAuthor,
  createThread,
  deleteComment,
  editComment,
  findThread,
  openThreadCount,
  readThreads,
  setThreadResolved,
  threadsMap,
} from '../../../src-common/comments/threads-doc';
import { seededRandom } from '../../server/helpers';

const ayshe = commentAuthor('Ayshe', '#2563EB');
const bilal = commentAuthor('  Bilal ', '#be123c');

function letterWithThread(): Y.Doc {
  const doc = new Y.Doc();
  createThread(doc, {
    id: 'thread-1',
    commentId: 'comment-1',
    quote: 'genocide',
    text: 'Can we say genocide here? Our board needs to approve.',
    author: ayshe,
    at: 1000,
  });
  return doc;
}

/** Two copies of one letter, each changed apart, then given each other's changes. */
function mergeApart(
  start: Y.Doc,
  changeA: (doc: Y.Doc) => void,
  changeB: (doc: Y.Doc) => void,
): [Y.Doc, Y.Doc] {
  const a = new Y.Doc();
  const b = new Y.Doc();
  Y.applyUpdate(a, Y.encodeStateAsUpdate(start));
  Y.applyUpdate(b, Y.encodeStateAsUpdate(start));
  changeA(a);
  changeB(b);
  const fromA = Y.encodeStateAsUpdate(a, Y.encodeStateVector(b));
  const fromB = Y.encodeStateAsUpdate(b, Y.encodeStateVector(a));
  Y.applyUpdate(a, fromB);
  Y.applyUpdate(b, fromA);
  return [a, b];
}

describe('comment threads in the letter', () => {
  it('keeps the author’s name and colour, the time, the quote and the text', () => {
    expect(readThreads(letterWithThread())).toEqual([
      {
        id: 'thread-1',
        quote: 'genocide',
        createdAt: 1000,
        comments: [
          {
            id: 'comment-1',
            author: { name: 'Ayshe', colour: '#2563eb' },
            createdAt: 1000,
            text: 'Can we say genocide here? Our board needs to approve.',
            editedAt: null,
          },
        ],
        resolved: false,
        history: [],
      },
    ]);
    expect(bilal).toEqual({ name: 'Bilal', colour: '#be123c' });
    expect(commentAuthor('', 'not a colour')).toEqual({ name: 'Someone', colour: '#6b7280' });
  });

  it('adds replies, and lets only the author edit or delete a comment', () => {
    const doc = letterWithThread();
    expect(
      addReply(doc, 'thread-1', { id: 'reply-1', text: 'Yes, the board agreed.', author: bilal, at: 2000 }),
    ).toBe(true);
    expect(addReply(doc, 'no-such-thread', { id: 'reply-2', text: 'Lost?', author: bilal, at: 2000 })).toBe(
      false,
    );
    expect(editComment(doc, 'thread-1', 'comment-1', { text: 'Changed by Bilal', by: bilal, at: 3000 })).toBe(
      false,
    );
    expect(deleteComment(doc, 'thread-1', 'comment-1', bilal)).toBe(false);
    expect(
      editComment(doc, 'thread-1', 'reply-1', {
        text: 'Yes, the board agreed on 3 May.',
        by: bilal,
        at: 3000,
      }),
    ).toBe(true);
    const thread = findThread(doc, 'thread-1');
    expect(thread?.comments.map((comment) => [comment.author.name, comment.text, comment.editedAt])).toEqual([
      ['Ayshe', 'Can we say genocide here? Our board needs to approve.', null],
      ['Bilal', 'Yes, the board agreed on 3 May.', 3000],
    ]);

    expect(deleteComment(doc, 'thread-1', 'reply-1', bilal)).toBe(true);
    expect(findThread(doc, 'thread-1')?.comments).toHaveLength(1);
    expect(editComment(doc, 'thread-1', 'reply-1', { text: 'Back?', by: bilal, at: 4000 })).toBe(false);
    // Deleting the opening comment deletes the thread; its text is not kept.
    expect(deleteComment(doc, 'thread-1', 'comment-1', ayshe)).toBe(true);
    expect(readThreads(doc)).toEqual([]);
    expect(JSON.stringify(threadsMap(doc).toJSON())).not.toContain('Our board');
  });

  it('resolves and reopens, recording who and when, and counts the open threads', () => {
    const doc = letterWithThread();
    createThread(doc, {
      id: 'thread-2',
      commentId: 'comment-2',
      quote: 'x',
      text: 'Typo',
      author: bilal,
      at: 1500,
    });
    expect(openThreadCount(doc)).toBe(2);
    setThreadResolved(doc, 'thread-1', true, bilal, 5000);
    expect(openThreadCount(doc)).toBe(1);
    setThreadResolved(doc, 'thread-1', false, ayshe, 6000);
    const thread = findThread(doc, 'thread-1');
    expect(thread?.resolved).toBe(false);
    expect(thread?.history).toEqual([
      { action: 'resolved', by: bilal, at: 5000 },
      { action: 'reopened', by: ayshe, at: 6000 },
    ]);
    expect(openThreadCount(doc)).toBe(2);
    expect(setThreadResolved(doc, 'missing', true, ayshe, 7000)).toBe(false);
  });

  it('skips a thread in a shape it does not know instead of failing', () => {
    const doc = letterWithThread();
    threadsMap(doc).set('broken', new Y.Map<unknown>());
    const noComments = threadsMap(doc).set('no-comments', new Y.Map<unknown>());
    noComments.set('createdAt', 1);
    noComments.set('comments', new Y.Array<unknown>());
    expect(readThreads(doc).map((thread) => thread.id)).toEqual(['thread-1']);
  });
});

describe('comment threads written apart, offline', () => {
  it('keeps both people’s threads, replies, edits and resolutions when the copies merge', () => {
    const [a, b] = mergeApart(
      letterWithThread(),
      (doc) => {
        addReply(doc, 'thread-1', { id: 'reply-a', text: 'Agreed on the plane.', author: bilal, at: 3000 });
        createThread(doc, {
          id: 'thread-a',
          commentId: 'c-a',
          quote: 'urge',
          text: 'Stronger?',
          author: bilal,
          at: 3100,
        });
        setThreadResolved(doc, 'thread-a', true, bilal, 3200);
      },
      (doc) => {
        addReply(doc, 'thread-1', { id: 'reply-b', text: 'Asked the board.', author: ayshe, at: 2500 });
        editComment(doc, 'thread-1', 'comment-1', { text: 'Can we say “genocide”?', by: ayshe, at: 2600 });
        createThread(doc, {
          id: 'thread-b',
          commentId: 'c-b',
          quote: 'whitewashed',
          text: 'Tone',
          author: ayshe,
          at: 2700,
        });
      },
    );
    expect(readThreads(a)).toEqual(readThreads(b));
    const threads = readThreads(a);
    expect(threads.map((thread) => [thread.id, thread.resolved])).toEqual([
      ['thread-1', false],
      ['thread-b', false],
      ['thread-a', true],
    ]);
    // Replies read in time order, whichever order the merge put them in.
    expect(threads[0]?.comments.map((comment) => comment.text)).toEqual([
      'Can we say “genocide”?',
      'Asked the board.',
      'Agreed on the plane.',
    ]);
    expect(openThreadCount(a)).toBe(2);
  });

  it('decides a resolve against a reopen made apart by the later one, the same on both copies', () => {
    const start = letterWithThread();
    setThreadResolved(start, 'thread-1', true, ayshe, 2000);
    const [a, b] = mergeApart(
      start,
      (doc) => setThreadResolved(doc, 'thread-1', false, bilal, 4000),
      (doc) => setThreadResolved(doc, 'thread-1', true, ayshe, 3000),
    );
    expect(findThread(a, 'thread-1')?.resolved).toBe(false);
    expect(findThread(b, 'thread-1')).toEqual(findThread(a, 'thread-1'));
    expect(findThread(a, 'thread-1')?.history.map((event) => event.at)).toHaveLength(3);

    // At the very same moment both copies still agree, whichever way.
    const [c, d] = mergeApart(
      letterWithThread(),
      (doc) => setThreadResolved(doc, 'thread-1', true, bilal, 5000),
      (doc) => setThreadResolved(doc, 'thread-1', false, ayshe, 5000),
    );
    expect(findThread(c, 'thread-1')?.resolved).toBe(findThread(d, 'thread-1')?.resolved);
  });

  it('keeps a thread deleted by its author deleted, even when a reply was written to it meanwhile', () => {
    const [a, b] = mergeApart(
      letterWithThread(),
      (doc) => deleteComment(doc, 'thread-1', 'comment-1', ayshe),
      (doc) => addReply(doc, 'thread-1', { id: 'late', text: 'Offline reply', author: bilal, at: 9000 }),
    );
    expect(readThreads(a)).toEqual([]);
    expect(readThreads(b)).toEqual([]);
    expect(Y.encodeStateVector(a)).toEqual(Y.encodeStateVector(b));
  });

  it('converges when three people comment, reply, edit, resolve and delete in random order, offline', () => {
    for (let seed = 1; seed <= 12; seed += 1) {
      const random = seededRandom(seed);
      const people = [ayshe, bilal, commentAuthor('Chen', '#15803d')];
      const copies = people.map(() => new Y.Doc());
      for (let round = 0; round < 30; round += 1) {
        const index = Math.floor(random() * copies.length);
        const doc = copies[index];
        const person = people[index];
        if (!doc || !person) {
          continue;
        }
        randomChange(doc, person, random, round);
        if (random() < 0.3) {
          syncAll(copies);
        }
      }
      syncAll(copies);
      const [first, ...rest] = copies.map((doc) => readThreads(doc));
      for (const other of rest) {
        expect(other).toEqual(first);
      }
    }
  });
});

function randomChange(
  doc: Y.Doc,
  person: ReturnType<typeof commentAuthor>,
  random: () => number,
  round: number,
) {
  const threads = readThreads(doc);
  const thread = threads[Math.floor(random() * threads.length)];
  const choice = random();
  const at = 1000 + round * 10 + Math.floor(random() * 20);
  if (!thread || choice < 0.25) {
    createThread(doc, {
      id: `t-${round}-${person.name}`,
      commentId: `c-${round}-${person.name}`,
      quote: 'q',
      text: `Thread ${round}`,
      author: person,
      at,
    });
  } else if (choice < 0.5) {
    addReply(doc, thread.id, { id: `r-${round}-${person.name}`, text: `Reply ${round}`, author: person, at });
  } else if (choice < 0.7) {
    setThreadResolved(doc, thread.id, random() < 0.5, person, at);
  } else if (choice < 0.9) {
    const own = thread.comments.find((comment) => comment.author.name === person.name);
    if (own) {
      editComment(doc, thread.id, own.id, { text: `Edited ${round}`, by: person, at });
    }
  } else {
    const own = thread.comments.find((comment) => comment.author.name === person.name);
    if (own) {
      deleteComment(doc, thread.id, own.id, person);
    }
  }
}

function syncAll(docs: readonly Y.Doc[]): void {
  const updates = docs.map((doc) => Y.encodeStateAsUpdate(doc));
  for (const doc of docs) {
    updates.forEach((update) => Y.applyUpdate(doc, update));
  }
}
