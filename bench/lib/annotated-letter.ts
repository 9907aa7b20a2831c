import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import { EditorState } from '@tiptap/pm/state';
import { prosemirrorToYXmlFragment, yXmlFragmentToProseMirrorRootNode } from '@tiptap/y-tiptap';
import { commentAuthor, COMMENT_MARK, createThread } from '../../src-common/comments/threads-doc';
import { BODY_FIELD } from '../../src-common/letter/letter-doc';
import { writeLetterFile, type LetterFile } from '../../src-common/letter-file/letter-file';
import { schema, suggest, suggester } from '../../tests/unit/suggestions/suggestion-editor';
import { appLetterDoc, type LetterSize } from './typing-letter';

/** How many annotations the letter holds, spread evenly through it: open comment threads and pending suggestions. */
export interface Annotations {
  threads: number;
  suggestions: number;
}

/** The issue's annotated letter (#19): 100 open comment threads and 100 pending suggestions. */
export const ISSUE_ANNOTATIONS: Annotations = { threads: 100, suggestions: 100 };

/** One annotation: where its words start, how many characters it covers, and what it is. */
interface Spot {
  from: number;
  length: number;
  kind: 'thread' | 'insertion' | 'deletion';
}

const SPAN = 14;
const INSERTED = 'and its partners ';
const AUTHOR = commentAuthor('Reviewer', '#0f766e');

/**
 * The letter of {@link appLetterDoc}, annotated as people annotate it in the app: each thread is the comment mark on
 * a few words plus its record (`createThread`), each suggestion a change made through Suggesting mode's own
 * `suggestTransaction` (half insertions, half deletions), so marks, stamps and attributes are the app's.
 */
export function annotatedLetterFile(size: LetterSize, annotations: Annotations): LetterFile {
  const doc = appLetterDoc(size);
  const body = doc.getXmlFragment(BODY_FIELD);
  let state = EditorState.create({ schema, doc: yXmlFragmentToProseMirrorRootNode(body, schema) });
  const context = suggester('bench-reviewer', 'Reviewer', '#b45309');
  // From the end backwards, so the positions found in the plain letter still hold when each change is made.
  const spots = spreadSpots(state.doc, annotations).sort((a, b) => b.from - a.from);
  const commentType = schema.marks[COMMENT_MARK];
  if (!commentType) {
    throw new Error('The letter schema has no comment mark.');
  }
  spots.forEach((spot, index) => {
    const to = spot.from + spot.length;
    if (spot.kind === 'thread') {
      const threadId = `benchthread${String(index).padStart(3, '0')}`;
      state = state.apply(state.tr.addMark(spot.from, to, commentType.create({ threadId })));
      const quote = state.doc.textBetween(spot.from, to);
      createThread(doc, {
        id: threadId,
        commentId: `${threadId}c`,
        quote,
        text: 'Is this right?',
        author: AUTHOR,
        at: 0,
      });
      return;
    }
    state = suggest(state, context, (tr) =>
      spot.kind === 'insertion' ? tr.insertText(INSERTED, spot.from) : tr.delete(spot.from, to),
    );
  });
  // The collaboration binding's own diff writes the annotated body over the plain one, as the editor would.
  prosemirrorToYXmlFragment(state.doc, body);
  const file = writeLetterFile('benchAnnotatedLetter1', doc, new Date());
  doc.destroy();
  return file;
}

// Threads and suggestions alternate through the letter at even steps of its text, each on a stretch of one text node.
function spreadSpots(doc: ProseMirrorNode, annotations: Annotations): Spot[] {
  const texts: { from: number; to: number; text: string }[] = [];
  doc.descendants((node, position) => {
    if (node.isText) {
      texts.push({ from: position, to: position + node.nodeSize, text: node.text ?? '' });
    }
    return !node.isText;
  });
  const kinds = kindsInTurn(annotations);
  const usable = texts.filter(({ from, to }) => to - from > SPAN * 2);
  return kinds.map((kind, index) => {
    const place = (index * usable.length) / kinds.length;
    const text = usable[Math.floor(place)];
    if (!text) {
      throw new Error('The letter is too short for its annotations.');
    }
    // Within a text node, a quarter of the way past each step, so no annotation starts right at a note reference.
    const share = place - Math.floor(place) + 0.25 / Math.max(1, kinds.length / usable.length);
    const offset = Math.floor(share * (text.to - text.from - SPAN * 2));
    // On whole words, as a person selects them: from the start of the next word.
    const wordStart = text.text.indexOf(' ', offset) + 1;
    return { from: text.from + (wordStart > 0 ? wordStart : offset), length: SPAN, kind };
  });
}

// Threads and suggestions take turns while both remain, suggestions alternating between insertions and deletions.
function kindsInTurn(annotations: Annotations): Spot['kind'][] {
  const threads: Spot['kind'][] = Array.from({ length: annotations.threads }, () => 'thread');
  const suggestions: Spot['kind'][] = Array.from({ length: annotations.suggestions }, (_, index) =>
    index % 2 === 0 ? 'insertion' : 'deletion',
  );
  const kinds: Spot['kind'][] = [];
  for (let index = 0; index < Math.max(threads.length, suggestions.length); index += 1) {
    kinds.push(...[threads[index], suggestions[index]].filter((kind) => kind !== undefined));
  }
  return kinds;
}
