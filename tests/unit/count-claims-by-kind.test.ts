import { getSchema } from '@tiptap/core';
import Document from '@tiptap/extension-document';
import Paragraph from '@tiptap/extension-paragraph';
import Text from '@tiptap/extension-text';
import * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import { checkCountClaims } from '../../src-common/checks/check-count-claims';
import { findCountClaims } from '../../src-common/checks/count-claims';
import { findLetterProblems, signedCountOf } from '../../src-common/checks/letter-problems';
import { checkPageCountClaims } from '../../src-common/checks/page-count-claims';
import { BODY_FIELD } from '../../src-common/letter/letter-doc';
import { addSignatories } from '../../src-common/signatories/signatories-doc';
import { signatorySchema, type SignatoryKind } from '../../src-common/signatories/signatory';
import { updateSignatoryDetails } from '../../src-common/signatories/signatory-edits';
import { countClaimDecorations } from '../../src-renderer/editor/extensions/count-check';

// The claims' real lines, from the truth files of tests/fixtures/real-letters (the FSFE's "Public Money? Public
// Code!" page and the Portuguese open letter against racism and xenophobia).
const PMPC =
  'Unterzeichne den offenen Brief, um unserer Botschaft mehr Nachdruck zu verleihen, so wie es 11 Leute und ' +
  '100 Organisationen schon vor dir getan haben.';
const RACISMO =
  'A 11 de Setembro de 2024, o Grupo de Ação Conjunta Contra o Racismo e a Xenofobia enviou uma carta aberta ' +
  'subscrita por 1298 pessoas e 105 organizações, chamando a atenção para a necessidade urgente de medidas.';
const CLAUDIA = 'Assinada por mais de 260 pessoas e coletivos.';

const parts = (text: string) =>
  findCountClaims({ body: text }).map((claim) => ({
    text: claim.text,
    value: claim.value,
    kind: claim.kind,
    quoted: text.slice(claim.start, claim.end),
  }));

describe('a count split by kind', () => {
  it('is read as a claim for people and a claim for organizations', () => {
    expect(parts(PMPC)).toEqual([
      { text: '11 Leute', value: 11, kind: 'person', quoted: '11 Leute' },
      { text: '100 Organisationen', value: 100, kind: 'organization', quoted: '100 Organisationen' },
    ]);
    expect(parts(RACISMO).map((claim) => [claim.text, claim.kind])).toEqual([
      ['1298 pessoas', 'person'],
      ['105 organizações', 'organization'],
    ]);
  });

  it('stays one claim of everyone when only one number is given, and is no claim when nobody signs', () => {
    expect(parts(CLAUDIA)).toEqual([
      { text: 'mais de 260', value: 260, kind: undefined, quoted: 'mais de 260' },
    ]);
    expect(parts('Im Jahr 2020 trafen sich 5 Leute und 3 Organisationen im Rathaus.')).toEqual([]);
  });

  it('checks each part against the entries of its kind', () => {
    const problems = checkCountClaims({ body: PMPC }, 109, 0, { people: 9, organizations: 100 });
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ severity: 'warning', suggestion: { label: 'Say “9 Leute”' } });
    expect(problems[0]?.message).toMatch(
      /^The letter says “11 Leute”, but 9 confirmed signatories are marked as people\. Rule: a plain number/u,
    );
    expect(checkCountClaims({ body: RACISMO }, 105, 0, { people: 0, organizations: 105 })).toEqual([
      expect.objectContaining({
        severity: 'warning',
        message: expect.stringContaining('says “1298 pessoas”'),
      }),
    ]);
  });

  it('says a part cannot be checked while entries without a kind could make it hold', () => {
    const problems = checkCountClaims({ body: PMPC }, 109, 0);
    expect(problems.map((problem) => [problem.severity, problem.message])).toEqual([
      [
        'info',
        '“11 Leute” counts people (it holds for exactly 11); 0 confirmed signatories are marked as people, and ' +
          '109 more have no kind set, so it cannot be checked yet. Mark each entry as a person or an ' +
          'organization in its details to check it.',
      ],
      ['info', expect.stringContaining('“100 Organisationen” counts organizations')],
    ]);
    // 100 marked as organizations and 9 without a kind: even all 9 as people fall short of 11.
    expect(
      checkCountClaims({ body: PMPC }, 109, 0, { people: 0, organizations: 100 }).map((problem) => [
        problem.severity,
        problem.message.split(' Rule:')[0],
      ]),
    ).toEqual([
      [
        'warning',
        'The letter says “11 Leute”, but 0 confirmed signatories are marked as people, and 9 more have no kind set.',
      ],
    ]);
  });

  it('is judged the same way on the page around an imported letter', () => {
    expect(
      checkPageCountClaims(PMPC, { confirmed: 109, unlisted: 0, kinds: { people: 0, organizations: 100 } }),
    ).toEqual([
      expect.objectContaining({
        severity: 'info',
        message: expect.stringMatching(
          /^The page around the letter says “11 Leute”, but of the imported list 0/u,
        ),
      }),
    ]);
    expect(
      checkPageCountClaims(PMPC, { confirmed: 111, unlisted: 0, kinds: { people: 11, organizations: 100 } }),
    ).toEqual([]);
  });
});

const schema = getSchema([Document, Paragraph, Text]);

function letterOf(kinds: readonly (SignatoryKind | undefined)[]): Y.Doc {
  const doc = new Y.Doc();
  addSignatories(
    doc,
    kinds.map((kind, index) =>
      signatorySchema.parse({
        id: `e${index}`,
        name: `Entry ${index}`,
        status: 'confirmed',
        ...(kind ? { kind } : {}),
      }),
    ),
  );
  const paragraph = new Y.XmlElement('paragraph');
  const text = new Y.XmlText();
  text.insert(0, 'Signed by 2 people and 2 organizations.');
  paragraph.insert(0, [text]);
  doc.getXmlFragment(BODY_FIELD).insert(0, [paragraph]);
  return doc;
}

describe('the Checks tab, `check` and the editor', () => {
  it('agree on a split claim as the kinds of the list change', () => {
    const doc = letterOf(['person', 'organization', 'organization', undefined]);
    const countProblems = () =>
      findLetterProblems(doc)
        .filter((problem) => problem.kind === 'count-claim')
        .map((problem) => problem.severity);
    const underlined = () => {
      const count = signedCountOf(doc);
      const node = schema.node('doc', null, [
        schema.node('paragraph', null, [schema.text('Signed by 2 people and 2 organizations.')]),
      ]);
      return countClaimDecorations(node, count)
        .find()
        .map((decoration) => node.textBetween(decoration.from, decoration.to));
    };
    // One entry without a kind: "2 people" may hold; nothing is underlined.
    expect(countProblems()).toEqual(['info']);
    expect(underlined()).toEqual([]);
    updateSignatoryDetails(doc, 'e3', { kind: 'organization' });
    expect(countProblems()).toEqual(['warning', 'warning']);
    expect(underlined()).toEqual(['2 people', '2 organizations']);
    updateSignatoryDetails(doc, 'e3', { kind: 'person' });
    expect(countProblems()).toEqual([]);
    expect(underlined()).toEqual([]);
  });
});
