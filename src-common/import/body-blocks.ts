import * as Y from 'yjs';
import { NOTE_REFERENCE_NODE } from '../notes/notes-doc';
import { parseInline, plainText, type TextRun } from '../text/inline-marks';
import { splitNoteMarkers } from './notes-block';

/** A block of the letter's body as read from imported text. */
export type BodyBlock =
  | { kind: 'paragraph'; line: string }
  | { kind: 'heading'; level: number; line: string }
  | { kind: 'list'; ordered: boolean; start: number; items: string[] };

const HEADING = /^(#{1,6})\s+(.*)$/u;
const BULLET = /^[-*+•]\s+(.*)$/u;
const NUMBERED = /^(\d{1,3})[.)]\s+(.*)$/u;

/**
 * Reads body lines into blocks: "# Heading", runs of "- item" or "1. item" lines as one list, every other line a
 * paragraph. Only what the letter's editor can show is made (headings stop at level 3).
 */
export function bodyBlocks(lines: readonly string[]): BodyBlock[] {
  const blocks: BodyBlock[] = [];
  for (const line of lines) {
    const heading = HEADING.exec(line);
    const bullet = BULLET.exec(line);
    const numbered = NUMBERED.exec(line);
    const last = blocks.at(-1);
    if (heading) {
      blocks.push({ kind: 'heading', level: Math.min(heading[1]?.length ?? 1, 3), line: heading[2] ?? '' });
    } else if (bullet || numbered) {
      const ordered = numbered !== null;
      const item = (bullet?.[1] ?? numbered?.[2] ?? '').trim();
      if (last?.kind === 'list' && last.ordered === ordered) {
        last.items.push(item);
      } else {
        blocks.push({ kind: 'list', ordered, start: Number(numbered?.[1] ?? 1), items: [item] });
      }
    } else {
      blocks.push({ kind: 'paragraph', line });
    }
  }
  return blocks;
}

/** The text of each block as a person reads it, one entry per paragraph, heading or list item. */
export function blockTexts(blocks: readonly BodyBlock[]): string[] {
  return blocks.flatMap((block) => (block.kind === 'list' ? block.items : [block.line]).map(plainText));
}

/**
 * Writes the blocks into the letter's body (a Y.XmlFragment in the editor's own node and mark names), turning
 * "[n]" into a reference to note n where note n exists. Returns the note numbers referred to. Every block is built
 * before it joins the document and all join in one insert: inserting one by one at the end costs a walk of the
 * whole body each time, which a long letter feels.
 */
export function writeBodyBlocks(
  fragment: Y.XmlFragment,
  blocks: readonly BodyBlock[],
  noteIds: ReadonlyMap<number, string>,
): Set<number> {
  const referenced = new Set<number>();
  const known = new Set(noteIds.keys());
  const inline = (parent: Y.XmlElement, line: string) => {
    parent.insert(0, inlineNodes(line, { noteIds, known }, referenced));
    return parent;
  };
  const elements = blocks.map((block) => {
    if (block.kind === 'list') {
      const list = new Y.XmlElement(block.ordered ? 'orderedList' : 'bulletList');
      if (block.ordered && block.start !== 1) {
        setNumber(list, 'start', block.start);
      }
      list.insert(
        0,
        block.items.map((item) => {
          const listItem = new Y.XmlElement('listItem');
          listItem.insert(0, [inline(new Y.XmlElement('paragraph'), item)]);
          return listItem;
        }),
      );
      return list;
    }
    const element = new Y.XmlElement(block.kind);
    if (block.kind === 'heading') {
      setNumber(element, 'level', block.level);
    }
    inline(element, block.line);
    return element;
  });
  fragment.insert(fragment.length, elements);
  return referenced;
}

// Attributes keep ProseMirror's types (a heading's level is a number), as the editor's binding writes them.
function setNumber(element: Y.XmlElement, name: string, value: number): void {
  const typed: Y.XmlElement<{ [key: string]: string | number }> = element;
  typed.setAttribute(name, value);
}

// The nodes are not in the document yet. Each text node gets its runs as one delta: inserting run by run into a text
// that is not in the document yet makes every insert walk the runs before it, which took a minute for one long line.
function inlineNodes(
  line: string,
  { noteIds, known }: { noteIds: ReadonlyMap<number, string>; known: ReadonlySet<number> },
  referenced: Set<number>,
): (Y.XmlText | Y.XmlElement)[] {
  const nodes: (Y.XmlText | Y.XmlElement)[] = [];
  let runs: TextDelta[] = [];
  const closeText = () => {
    if (runs.length > 0) {
      const text = new Y.XmlText();
      text.applyDelta(runs);
      nodes.push(text);
      runs = [];
    }
  };
  for (const run of parseInline(line)) {
    for (const piece of splitNoteMarkers(run.text, known)) {
      if ('noteNumber' in piece) {
        closeText();
        referenced.add(piece.noteNumber);
        const reference = new Y.XmlElement(NOTE_REFERENCE_NODE);
        reference.setAttribute('noteId', noteIds.get(piece.noteNumber) ?? '');
        nodes.push(reference);
      } else if (piece.text !== '') {
        runs.push({ insert: piece.text, attributes: markAttributes(run) });
      }
    }
  }
  closeText();
  return nodes;
}

interface TextDelta {
  insert: string;
  attributes: Record<string, object>;
}

// The editor's collaboration binding stores each mark as a formatting attribute named after it.
function markAttributes(run: TextRun): Record<string, object> {
  return {
    ...(run.bold ? { bold: {} } : {}),
    ...(run.italic ? { italic: {} } : {}),
    ...(run.href ? { link: { href: run.href } } : {}),
  };
}
