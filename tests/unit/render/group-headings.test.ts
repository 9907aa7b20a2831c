import mammoth from 'mammoth';
import * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import { exportChoicesSchema } from '../../../src-common/api/export-schemas';
import { decodeBinary } from '../../../src-common/letter/encoding';
import { updateLetterMeta } from '../../../src-common/letter/letter-doc';
import type { GroupHeadings } from '../../../src-common/render/group-headings';
import { renderHtmlFragment } from '../../../src-common/render/html';
import { renderMarkdown } from '../../../src-common/render/markdown';
import { renderPlainText } from '../../../src-common/render/plain-text';
import { buildRenderModel, type RenderModel } from '../../../src-common/render/render-model';
import {
  updateSignatoryDisplay,
  type SignatoryGrouping,
} from '../../../src-common/signatories/display-settings';
import { addSignatories } from '../../../src-common/signatories/signatories-doc';
import { signatorySchema, type Signatory } from '../../../src-common/signatories/signatory';
import { exportLetter } from '../../../src-main/export/export-letter';

const entry = (name: string, fields: Partial<Signatory> = {}): Signatory =>
  signatorySchema.parse({ id: name, name, status: 'confirmed', ...fields });

const SIGNATORIES = [
  entry('Uyghur Academy', { country: 'JP', tags: ['Uyghur'] }),
  entry('Students for a Free Tibet', { country: 'CA', tags: ['Tibetan', 'Students'] }),
  entry('Hong Kong Watch', { tags: ['Hong Kong'] }),
  entry('Tibet Initiative Deutschland', { country: 'DE', tags: ['Tibetan'] }),
  entry('Withdrawn Group', { country: 'CA', status: 'withdrawn' }),
];

function letter(grouping: SignatoryGrouping, signatories: readonly Signatory[] = SIGNATORIES): Y.Doc {
  const doc = new Y.Doc();
  updateLetterMeta(doc, { title: 'Stop the transnational repression' });
  addSignatories(doc, [...signatories]);
  updateSignatoryDisplay(doc, { grouping });
  return doc;
}

function model(grouping: SignatoryGrouping, groupHeadings?: GroupHeadings): RenderModel {
  return buildRenderModel(letter(grouping), groupHeadings ? { groupHeadings } : {});
}

/** Each group's heading with its names, as the model hands them to every exporter. */
function groupsOf(rendered: RenderModel) {
  return rendered.signatories.groups?.map((group) => [group.heading, group.entries.map((item) => item.name)]);
}

describe('group headings in the render model', () => {
  it('keeps country headings and leaves the country out of each name under them', () => {
    const rendered = model('country');
    expect(groupsOf(rendered)).toEqual([
      ['Canada', ['Students for a Free Tibet']],
      ['Germany', ['Tibet Initiative Deutschland']],
      ['Japan', ['Uyghur Academy']],
      ['Other', ['Hong Kong Watch']],
    ]);
    expect(rendered.signatories.entries).toEqual([
      { name: 'Students for a Free Tibet' },
      { name: 'Tibet Initiative Deutschland' },
      { name: 'Uyghur Academy' },
      { name: 'Hong Kong Watch' },
    ]);
  });

  it('lists a signatory with two tags once, under the first of them', () => {
    expect(groupsOf(model('tag'))).toEqual([
      ['Hong Kong', ['Hong Kong Watch']],
      ['Students', ['Students for a Free Tibet']],
      ['Tibetan', ['Tibet Initiative Deutschland']],
      ['Uyghur', ['Uyghur Academy']],
    ]);
    expect(model('tag').signatories.entries[1]).toEqual({
      name: 'Students for a Free Tibet',
      detail: 'Canada',
    });
  });

  it('leaves out an alphabetical list’s letters unless every heading is asked for', () => {
    expect(model('alphabetical').signatories.groups).toBeUndefined();
    expect(groupsOf(model('alphabetical', 'all'))).toEqual([
      ['H', ['Hong Kong Watch']],
      ['S', ['Students for a Free Tibet']],
      ['T', ['Tibet Initiative Deutschland']],
      ['U', ['Uyghur Academy']],
    ]);
  });

  it('publishes no headings when asked for none, with each name’s country as before', () => {
    const rendered = model('country', 'none');
    expect(rendered.signatories.groups).toBeUndefined();
    expect(rendered.signatories.entries[0]).toEqual({ name: 'Students for a Free Tibet', detail: 'Canada' });
  });

  it('keeps a chapter after the name under its country’s heading, and names countries in the letter’s language', () => {
    const doc = letter('country', [
      entry('Tibet Initiative', { country: 'DE', chapter: 'Munich' }),
      entry('Amnesty International', { chapter: 'Los Angeles' }),
      entry('Uyghur Academy', { country: 'JP' }),
    ]);
    const rendered = buildRenderModel(doc, { lang: 'fr' });
    expect(rendered.signatories.groups).toEqual([
      { heading: 'Allemagne', entries: [{ name: 'Tibet Initiative', detail: 'Munich' }] },
      { heading: 'Japon', entries: [{ name: 'Uyghur Academy' }] },
      { heading: 'Other', entries: [{ name: 'Amnesty International', detail: 'Los Angeles' }] },
    ]);
    updateSignatoryDisplay(doc, { grouping: 'alphabetical' });
    expect(buildRenderModel(doc, { lang: 'fr' }).signatories.entries).toEqual([
      { name: 'Amnesty International', detail: 'Los Angeles' },
      { name: 'Tibet Initiative', detail: 'Munich, Allemagne' },
      { name: 'Uyghur Academy', detail: 'Japon' },
    ]);
  });

  it('publishes no lone "Other" heading when no signatory has a country', () => {
    const doc = letter('country', [entry('Hong Kong Watch'), entry('Free Tibet')]);
    const rendered = buildRenderModel(doc);
    expect(rendered.signatories.groups).toBeUndefined();
    expect(rendered.signatories.entries.map((item) => item.name)).toEqual(['Free Tibet', 'Hong Kong Watch']);
  });
});

describe('group headings in every format', () => {
  const rendered = model('country');
  const order = [
    'Canada',
    'Students for a Free Tibet',
    'Germany',
    'Tibet Initiative',
    'Japan',
    'Uyghur',
    'Other',
  ];

  /** Asserts each text appears once, after the one before it. */
  function expectInOrder(output: string, texts: readonly string[]): void {
    let from = 0;
    for (const text of texts) {
      const at = output.indexOf(text, from);
      expect(at, `${text} after position ${from}`).toBeGreaterThanOrEqual(from);
      expect(output.indexOf(text, at + text.length), `${text} only once`).toBe(-1);
      from = at + text.length;
    }
  }

  it('heads each group of the web page with an h3 that flows through the columns with its names', () => {
    const html = renderHtmlFragment(buildRenderModel(letter('country'), { columns: 2 }));
    expect(html).toContain('<div class="letter-signatory-groups letter-columns-2">');
    expectInOrder(html, ['<h3 dir="auto">Canada</h3>', '<li dir="auto">Students for a Free Tibet</li>']);
    expectInOrder(html, ['<h3 dir="auto">Japan</h3>', '<h3 dir="auto">Other</h3>', 'Hong Kong Watch</li>']);
  });

  it('writes Markdown third-level headings, each over its own list', () => {
    const markdown = renderMarkdown(rendered);
    expect(markdown).toContain(
      '### Canada\n\n- Students for a Free Tibet\n\n### Germany\n\n- Tibet Initiative',
    );
    expectInOrder(markdown, order);
  });

  it('underlines each group heading of the plain text', () => {
    const text = renderPlainText(rendered);
    expect(text).toContain('Canada\n~~~~~~\nStudents for a Free Tibet\n\nGermany\n~~~~~~~\n');
    expectInOrder(text, order);
  });

  it('writes Word heading-3 paragraphs that read back as headings before their names', async () => {
    const choices = exportChoicesSchema.parse({ format: 'docx' });
    const refuse = () => Promise.reject(new Error('no PDF here'));
    const file = await exportLetter(Y.encodeStateAsUpdate(letter('country')), choices, refuse);
    const { value: html } = await mammoth.convertToHtml({ buffer: Buffer.from(decodeBinary(file.base64)) });
    expectInOrder(html, [
      '<h3>Canada</h3><p>Students for a Free Tibet</p>',
      '<h3>Other</h3><p>Hong Kong Watch</p>',
    ]);
  });
});
