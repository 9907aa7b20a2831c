import * as Y from 'yjs';
import { BODY_FIELD } from '../../src-common/letter/letter-doc';

/** What a generated editing trace must look like. */
export interface TraceShape {
  /** Single-character edits (typed characters, backspaces and new paragraphs), one Yjs update each. */
  operations: number;
  /** About how long the body is once every edit is applied. */
  finalCharacters: number;
  seed: number;
}

/** The trace `open` replays: a letter drafted and revised one keystroke at a time, as long as a real one. */
export const LONG_TRACE: TraceShape = { operations: 260_000, finalCharacters: 20_000, seed: 16 };

/** A generated trace: its updates in the order typed, and the doc that typed them. */
export interface EditingTrace {
  updates: Uint8Array[];
  doc: Y.Doc;
}

const TYPED = 'the undersigned organizations urge the ministry to release every detained journalist. ';
// A typist mostly keeps going where the caret is; now and then they click elsewhere to revise.
const JUMP_CHANCE = 1 / 40;
// A new paragraph once the current one is a paragraph's length, as Enter at its end makes one.
const PARAGRAPH_LENGTH = 400;
const ENTER_CHANCE = 1 / 50;

interface Caret {
  paragraph: Y.XmlText;
  offset: number;
}

/**
 * Types a letter into the body of a fresh Y.Doc one keystroke per transaction, as the editor stores them: inserts
 * and backspaces at a caret that mostly moves on with the typing and sometimes jumps, more backspaces while the
 * body is ahead of a steady growth to `finalCharacters`, so the letter ends about that long after heavy revision.
 */
export function generateEditingTrace(shape: TraceShape): EditingTrace {
  const doc = new Y.Doc();
  const updates: Uint8Array[] = [];
  doc.on('update', (update: Uint8Array) => updates.push(update));
  const body = doc.getXmlFragment(BODY_FIELD);
  const random = seededRandom(shape.seed);
  let caret = { paragraph: newParagraph(body, 0), offset: 0 };
  let length = 0;
  for (let step = 0; step < shape.operations; step += 1) {
    const aim = (shape.finalCharacters * (step + 1)) / shape.operations;
    if (random() < JUMP_CHANCE) {
      caret = randomCaret(body, random);
    }
    const deleteChance = length > aim ? 0.6 : 0.35;
    if (caret.offset > 0 && random() < deleteChance) {
      caret.paragraph.delete(caret.offset - 1, 1);
      caret = { ...caret, offset: caret.offset - 1 };
      length -= 1;
    } else if (caret.offset >= PARAGRAPH_LENGTH && random() < ENTER_CHANCE) {
      caret = { paragraph: newParagraph(body, paragraphIndex(body, caret.paragraph) + 1), offset: 0 };
    } else {
      caret.paragraph.insert(caret.offset, TYPED.charAt(step % TYPED.length));
      caret = { ...caret, offset: caret.offset + 1 };
      length += 1;
    }
  }
  return { updates, doc };
}

/** The body's text length: every paragraph's characters. */
export function bodyLength(doc: Y.Doc): number {
  return doc
    .getXmlFragment(BODY_FIELD)
    .toArray()
    .reduce((sum, node) => sum + (node instanceof Y.XmlElement ? textOf(node).length : 0), 0);
}

// Each new paragraph is its own transaction (one update), like the keystroke that makes it.
function newParagraph(body: Y.XmlFragment, index: number): Y.XmlText {
  const paragraph = new Y.XmlElement('paragraph');
  const text = new Y.XmlText();
  paragraph.insert(0, [text]);
  body.insert(index, [paragraph]);
  return text;
}

function randomCaret(body: Y.XmlFragment, random: () => number): Caret {
  const paragraphs = body.toArray();
  const chosen = paragraphs[Math.floor(random() * paragraphs.length)];
  if (!(chosen instanceof Y.XmlElement)) {
    throw new Error('The body holds something other than paragraphs.');
  }
  const text = textOf(chosen);
  return { paragraph: text, offset: Math.floor(random() * (text.length + 1)) };
}

function textOf(paragraph: Y.XmlElement): Y.XmlText {
  const text = paragraph.get(0);
  if (!(text instanceof Y.XmlText)) {
    throw new Error('A paragraph holds something other than text.');
  }
  return text;
}

function paragraphIndex(body: Y.XmlFragment, text: Y.XmlText): number {
  return body.toArray().findIndex((node) => node instanceof Y.XmlElement && node.get(0) === text);
}

// A seeded generator, so every run replays the same trace.
function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state * 1_664_525 + 1_013_904_223) >>> 0;
    return state / 4_294_967_296;
  };
}
