// Test support: the letter editor's schema with its suggestion extensions, and a readable picture of a document's
// suggestions, for the suggestion tests.
import { extensions, getSchema } from '@tiptap/core';
import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import { EditorState, TextSelection, type Transaction } from '@tiptap/pm/state';
import { CommentMark } from '../../../src-renderer/editor/extensions/comment-mark';
import { LetterKit } from '../../../src-renderer/editor/extensions/letter-kit';
import { LetterLink } from '../../../src-renderer/editor/extensions/letter-link';
import { NoteReference } from '../../../src-renderer/editor/extensions/note-reference';
import { SuggestAttributes } from '../../../src-renderer/editor/extensions/suggest-attributes';
import { SuggestDeletion } from '../../../src-renderer/editor/extensions/suggest-deletion';
import { SuggestFormat } from '../../../src-renderer/editor/extensions/suggest-format';
import { SuggestInsertion } from '../../../src-renderer/editor/extensions/suggest-insertion';
import {
  suggestTransaction,
  type SuggestContext,
} from '../../../src-renderer/suggestions/suggest-transaction';
import {
  BREAK_SUGGESTION_ATTR,
  decodeNodeSuggestion,
  DELETION_MARK,
  FORMAT_MARK,
  INLINE_SUGGESTION_ATTR,
  INSERTION_MARK,
  stampOf,
} from '../../../src-common/suggestions/suggestion';
import type { ProseMirrorJson } from '../../../src-common/letter/prosemirror-json';

const LETTER_EXTENSIONS = [
  LetterKit,
  CommentMark,
  LetterLink,
  NoteReference,
  SuggestInsertion,
  SuggestDeletion,
  SuggestFormat,
  SuggestAttributes,
];

/** The letter editor's schema, suggestions and comments' anchors included. */
export const schema = getSchema(LETTER_EXTENSIONS);

/**
 * The same with paragraph direction, as the letter editor sets it up (`textDirection: 'auto'`): every block then
 * carries a `dir`, which the tests that do not turn a paragraph's direction leave out of their expected JSON.
 */
export const directedSchema = getSchema([
  ...LETTER_EXTENSIONS,
  extensions.TextDirection.configure({ direction: 'auto' }),
]);

/** A person who suggests, with ids and times that tests can predict. */
export function suggester(authorId: string, authorName: string, colour = '#2563eb'): SuggestContext {
  let next = 0;
  return {
    author: { authorId, authorName, colour },
    newId: () => {
      next += 1;
      return `${authorId}-${next}`;
    },
    now: () => '2025-03-01T12:00:00.000Z',
  };
}

/** A state holding a document given as ProseMirror JSON blocks. */
export function stateOf(blocks: ProseMirrorJson[]): EditorState {
  return EditorState.create({ schema, doc: schema.nodeFromJSON({ type: 'doc', content: blocks }) });
}

/** A paragraph of plain text. */
export function paragraph(text: string, attrs?: Record<string, unknown>): ProseMirrorJson {
  return {
    type: 'paragraph',
    ...(attrs ? { attrs } : {}),
    ...(text === '' ? {} : { content: [{ type: 'text', text }] }),
  };
}

/** Runs a change as the person would in Suggesting mode and returns the new state. */
export function suggest(
  state: EditorState,
  context: SuggestContext,
  change: (tr: Transaction) => Transaction | void,
): EditorState {
  const tr = state.tr;
  change(tr);
  return state.apply(suggestTransaction(tr, state, context));
}

/** Runs a ProseMirror command as the person would in Suggesting mode. */
export function suggestCommand(
  state: EditorState,
  context: SuggestContext,
  command: (state: EditorState, dispatch: (tr: Transaction) => void) => boolean,
): EditorState {
  let result = state;
  command(state, (tr) => {
    result = state.apply(suggestTransaction(tr, state, context));
  });
  return result;
}

/** A state with the selection between two positions. */
export function select(state: EditorState, from: number, to = from): EditorState {
  return state.apply(state.tr.setSelection(TextSelection.create(state.doc, from, to)));
}

/** Where a text first occurs in the document (the position of its first character). */
export function positionOf(doc: ProseMirrorNode, text: string, occurrence = 0): number {
  let found = -1;
  let seen = 0;
  doc.descendants((node, position) => {
    if (found >= 0 || !node.isText || !node.text) {
      return found < 0;
    }
    let index = node.text.indexOf(text);
    while (index >= 0) {
      if (seen === occurrence) {
        found = position + index;
        return false;
      }
      seen += 1;
      index = node.text.indexOf(text, index + 1);
    }
    return true;
  });
  if (found < 0) {
    throw new Error(`"${text}" is not in the document`);
  }
  return found;
}

/**
 * The document as text, one line per paragraph: suggested insertions as {+text+}, deletions as {-text-}, format
 * changes as {~text~}, each followed by its author's name; a suggested new paragraph starts its line with ¶+name,
 * a suggested join with ¶-name; a note reference reads [n], a line break ⏎.
 */
export function picture(doc: ProseMirrorNode): string {
  const lines: string[] = [];
  doc.descendants((node) => {
    if (!node.isTextblock) {
      return true;
    }
    let line = '';
    const split = decodeNodeSuggestion(node.attrs[BREAK_SUGGESTION_ATTR]);
    if (split) {
      line += `¶${split.kind === 'insert' ? '+' : '-'}${split.stamp.authorName} `;
    }
    node.forEach((child) => {
      line += inlinePicture(child);
    });
    lines.push(line);
    return false;
  });
  return lines.join('\n');
}

function inlinePicture(node: ProseMirrorNode): string {
  if (!node.isText) {
    const base = node.type.name === 'noteReference' ? '[n]' : '⏎';
    const suggestion = decodeNodeSuggestion(node.attrs[INLINE_SUGGESTION_ATTR]);
    if (!suggestion) {
      return base;
    }
    return suggestion.kind === 'insert'
      ? `{+${base}+${suggestion.stamp.authorName}}`
      : `{-${base}-${suggestion.stamp.authorName}}`;
  }
  let text = node.text ?? '';
  for (const [name, open, close] of [
    [FORMAT_MARK, '{~', '~'],
    [DELETION_MARK, '{-', '-'],
    [INSERTION_MARK, '{+', '+'],
  ] as const) {
    const mark = node.marks.find((candidate) => candidate.type.name === name);
    if (mark) {
      text = `${open}${text}${close}${stampOf(mark.attrs)?.authorName ?? '?'}}`;
    }
  }
  return text;
}
