import { useEffect, useMemo } from 'react';
import type * as Y from 'yjs';
import { readThreads, threadsMap, type CommentThread } from '../../src-common/comments/threads-doc';
import type { MarkView } from '@tiptap/pm/view';
import type { CommentAnchorLook, CommentDraft } from '../editor/extensions/comment-mark';

/** What the comments panel shows: the threads, the one selected, and the comment being written. */
export interface CommentsView {
  /** Every thread that is not deleted, oldest first (the panel puts them in the order of their words). */
  threads: readonly CommentThread[];
  openCount: number;
  selectedId: string | null;
  draft: CommentDraft | null;
  /** Comment was asked for with nothing selected: the panel says what to do. */
  needsSelection: boolean;
}

const BASE = 'comment-anchor';

/**
 * A letter's comments as the screen follows them: the threads, read again only when a thread changes (never on a
 * keystroke), which thread is selected, and the comment being written. The editor's commented words ask it how
 * to look, and are told when that changes, one thread at a time.
 */
export class CommentSession implements CommentAnchorLook {
  private view: CommentsView = {
    threads: [],
    openCount: 0,
    selectedId: null,
    draft: null,
    needsSelection: false,
  };
  private readonly listeners = new Set<() => void>();
  private readonly watchers = new Map<string, Set<() => void>>();
  private readonly classes = new Map<string, string>();

  constructor(private readonly doc: Y.Doc) {
    this.view = { ...this.view, ...this.readThreads() };
    this.restyle();
  }

  /** Follows the letter's threads until the returned function is called. */
  connect(): () => void {
    const threads = threadsMap(this.doc);
    threads.observeDeep(this.handleThreadsChange);
    this.handleThreadsChange();
    return () => threads.unobserveDeep(this.handleThreadsChange);
  }

  /** The current view; the same object until something in it changes. */
  getView = (): CommentsView => this.view;

  /** Calls `listener` after every change of the view; returns a function that stops it. */
  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  /** Selects a thread (its words are highlighted more strongly), or none. */
  select(threadId: string | null): void {
    if (threadId !== this.view.selectedId || this.view.needsSelection) {
      this.update({ selectedId: threadId, needsSelection: false });
    }
  }

  /** A comment is being written on words just marked for it (it replaces any other), or null: nothing to mark. */
  startDraft(draft: CommentDraft | null): void {
    this.update(draft ? { draft, selectedId: null, needsSelection: false } : { needsSelection: true });
  }

  /** The comment being written was saved or given up. */
  endDraft(): void {
    if (this.view.draft || this.view.needsSelection) {
      this.update({ draft: null, needsSelection: false });
    }
  }

  isOpen(threadId: string): boolean {
    return this.classOf(threadId).includes(`${BASE}-open`);
  }

  draftThreadId(): string | null {
    return this.view.draft?.threadId ?? null;
  }

  anchorView(threadId: string): MarkView {
    const dom = document.createElement('span');
    dom.setAttribute('data-comment-thread', threadId);
    const paint = () => {
      dom.className = this.classOf(threadId);
    };
    paint();
    return { dom, destroy: this.watch(threadId, paint) };
  }

  private classOf(threadId: string): string {
    return this.classes.get(threadId) ?? BASE;
  }

  private watch(threadId: string, listener: () => void): () => void {
    let watching = this.watchers.get(threadId);
    if (!watching) {
      watching = new Set();
      this.watchers.set(threadId, watching);
    }
    watching.add(listener);
    return () => {
      watching.delete(listener);
      if (watching.size === 0) {
        this.watchers.delete(threadId);
      }
    };
  }

  private readonly handleThreadsChange = (): void => {
    this.update(this.readThreads());
  };

  private readThreads(): Pick<CommentsView, 'threads' | 'openCount'> {
    const threads = readThreads(this.doc);
    return { threads, openCount: threads.filter((thread) => !thread.resolved).length };
  }

  private update(patch: Partial<CommentsView>): void {
    this.view = { ...this.view, ...patch };
    this.restyle();
    this.listeners.forEach((listener) => listener());
  }

  // Works out each thread's look and tells the words of the threads whose look changed.
  private restyle(): void {
    const next = new Map<string, string>();
    for (const thread of this.view.threads) {
      if (!thread.resolved) {
        const selected = thread.id === this.view.selectedId ? ` ${BASE}-selected` : '';
        next.set(thread.id, `${BASE} ${BASE}-open${selected}`);
      }
    }
    if (this.view.draft) {
      next.set(this.view.draft.threadId, `${BASE} ${BASE}-draft`);
    }
    const changed = new Set(
      [...this.classes.keys(), ...next.keys()].filter((id) => this.classes.get(id) !== next.get(id)),
    );
    this.classes.clear();
    next.forEach((value, key) => this.classes.set(key, value));
    changed.forEach((id) => this.watchers.get(id)?.forEach((listener) => listener()));
  }
}

/** One session per letter, following its threads for as long as the letter is open. */
export function useCommentSession(doc: Y.Doc): CommentSession {
  const session = useMemo(() => new CommentSession(doc), [doc]);
  useEffect(() => session.connect(), [session]);
  return session;
}
