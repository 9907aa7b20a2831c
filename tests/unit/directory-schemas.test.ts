import { describe, expect, it } from 'vitest';
import { contract } from '../../src-common/api/contract';

const save = contract['directory:save'].request;

describe('the directory channels', () => {
  it('trims fields, fills defaults and drops empty contacts', () => {
    expect(
      save.parse({
        entry: {
          name: '  Norwegian Uyghur Committee ',
          aliases: ['نورۋېگىيە ئۇيغۇر كومىتېتى'],
          contacts: [{ name: 'Abdulla' }, { name: ' ', email: '' }],
        },
      }),
    ).toEqual({
      entry: {
        name: 'Norwegian Uyghur Committee',
        aliases: ['نورۋېگىيە ئۇيغۇر كومىتېتى'],
        parentId: null,
        country: '',
        website: '',
        tags: [],
        contacts: [{ name: 'Abdulla', email: '', phone: '' }],
      },
    });
  });

  it.each([
    ['an empty name', { entry: { name: '   ' } }, 'must not be empty'],
    ['an empty alias', { entry: { name: 'A', aliases: [''] } }, 'must not be empty'],
    ['a control character', { entry: { name: 'A\u0007' } }, 'control characters'],
    ['an unknown field', { entry: { name: 'A', secret: 1 } }, 'secret'],
    ['an unknown contact field', { entry: { name: 'A', contacts: [{ fax: '1' }] } }, 'fax'],
    ['a name longer than 300 characters', { entry: { name: 'x'.repeat(301) } }, 'at most 300'],
  ])('refuses %s', (_label, payload, mention) => {
    const result = save.safeParse(payload);
    expect(result.success).toBe(false);
    expect(JSON.stringify(result.error?.issues)).toContain(mention);
  });

  it('refuses merging an entry into itself and statuses a signatory cannot have', () => {
    expect(contract['directory:merge'].request.safeParse({ keepId: 'a', mergeId: 'a' }).success).toBe(false);
    expect(contract['directory:merge'].request.safeParse({ keepId: 'a', mergeId: 'b' }).success).toBe(true);
    const record = contract['directory:recordLetter'].request;
    expect(record.safeParse({ letterId: 'l', signatures: [{ entryId: 'a', status: 'maybe' }] }).success).toBe(
      false,
    );
    expect(
      record.safeParse({ letterId: 'l', signatures: [{ entryId: 'a', status: 'withdrawn' }] }).success,
    ).toBe(true);
  });
});
