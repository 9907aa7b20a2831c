import * as Y from 'yjs';
import { z } from 'zod';

/**
 * The Y.Map of a letter's comment threads, keyed by thread id. Each thread is a Y.Map: `quote` (the words it was
 * made on), `createdAt`, `comments` (a Y.Array of Y.Maps, the opening comment first, then replies) and `history`
 * (a Y.Array of resolve and reopen events). Every field is its own value, so co-editors who reply, resolve or edit
 * apart, offline, all keep theirs when the copies merge.
 */
export const COMMENTS_FIELD = 'comments';

/** The name of the body's mark that anchors a thread to the words it is about; its one attribute is `threadId`. */
export const COMMENT_MARK = 'comment';

/** The longest comment kept; longer text is cut. */
export const COMMENT_MAX_CHARS = 5000;

/** The longest quote of the commented words a thread keeps (to show what a detached thread was about). */
export const QUOTE_MAX_CHARS = 200;

/** The name shown for a person who has not set one. */
export const NAMELESS = 'Someone';

const FALLBACK_COLOUR = '#6b7280';

/** Who wrote a comment or resolved a thread: their display name and caret colour at the time. */
export interface CommentAuthor {
  name: string;
  colour: string;
}

/** One comment of a thread. */
export interface CommentEntry {
  id: string;
  author: CommentAuthor;
  createdAt: number;
  text: string;
  /** When its author last changed the text; null when never. */
  editedAt: number | null;
}

/** A thread resolved or reopened, by whom and when. */
export interface ResolutionEvent {
  action: 'resolved' | 'reopened';
  by: CommentAuthor;
  at: number;
}

/** A comment thread as read from the letter. */
export interface CommentThread {
  id: string;
  /** The words commented on, as they were when the thread was made. */
  quote: string;
  createdAt: number;
  /** The opening comment, then the replies oldest first (deleted replies left out). */
  comments: [CommentEntry, ...CommentEntry[]];
  resolved: boolean;
  /** Every resolve and reopen, oldest first. */
  history: ResolutionEvent[];
}

/** The author of a person's comments: the profile's name and colour, "Someone" for a person without a name. */
export function commentAuthor(displayName: string, colour: string): CommentAuthor {
  return { name: displayName.trim() || NAMELESS, colour: validColour(colour) };
}

/**
 * Whether a person may edit or delete a comment: only its author may. People are known by their display name, as
 * for carets and status changes; the letter has no accounts.
 */
export function isAuthor(comment: Pick<CommentEntry, 'author'>, person: CommentAuthor): boolean {
  return comment.author.name === person.name;
}

/** The letter's thread map. */
export function threadsMap(doc: Y.Doc): Y.Map<Y.Map<unknown>> {
  return doc.getMap<Y.Map<unknown>>(COMMENTS_FIELD);
}

/** Starts a thread with its opening comment, in one transaction. */
export function createThread(
  doc: Y.Doc,
  input: { id: string; commentId: string; quote: string; text: string; author: CommentAuthor; at: number },
): void {
  doc.transact(() => {
    // Added to the document first, then filled: a Y.Map filled before it is added keeps a second copy of its fields.
    const thread = threadsMap(doc).set(input.id, new Y.Map<unknown>());
    thread.set('quote', input.quote.slice(0, QUOTE_MAX_CHARS));
    thread.set('createdAt', input.at);
    thread.set('history', new Y.Array<unknown>());
    const comments = thread.set('comments', new Y.Array<unknown>());
    pushComment(comments, { id: input.commentId, text: input.text, author: input.author, at: input.at });
  });
}

/** Adds a reply at the end of a thread; false when there is no such thread. */
export function addReply(
  doc: Y.Doc,
  threadId: string,
  input: { id: string; text: string; author: CommentAuthor; at: number },
): boolean {
  const comments = commentsOf(doc, threadId);
  if (!comments) {
    return false;
  }
  doc.transact(() => pushComment(comments, input));
  return true;
}

/** Changes a comment's text; only its author may (false otherwise, or when it does not exist). */
export function editComment(
  doc: Y.Doc,
  threadId: string,
  commentId: string,
  change: { text: string; by: CommentAuthor; at: number },
): boolean {
  const comment = ownComment(doc, threadId, commentId, change.by);
  if (!comment) {
    return false;
  }
  doc.transact(() => {
    comment.set('text', change.text.slice(0, COMMENT_MAX_CHARS));
    comment.set('editedAt', change.at);
  });
  return true;
}

/**
 * Deletes a comment; only its author may. Deleting the opening comment deletes the thread. Both are marked, not
 * removed, so that a reply written offline meanwhile still has a place to merge into; the text itself is cleared.
 */
export function deleteComment(doc: Y.Doc, threadId: string, commentId: string, by: CommentAuthor): boolean {
  const comment = ownComment(doc, threadId, commentId, by);
  if (!comment) {
    return false;
  }
  doc.transact(() => {
    comment.set('deleted', true);
    comment.set('text', '');
  });
  return true;
}

/** Resolves or reopens a thread, recording who and when; false when there is no such thread. */
export function setThreadResolved(
  doc: Y.Doc,
  threadId: string,
  resolved: boolean,
  by: CommentAuthor,
  at: number,
): boolean {
  const history = threadsMap(doc).get(threadId)?.get('history');
  if (!(history instanceof Y.Array)) {
    return false;
  }
  const event = { action: resolved ? 'resolved' : 'reopened', byName: by.name, byColour: by.colour, at };
  doc.transact(() => history.push([event]));
  return true;
}

/** Every thread that is not deleted, oldest first. A thread in a shape this app does not know is skipped. */
export function readThreads(doc: Y.Doc): CommentThread[] {
  return [...threadsMap(doc).entries()]
    .flatMap(([id, thread]) => {
      const read = readThread(id, thread);
      return read ? [read] : [];
    })
    .sort((a, b) => a.createdAt - b.createdAt || compareIds(a.id, b.id));
}

/** How many threads are open (neither resolved nor deleted), detached ones included. */
export function openThreadCount(doc: Y.Doc): number {
  return readThreads(doc).filter((thread) => !thread.resolved).length;
}

/** One thread by id, or null when it does not exist or is deleted. */
export function findThread(doc: Y.Doc, threadId: string): CommentThread | null {
  const thread = threadsMap(doc).get(threadId);
  return thread ? readThread(threadId, thread) : null;
}

function pushComment(
  comments: Y.Array<unknown>,
  input: { id: string; text: string; author: CommentAuthor; at: number },
): void {
  const comment = new Y.Map<unknown>();
  comments.push([comment]);
  comment.set('id', input.id);
  comment.set('authorName', input.author.name);
  comment.set('authorColour', input.author.colour);
  comment.set('createdAt', input.at);
  comment.set('text', input.text.slice(0, COMMENT_MAX_CHARS));
}

function commentsOf(doc: Y.Doc, threadId: string): Y.Array<unknown> | null {
  const comments: unknown = threadsMap(doc).get(threadId)?.get('comments');
  return comments instanceof Y.Array ? comments : null;
}

function ownComment(
  doc: Y.Doc,
  threadId: string,
  commentId: string,
  by: CommentAuthor,
): Y.Map<unknown> | null {
  const comment = commentsOf(doc, threadId)
    ?.toArray()
    .find((each): each is Y.Map<unknown> => each instanceof Y.Map && each.get('id') === commentId);
  if (!comment || comment.get('deleted') === true) {
    return null;
  }
  return comment.get('authorName') === by.name ? comment : null;
}

const storedCommentSchema = z.object({
  id: z.string(),
  authorName: z.string(),
  authorColour: z.string().optional(),
  createdAt: z.number(),
  text: z.string(),
  editedAt: z.number().optional(),
  deleted: z.boolean().optional(),
});

const storedEventSchema = z.object({
  action: z.enum(['resolved', 'reopened']),
  byName: z.string(),
  byColour: z.string().optional(),
  at: z.number(),
});

function readThread(id: string, thread: Y.Map<unknown>): CommentThread | null {
  const comments = thread.get('comments');
  const history = thread.get('history');
  const createdAt = thread.get('createdAt');
  if (!(comments instanceof Y.Array) || typeof createdAt !== 'number') {
    return null;
  }
  const stored = comments.toArray().flatMap((each: unknown) => {
    const parsed = storedCommentSchema.safeParse(each instanceof Y.Map ? each.toJSON() : null);
    return parsed.success ? [parsed.data] : [];
  });
  const [opening, ...replies] = stored;
  if (!opening || opening.deleted === true) {
    return null;
  }
  const events = (history instanceof Y.Array ? history.toArray() : []).flatMap((each: unknown) => {
    const parsed = storedEventSchema.safeParse(each);
    return parsed.success
      ? [
          {
            action: parsed.data.action,
            by: storedAuthor(parsed.data.byName, parsed.data.byColour),
            at: parsed.data.at,
          },
        ]
      : [];
  });
  const quote = thread.get('quote');
  return {
    id,
    quote: typeof quote === 'string' ? quote : '',
    createdAt,
    comments: [
      toEntry(opening),
      ...replies
        .filter((reply) => reply.deleted !== true)
        // Replies written apart are merged in an order Yjs chooses; people read them by time.
        .map((reply, index) => ({ reply, index }))
        .sort((a, b) => a.reply.createdAt - b.reply.createdAt || a.index - b.index)
        .map(({ reply }) => toEntry(reply)),
    ],
    resolved: latestEvent(events)?.action === 'resolved',
    history: events,
  };
}

/**
 * The event that decides whether a thread is resolved: the latest by its time, the later in the merged list when
 * two share a time. Every copy holds the same list, so every copy decides the same.
 */
function latestEvent(events: readonly ResolutionEvent[]): ResolutionEvent | undefined {
  return events.reduce<ResolutionEvent | undefined>(
    (latest, event) => (latest === undefined || event.at >= latest.at ? event : latest),
    undefined,
  );
}

function toEntry(stored: z.output<typeof storedCommentSchema>): CommentEntry {
  return {
    id: stored.id,
    author: storedAuthor(stored.authorName, stored.authorColour),
    createdAt: stored.createdAt,
    text: stored.text,
    editedAt: stored.editedAt ?? null,
  };
}

function storedAuthor(name: string, colour: string | undefined): CommentAuthor {
  return { name: name.trim() || NAMELESS, colour: validColour(colour ?? '') };
}

function validColour(colour: string): string {
  return /^#[0-9a-f]{6}$/i.test(colour) ? colour.toLowerCase() : FALLBACK_COLOUR;
}

function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
