import * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import { findThreadAnchors, inDocumentOrder } from '../../../src-common/comments/anchors';
import { findCommentProblems } from '../../../src-common/comments/comment-problems';
import {
  addReply,
  commentAuthor,
  createThread,
  setThreadResolved,
} from '../../../src-common/comments/threads-doc';
import { findLetterProblems } from '../../../src-common/checks/letter-problems';
import { BODY_FIELD } from '../../../src-common/letter/letter-doc';
import { bodyToJson, type ProseMirrorJson } from '../../../src-common/letter/prosemirror-json';

const comment = (threadId: string) => ({ type: 'comment', attrs: { threadId } });

const body: ProseMirrorJson = {
  type: 'doc',
  content: [
    {
      type: 'paragraph',
      content: [
        { type: 'text', text: 'We ' },
        { type: 'text', text: 'urge', marks: [comment('second')] },
        { type: 'text', text: ' you to ' },
        { type: 'text', text: 'act', marks: [comment('first'), comment('second')] },
        { type: 'text', text: ' now', marks: [{ type: 'bold' }, comment('first')] },
      ],
    },
    { type: 'paragraph', content: [{ type: 'text', text: 'Again', marks: [comment('first')] }] },
  ],
};

const ayshe = commentAuthor('Ayshe', '#2563eb');

describe('where threads are anchored', () => {
  it('lists threads by the first appearance of their words, with the words they cover now', () => {
    expect(findThreadAnchors(body)).toEqual(
      new Map([
        ['second', { order: 0, text: 'urge act' }],
        ['first', { order: 1, text: 'act now Again' }],
      ]),
    );
  });

  it('orders threads as their words appear, detached ones last and oldest first', () => {
    const threads = [
      { id: 'gone-later', createdAt: 5 },
      { id: 'first', createdAt: 1 },
      { id: 'gone-earlier', createdAt: 2 },
      { id: 'second', createdAt: 3 },
    ];
    expect(inDocumentOrder(threads, findThreadAnchors(body)).map((thread) => thread.id)).toEqual([
      'second',
      'first',
      'gone-earlier',
      'gone-later',
    ]);
  });

  it('reads overlapping comment marks out of the Y.Doc under their own name', () => {
    const doc = new Y.Doc();
    const paragraph = new Y.XmlElement('paragraph');
    const text = new Y.XmlText();
    paragraph.insert(0, [text]);
    doc.getXmlFragment(BODY_FIELD).insert(0, [paragraph]);
    // As the collaboration binding stores marks that may overlap: the name and a hash of the attributes.
    text.insert(0, 'Free ');
    text.insert(5, 'them', {
      'comment--AbCd+/9=': { threadId: 'one' },
      'comment--XyZ01234': { threadId: 'two' },
    });
    expect(bodyToJson(doc.getXmlFragment(BODY_FIELD)).content?.[0]?.content).toEqual([
      { type: 'text', text: 'Free ' },
      { type: 'text', text: 'them', marks: [comment('one'), comment('two')] },
    ]);
  });
});

describe('open comments as problems', () => {
  function letter(): Y.Doc {
    const doc = new Y.Doc();
    const paragraph = new Y.XmlElement('paragraph');
    const text = new Y.XmlText();
    paragraph.insert(0, [text]);
    doc.getXmlFragment(BODY_FIELD).insert(0, [paragraph]);
    text.insert(0, 'The report whitewashed the camps and ');
    text.format(11, 11, { 'comment--AAAAAAAA': { threadId: 'tone' } });
    createThread(doc, {
      id: 'gone',
      commentId: 'c0',
      quote: 'a deleted sentence',
      text: 'Source?',
      author: ayshe,
      at: 1,
    });
    createThread(doc, {
      id: 'tone',
      commentId: 'c1',
      quote: 'whitewashed',
      text: 'Suggest: “failed to address”',
      author: ayshe,
      at: 2,
    });
    createThread(doc, { id: 'done', commentId: 'c2', quote: 'camps', text: 'Fixed', author: ayshe, at: 3 });
    addReply(doc, 'tone', { id: 'c3', text: 'Fine by us', author: commentAuthor('Bilal', '#be123c'), at: 4 });
    setThreadResolved(doc, 'done', true, ayshe, 5);
    return doc;
  }

  it('warns of each open thread in the order of its words, detached ones last', () => {
    expect(findCommentProblems(letter())).toEqual([
      {
        kind: 'open-comment',
        severity: 'warning',
        message: 'Open comment by Ayshe on “whitewashed”: “Suggest: “failed to address”” (1 reply).',
        location: { section: 'body' },
      },
      {
        kind: 'open-comment',
        severity: 'warning',
        message: 'Open comment by Ayshe (detached: the words “a deleted sentence” were deleted): “Source?”.',
        location: { section: 'body' },
      },
    ]);
  });

  it('is part of every letter check, as the Checks tab and `cli check` list them', () => {
    expect(findLetterProblems(letter()).filter((problem) => problem.kind === 'open-comment')).toHaveLength(2);
  });
});
