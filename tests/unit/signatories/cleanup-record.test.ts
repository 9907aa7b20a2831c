import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { parseSignatoryBlock } from '../../../src-common/signatories/cleanup/block-parser';
import {
  cleanupHistory,
  mergedSpellings,
  recordCleanups,
} from '../../../src-common/signatories/cleanup/cleanup-history';
import { cleanupRecords } from '../../../src-common/signatories/cleanup/cleanup-record';
import { addSignatories } from '../../../src-common/signatories/signatories-doc';
import { signatorySchema } from '../../../src-common/signatories/signatory';
import { acceptedExcept, allSuggestionIds } from '../../../src-common/signatories/cleanup/suggestions';

const PASTED = [
  'Dutch Uyghur human rights foundation',
  'Students for a Free Tibet',
  'Students for a Free Tibet',
  'Students for a Free Tibet',
  'Support Hong Kong Independence Movement Svenska Uigur Union',
  'Sweden Uyghur Union',
  '',
  'Canada Denmark',
  '',
  'Dutch Uyghur Human Rights Foundation',
].join('\n');

const STAMP = { on: '2026-12-03', by: 'Gulnar' };

describe('the record of each accepted clean-up', () => {
  const parse = parseSignatoryBlock(PASTED);
  const idOf = (kind: string, text = ''): string =>
    parse.suggestions.find((suggestion) => suggestion.kind === kind && suggestion.explanation.includes(text))
      ?.id ?? '';

  it('says what the lines were and what they became, for a split, a join, a merge and a drop', () => {
    const records = cleanupRecords(parse, allSuggestionIds(parse), STAMP);
    const split = {
      kind: 'split',
      from: ['Support Hong Kong Independence Movement Svenska Uigur Union'],
      to: ['Support Hong Kong Independence Movement', 'Svenska Uigur Union'],
      ...STAMP,
    };
    expect(records.get('L5.1')).toEqual([split]);
    expect(records.get('L3')).toEqual([
      {
        kind: 'joined',
        from: ['Students for a Free Tibet', 'Canada Denmark'],
        to: ['Students for a Free Tibet – Canada'],
        ...STAMP,
      },
    ]);
    // Another spelling is merged, and kept as the alias the directory learns; a repeat in other case is dropped.
    expect(records.get('L6')).toEqual([
      {
        kind: 'merged',
        from: ['Sweden Uyghur Union', 'Svenska Uigur Union'],
        to: ['Sweden Uyghur Union'],
        alias: 'Svenska Uigur Union',
        ...STAMP,
      },
    ]);
    expect(records.get('L10')).toEqual([
      {
        kind: 'dropped',
        from: ['Dutch Uyghur Human Rights Foundation', 'Dutch Uyghur human rights foundation'],
        to: ['Dutch Uyghur Human Rights Foundation'],
        ...STAMP,
      },
    ]);
    expect(records.get('L4')?.[0]?.to).toEqual(['Students for a Free Tibet – Denmark']);
    expect(records.has('L2')).toBe(false);
  });

  it('records nothing for a dismissed suggestion, nor for one that depends on it', () => {
    const records = cleanupRecords(parse, acceptedExcept(parse, [idOf('split')]), STAMP);
    expect(records.has('L5.1')).toBe(false);
    // The Swedish spelling came out of the split line, so without the split there is nothing to merge.
    expect(records.has('L6')).toBe(false);
    expect(records.get('L10')?.map((record) => record.kind)).toEqual(['dropped']);
    expect(cleanupRecords(parse, new Set(), STAMP).size).toBe(0);
  });

  it('is kept with the signatory in the letter, syncs to a co-editor, and gives the merged spellings', () => {
    const doc = new Y.Doc();
    addSignatories(doc, [
      signatorySchema.parse({ id: 'sweden', name: 'Sweden Uyghur Union', status: 'confirmed' }),
    ]);
    const records = cleanupRecords(parse, allSuggestionIds(parse), STAMP);
    recordCleanups(
      doc,
      new Map([
        ['sweden', records.get('L6') ?? []],
        ['gone', records.get('L3') ?? []],
      ]),
    );
    const coEditor = new Y.Doc();
    Y.applyUpdate(coEditor, Y.encodeStateAsUpdate(doc));
    expect(cleanupHistory(coEditor, 'sweden')).toEqual(records.get('L6'));
    expect(mergedSpellings(coEditor, 'sweden')).toEqual(['Svenska Uigur Union']);
    // A signatory that is not in the list gets no record, and one with none reads as empty.
    expect(coEditor.getMap('signatories').has('gone')).toBe(false);
    expect(cleanupHistory(coEditor, 'nobody')).toEqual([]);
  });

  it('skips a record in a shape this app does not know', () => {
    const doc = new Y.Doc();
    addSignatories(doc, [
      signatorySchema.parse({ id: 'a', name: 'Amnesty International', status: 'confirmed' }),
    ]);
    recordCleanups(
      doc,
      new Map([['a', cleanupRecords(parse, allSuggestionIds(parse), STAMP).get('L6') ?? []]]),
    );
    const fields = doc.getMap<Y.Map<unknown>>('signatories').get('a');
    const kept: unknown = fields?.get('cleanup');
    fields?.set('cleanup', [
      ...(Array.isArray(kept) ? kept : []),
      { kind: 'renamed-by-a-newer-app', on: 'soon' },
    ]);
    expect(fields?.get('cleanup')).toHaveLength(2);
    expect(cleanupHistory(doc, 'a').map((record) => record.kind)).toEqual(['merged']);
  });
});
