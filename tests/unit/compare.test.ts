import { describe, expect, it } from 'vitest';
import { compareBodies, planRestore } from '../../src-common/versions/compare';
import type { ProseMirrorJson } from '../../src-common/letter/prosemirror-json';

const paragraph = (text: string, attrs?: Record<string, unknown>): ProseMirrorJson => ({
  type: 'paragraph',
  ...(attrs ? { attrs } : {}),
  content: [{ type: 'text', text }],
});
const doc = (...blocks: ProseMirrorJson[]): ProseMirrorJson => ({ type: 'doc', content: blocks });

describe('comparing a version with the current text', () => {
  it('marks an edited sentence as changed, with its inserted and deleted words', () => {
    const changes = compareBodies(
      doc(paragraph('We urge you to visit Xinjiang.'), paragraph('Signed,')),
      doc(paragraph('We urge you to visit the Uyghur Region without delay.'), paragraph('Signed,')),
    );
    expect(changes.map((change) => change.kind)).toEqual(['changed', 'same']);
    const first = changes[0];
    const words = first?.kind === 'changed' ? first.words : [];
    expect(words.filter((word) => word.kind !== 'same').map(({ kind, text }) => ({ kind, text }))).toEqual([
      { kind: 'removed', text: 'Xinjiang' },
      { kind: 'added', text: 'the Uyghur Region without delay' },
    ]);
  });

  it('reports added and removed paragraphs', () => {
    const changes = compareBodies(
      doc(paragraph('A'), paragraph('B')),
      doc(paragraph('A'), paragraph('C'), paragraph('D')),
    );
    expect(changes.map((change) => change.kind)).toEqual(['same', 'changed', 'added']);
    expect(
      compareBodies(doc(paragraph('A'), paragraph('B')), doc(paragraph('B'))).map((change) => change.kind),
    ).toEqual(['removed', 'same']);
  });

  it('does not count attribute order or default (null) attributes as a change', () => {
    const before = doc(paragraph('Same', { dir: 'rtl', textAlign: null }));
    const after = doc({
      type: 'paragraph',
      attrs: { dir: 'rtl' },
      content: [{ type: 'text', text: 'Same' }],
    });
    expect(compareBodies(before, after).map((change) => change.kind)).toEqual(['same']);
  });
});

describe('planning a restore', () => {
  it('replaces only the runs of blocks that differ, last first', () => {
    const current = doc(
      paragraph('Intro'),
      paragraph('Edited'),
      paragraph('Co-editor is typing here'),
      paragraph('New'),
    );
    const version = doc(paragraph('Intro'), paragraph('Original'), paragraph('Co-editor is typing here'));
    expect(planRestore(current, version)).toEqual([
      { from: 3, to: 4, blocks: [] },
      { from: 1, to: 2, blocks: [paragraph('Original')] },
    ]);
  });

  it('plans nothing when the texts are the same', () => {
    expect(planRestore(doc(paragraph('A')), doc(paragraph('A')))).toEqual([]);
  });
});

describe('comparing lists, note markers and links', () => {
  const item = (text: string): ProseMirrorJson => ({ type: 'listItem', content: [paragraph(text)] });
  const list = (...items: string[]): ProseMirrorJson => ({ type: 'bulletList', content: items.map(item) });

  it('keeps a list a list, compared item by item', () => {
    const [change] = compareBodies(
      doc(list('Free them', 'Close the camps')),
      doc(list('Free them all', 'Close the camps')),
    );
    expect(change?.kind).toBe('within');
    const children = change?.kind === 'within' ? change.children : [];
    expect(children.map((child) => child.kind)).toEqual(['within', 'same']);
  });

  it('keeps note markers and links in a changed paragraph', () => {
    const note = { type: 'noteReference', attrs: { noteId: 'n1' } };
    const linked = {
      type: 'text',
      text: 'report',
      marks: [{ type: 'link', attrs: { href: 'https://hrw.org/r' } }],
    };
    const before = doc({ type: 'paragraph', content: [{ type: 'text', text: 'See the ' }, linked, note] });
    const after = doc({ type: 'paragraph', content: [{ type: 'text', text: 'Read the ' }, linked, note] });
    const [change] = compareBodies(before, after);
    const words = change?.kind === 'changed' ? change.words : [];
    expect(words.filter((word) => word.kind !== 'same').map((word) => word.text)).toEqual(['See', 'Read']);
    const kept = words.filter((word) => word.kind === 'same').flatMap((word) => word.nodes);
    expect(kept).toContainEqual(note);
    expect(kept).toContainEqual(linked);
  });
});
