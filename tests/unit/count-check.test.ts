import { getSchema } from '@tiptap/core';
import Document from '@tiptap/extension-document';
import Paragraph from '@tiptap/extension-paragraph';
import Text from '@tiptap/extension-text';
import { describe, expect, it } from 'vitest';
import { claimRule, countClaimDecorations } from '../../src-renderer/editor/extensions/count-check';

const schema = getSchema([Document, Paragraph, Text]);

function underlined(
  paragraphs: string[],
  confirmed: number | null,
  unlisted = 0,
): { text: string; rule: unknown }[] {
  const doc = schema.node(
    'doc',
    null,
    paragraphs.map((text) => schema.node('paragraph', null, text === '' ? [] : [schema.text(text)])),
  );
  return countClaimDecorations(doc, confirmed === null ? null : { confirmed, unlisted })
    .find()
    .map((decoration) => ({
      text: doc.textBetween(decoration.from, decoration.to),
      rule: decorationAttributes(decoration),
    }));
}

// Inline decorations keep their attributes on `type.attrs`, which the public typings do not name.
function decorationAttributes(decoration: object): unknown {
  const type: unknown = Reflect.get(decoration, 'type');
  const attrs: unknown = typeof type === 'object' && type !== null ? Reflect.get(type, 'attrs') : undefined;
  return typeof attrs === 'object' && attrs !== null ? Reflect.get(attrs, 'aria-description') : undefined;
}

describe('the count check in the editor', () => {
  const letter = [
    'Over 50 UN experts have warned of crimes against humanity.',
    'We, over 230 organizations, urge you to act.',
    '',
    'This letter is signed by 222 organizations.',
  ];

  it('underlines only the claims about the signers that the confirmed count does not bear out', () => {
    expect(underlined(letter, 222)).toEqual([
      { text: 'over 230', rule: '“over 230” holds for 231–241 confirmed signatories; the list has 222.' },
    ]);
    expect(underlined(letter, 235)).toEqual([
      { text: '222', rule: '“222” holds for exactly 222 confirmed signatories; the list has 235.' },
    ]);
  });

  it('counts the signatories not listed by name with the confirmed ones', () => {
    expect(underlined(letter, 200, 22)).toEqual([
      {
        text: 'over 230',
        rule: '“over 230” holds for 231–241 signatories; the list has 200 confirmed and 22 more not listed by name.',
      },
    ]);
    expect(underlined(letter, 200, 35)).toEqual([
      {
        text: '222',
        rule: '“222” holds for exactly 222 signatories; the list has 200 confirmed and 35 more not listed by name.',
      },
    ]);
  });

  it('stays quiet while the list is empty, as the Checks tab does', () => {
    expect(underlined(letter, null)).toEqual([]);
  });

  it('states the rule for each qualifier', () => {
    expect(
      claimRule({ text: 'nearly 300', value: 300, qualifier: 'nearly' }, { confirmed: 250, unlisted: 0 }),
    ).toBe('“nearly 300” holds for 285–299 confirmed signatories; the list has 250.');
  });
});
