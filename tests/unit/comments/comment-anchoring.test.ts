import { getSchema } from '@tiptap/core';
import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import { Transform } from '@tiptap/pm/transform';
import { initProseMirrorDoc, updateYFragment } from '@tiptap/y-tiptap';
import * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import { findThreadAnchors } from '../../../src-common/comments/anchors';
import { commentAuthor, createThread, readThreads } from '../../../src-common/comments/threads-doc';
import { BODY_FIELD } from '../../../src-common/letter/letter-doc';
import { bodyToJson, type ProseMirrorJson } from '../../../src-common/letter/prosemirror-json';
import { commentAnchorRange, CommentMark } from '../../../src-renderer/editor/extensions/comment-mark';
import { LetterKit } from '../../../src-renderer/editor/extensions/letter-kit';
import { seededRandom } from '../../server/helpers';

// Each replica is a letter's Y.Doc edited as the editor edits it: the body read into ProseMirror, changed by a
// ProseMirror transform, and written back by the collaboration binding's own diff (y-prosemirror's updateYFragment).
const schema = getSchema([LetterKit, CommentMark]);
const commentMark = schema.mark('comment', { threadId: null }).type;
const author = commentAuthor('Ayshe', '#2563eb');

const SEED_TEXT = [
  'alpha bravo charlie delta echo foxtrot golf hotel',
  'india juliet kilo lima mike november oscar papa',
  'quebec romeo sierra tango uniform victor whiskey',
];

interface Replica {
  doc: Y.Doc;
  fragment: Y.XmlFragment;
}

function replicas(count: number): Replica[] {
  const first = new Y.Doc();
  const fragment = first.getXmlFragment(BODY_FIELD);
  const body = schema.node(
    'doc',
    null,
    SEED_TEXT.map((text) => schema.node('paragraph', null, [schema.text(text)])),
  );
  first.transact(() => updateYFragment(first, fragment, body, initProseMirrorDoc(fragment, schema).meta));
  return Array.from({ length: count }, (_, index) => {
    const doc = index === 0 ? first : new Y.Doc();
    if (index > 0) {
      Y.applyUpdate(doc, Y.encodeStateAsUpdate(first));
    }
    return { doc, fragment: doc.getXmlFragment(BODY_FIELD) };
  });
}

function edit(replica: Replica, change: (tr: Transform) => void): void {
  const { doc, meta } = initProseMirrorDoc(replica.fragment, schema);
  const tr = new Transform(doc);
  change(tr);
  if (tr.docChanged) {
    replica.doc.transact(() => updateYFragment(replica.doc, replica.fragment, tr.doc, meta));
  }
}

/** Types text as the editor does: it takes the marks around it, but does not extend a comment from its ends. */
function typeAt(tr: Transform, position: number, text: string): void {
  tr.insert(position, schema.text(text, tr.doc.resolve(position).marks()));
}

function bodyOf(replica: Replica): ProseMirrorNode {
  return initProseMirrorDoc(replica.fragment, schema).doc;
}

function sync(from: Replica, to: Replica): void {
  Y.applyUpdate(to.doc, Y.encodeStateAsUpdate(from.doc, Y.encodeStateVector(to.doc)));
}

function syncAll(all: readonly Replica[]): void {
  for (const from of all) {
    for (const to of all) {
      if (from !== to) {
        sync(from, to);
      }
    }
  }
}

/** Marks a word for a thread, as Comment does, and records the thread; false when the word is not there. */
function comment(replica: Replica, threadId: string, word: string): boolean {
  let marked = false;
  edit(replica, (tr) => {
    const range = findWord(tr.doc, word);
    if (range) {
      tr.addMark(range.from, range.to, commentMark.create({ threadId }));
      marked = true;
    }
  });
  if (marked) {
    createThread(replica.doc, {
      id: threadId,
      commentId: `${threadId}-c`,
      quote: word,
      text: '?',
      author,
      at: 1,
    });
  }
  return marked;
}

/** Where words first appear in a paragraph, whatever marks split them into pieces. */
function findWord(doc: ProseMirrorNode, word: string): { from: number; to: number } | null {
  let found: { from: number; to: number } | null = null;
  doc.descendants((node, position) => {
    const at = found === null && node.isTextblock ? node.textContent.indexOf(word) : -1;
    if (at >= 0) {
      found = { from: position + 1 + at, to: position + 1 + at + word.length };
    }
    return found === null && !node.isTextblock;
  });
  return found;
}

function anchors(replica: Replica): Map<string, string> {
  const found = findThreadAnchors(bodyToJson(replica.fragment));
  return new Map([...found].map(([threadId, anchor]) => [threadId, anchor.text]));
}

describe('a comment’s words through edits', () => {
  it('keeps its words as text is typed before, inside and after them, and their paragraph is split', () => {
    const [replica] = replicas(1);
    if (!replica) {
      return;
    }
    comment(replica, 'thread-delta', 'delta');
    edit(replica, (tr) => {
      const range = findWord(tr.doc, 'delta');
      if (range) {
        typeAt(tr, range.to, '!');
        typeAt(tr, range.from + 2, '-');
        typeAt(tr, range.from, 'the ');
        tr.split(range.from - 7);
      }
    });
    expect(anchors(replica).get('thread-delta')).toBe('de-lta');
    expect(commentAnchorRange(bodyOf(replica), 'thread-delta')).toEqual(findWord(bodyOf(replica), 'de-lta'));
  });

  it('keeps words a co-editor typed inside them meanwhile, and is the same on every copy', () => {
    const [a, b, c] = replicas(3);
    if (!a || !b || !c) {
      return;
    }
    comment(a, 'thread-echo', 'echo foxtrot');
    edit(b, (tr) => {
      const range = findWord(tr.doc, 'echo');
      if (range) {
        typeAt(tr, range.to, ' (and beyond)');
      }
    });
    edit(c, (tr) => {
      const range = findWord(tr.doc, 'charlie ');
      if (range) {
        tr.delete(range.from, range.to);
      }
    });
    syncAll([a, b, c]);
    for (const replica of [a, b, c]) {
      expect(anchors(replica).get('thread-echo')).toBe('echo (and beyond) foxtrot');
      expect(bodyOf(replica).toJSON()).toEqual(bodyOf(a).toJSON());
    }
  });

  it('is detached, not lost, when its words are deleted, here or by a co-editor', () => {
    const [a, b] = replicas(2);
    if (!a || !b) {
      return;
    }
    comment(a, 'thread-kilo', 'kilo');
    sync(a, b);
    edit(b, (tr) => {
      const range = findWord(tr.doc, 'juliet kilo lima');
      if (range) {
        tr.delete(range.from, range.to);
      }
    });
    syncAll([a, b]);
    for (const replica of [a, b]) {
      expect(anchors(replica).has('thread-kilo')).toBe(false);
      expect(commentAnchorRange(bodyOf(replica), 'thread-kilo')).toBeNull();
      expect(readThreads(replica.doc).map((thread) => [thread.id, thread.quote])).toEqual([
        ['thread-kilo', 'kilo'],
      ]);
    }
  });

  it('keeps two comments on overlapping words apart', () => {
    const [a, b] = replicas(2);
    if (!a || !b) {
      return;
    }
    comment(a, 'thread-wide', 'romeo sierra tango');
    comment(b, 'thread-narrow', 'sierra');
    syncAll([a, b]);
    expect(anchors(a)).toEqual(
      new Map([
        ['thread-wide', 'romeo sierra tango'],
        ['thread-narrow', 'sierra'],
      ]),
    );
    expect(anchors(b)).toEqual(anchors(a));
  });

  it('is at worst detached, never lost, when made while a co-editor splits its paragraph before its words', () => {
    const [a, b] = replicas(2);
    if (!a || !b) {
      return;
    }
    comment(a, 'thread-tango', 'tango');
    edit(b, (tr) => {
      const range = findWord(tr.doc, 'romeo');
      if (range) {
        tr.split(range.from);
      }
    });
    syncAll([a, b]);
    expect(bodyOf(a).toJSON()).toEqual(bodyOf(b).toJSON());
    for (const replica of [a, b]) {
      expect(readThreads(replica.doc).map((thread) => thread.id)).toEqual(['thread-tango']);
      expect([undefined, 'tango']).toContain(anchors(replica).get('thread-tango'));
    }
  });
});

describe('comment anchors through random concurrent edits from three co-editors', () => {
  for (const seed of [1, 2, 3, 4, 5, 6, 7, 8]) {
    it(`converge, keep every thread, and keep the words that survive (seed ${seed})`, () => {
      const random = seededRandom(seed);
      const all = replicas(3);
      const commented = new Map<string, string>();
      let counter = 0;
      for (let round = 0; round < 60; round += 1) {
        const replica = all[Math.floor(random() * all.length)];
        if (!replica) {
          continue;
        }
        counter += 1;
        randomEdit(all, replica, random, counter, commented);
        if (random() < 0.25) {
          const [from, to] = [all[Math.floor(random() * 3)], all[Math.floor(random() * 3)]];
          if (from && to && from !== to) {
            sync(from, to);
          }
        }
      }
      syncAll(all);
      const [first, ...rest] = all.map((replica) => bodyOf(replica).toJSON());
      for (const other of rest) {
        expect(other).toEqual(first);
      }
      const text = all[0] ? textOf(bodyToJson(all[0].fragment)) : '';
      // Words nobody deleted or typed into keep their thread's mark.
      const surviving = [...commented].filter(([, word]) =>
        new RegExp(`(^|[^\\w])${word}([^\\w]|$)`, 'u').test(text),
      );
      for (const replica of all) {
        // Never lost: every thread is still listed, anchored or detached.
        expect(new Set(readThreads(replica.doc).map((thread) => thread.id))).toEqual(
          new Set(commented.keys()),
        );
        const anchored = anchors(replica);
        for (const [threadId, word] of surviving) {
          expect(anchored.get(threadId), `${threadId} on “${word}”`).toContain(word);
        }
      }
      expect(surviving.length).toBeGreaterThan(0);
    });
  }
});

// Typing and deleting happen anywhere, on any copy, offline. A paragraph is split (Enter) on a copy that is up to
// date: y-prosemirror writes a split as the old paragraph cut short and a new one holding a copy of the rest, so a
// comment made at the same moment on words after the split, on a copy that has not seen it, stays on the old words,
// and its thread is detached (listed as such, never lost).
function randomEdit(
  all: readonly Replica[],
  replica: Replica,
  random: () => number,
  counter: number,
  commented: Map<string, string>,
): void {
  const choice = random();
  if (choice < 0.25) {
    const words = (textOf(bodyToJson(replica.fragment)).match(/[a-z]{4,}/gu) ?? []).filter(
      (word) => ![...commented.values()].includes(word),
    );
    const word = words[Math.floor(random() * words.length)];
    const threadId = `thread-${counter}`;
    if (word && comment(replica, threadId, word)) {
      commented.set(threadId, word);
    }
    return;
  }
  const splitting = choice >= 0.85;
  if (splitting) {
    syncAll(all);
  }
  edit(replica, (tr) => {
    const positions = textPositions(tr.doc);
    const at = positions[Math.floor(random() * positions.length)];
    if (at === undefined) {
      return;
    }
    if (choice < 0.55) {
      typeAt(tr, at, ` new${counter} `);
    } else if (choice < 0.85) {
      const end = Math.min(at + 1 + Math.floor(random() * 8), tr.doc.resolve(at).end());
      if (end > at) {
        tr.delete(at, end);
      }
    } else if (tr.doc.resolve(at).parent.isTextblock) {
      tr.split(at);
    }
  });
  if (splitting) {
    syncAll(all);
  }
}

/** Every position inside a paragraph's text. */
function textPositions(doc: ProseMirrorNode): number[] {
  const positions: number[] = [];
  doc.descendants((node, position) => {
    if (node.isTextblock) {
      for (let offset = 0; offset <= node.content.size; offset += 1) {
        positions.push(position + 1 + offset);
      }
      return false;
    }
    return true;
  });
  return positions;
}

function textOf(node: ProseMirrorJson): string {
  if (node.type === 'text') {
    return node.text ?? '';
  }
  return (node.content ?? []).map(textOf).join(node.type === 'doc' ? '\n' : '');
}
