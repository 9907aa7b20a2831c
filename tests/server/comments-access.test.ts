import { describe, expect, it } from 'vitest';
import {
  addReply,
  commentAuthor,
  createThread,
  readThreads,
  setThreadResolved,
} from '../../src-common/comments/threads-doc';
import { serverFixtures } from './fixtures';
import { registerLetter, sameState, waitAcked, waitSynced, waitUntil } from './helpers';

const { serve, client } = serverFixtures();

const editorPerson = commentAuthor('Ayshe', '#2563eb');
const viewerPerson = commentAuthor('Chen', '#15803d');

describe('collaboration server: comments from a read-only link', () => {
  it('drops a viewer’s comments, replies and resolutions, while the viewer sees the editors’ threads', async () => {
    const server = await serve();
    const { letterId, tokens } = await registerLetter(server);
    const editor = client(server, letterId, tokens.editor);
    const viewer = client(server, letterId, tokens.viewer);
    await Promise.all([waitSynced(editor), waitSynced(viewer)]);

    createThread(editor.doc, {
      id: 'editor-thread',
      commentId: 'e1',
      quote: 'act',
      text: 'Stronger?',
      author: editorPerson,
      at: 1,
    });
    await waitAcked(editor);
    await waitUntil('the viewer to see the editor’s thread', () => readThreads(viewer.doc).length === 1);

    // The viewer's copy is changed as a modified app would change it: none of it may reach anyone.
    createThread(viewer.doc, {
      id: 'viewer-thread',
      commentId: 'v1',
      quote: 'we',
      text: 'Viewer was here',
      author: viewerPerson,
      at: 2,
    });
    addReply(viewer.doc, 'editor-thread', { id: 'v2', text: 'Viewer reply', author: viewerPerson, at: 3 });
    setThreadResolved(viewer.doc, 'editor-thread', true, viewerPerson, 4);
    addReply(editor.doc, 'editor-thread', { id: 'e2', text: 'Editor reply', author: editorPerson, at: 5 });
    await waitAcked(editor);
    await waitUntil('the viewer to see the editor’s reply', () =>
      JSON.stringify(readThreads(viewer.doc)).includes('Editor reply'),
    );

    expect(viewer.acked()).toBeNull();
    const fresh = client(server, letterId, tokens.owner);
    await waitSynced(fresh);
    for (const copy of [editor.doc, fresh.doc]) {
      expect(readThreads(copy)).toEqual([
        expect.objectContaining({
          id: 'editor-thread',
          resolved: false,
          comments: [
            expect.objectContaining({ text: 'Stronger?' }),
            expect.objectContaining({ text: 'Editor reply' }),
          ],
        }),
      ]);
    }
    expect(sameState(fresh.doc, editor.doc)).toBe(true);
  });
});
