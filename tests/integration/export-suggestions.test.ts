import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { prosemirrorJSONToYXmlFragment } from '@tiptap/y-tiptap';
import mammoth from 'mammoth';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { EXPORT_FORMATS, exportChoicesSchema, type ExportFormat } from '../../src-common/api/export-schemas';
import { findLetterProblems } from '../../src-common/checks/letter-problems';
import { decodeBinary } from '../../src-common/letter/encoding';
import { writeLetterFile } from '../../src-common/letter-file/letter-file';
import { BODY_FIELD, seedLetter } from '../../src-common/letter/letter-doc';
import {
  BREAK_SUGGESTION_ATTR,
  DELETION_MARK,
  encodeNodeSuggestion,
  INSERTION_MARK,
  type SuggestionStamp,
} from '../../src-common/suggestions/suggestion';
import { exportLetter } from '../../src-main/export/export-letter';
import { printPdfWithChromium } from '../../src-main/export/pdf';
import { tempDir } from '../support/temp';
import { schema } from '../unit/suggestions/suggestion-editor';

const folder = tempDir('undersigned-export-suggestions-');
const ROOT = join(__dirname, '..', '..');
const TSX = join(ROOT, 'node_modules', 'tsx', 'dist', 'cli.mjs');

/** Runs the command line as people run it, in its own process. */
function cli(...args: string[]): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, [TSX, join(ROOT, 'cli', 'main.ts'), ...args], {
    cwd: ROOT,
    encoding: 'utf8',
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

const ayshe: SuggestionStamp = {
  id: 'replace-1',
  authorId: 'ayshe',
  authorName: 'Ayshe',
  colour: '#2563eb',
  time: '2025-03-01T12:00:00.000Z',
};
const bilal: SuggestionStamp = { ...ayshe, id: 'split-1', authorId: 'bilal', authorName: 'Bilal' };

/** A letter whose body has a pending replacement and a pending new paragraph. */
function letterWithSuggestions(): Uint8Array {
  const doc = new Y.Doc();
  Y.applyUpdate(doc, seedLetter('Letter on forced labour'));
  prosemirrorJSONToYXmlFragment(
    schema,
    {
      type: 'doc',
      content: [
        {
          type: 'paragraph',
          content: [
            { type: 'text', text: 'They ' },
            { type: 'text', text: 'whitewashed', marks: [{ type: DELETION_MARK, attrs: ayshe }] },
            { type: 'text', text: 'failed to address', marks: [{ type: INSERTION_MARK, attrs: ayshe }] },
            { type: 'text', text: ' the abuses. ' },
          ],
        },
        {
          type: 'paragraph',
          attrs: { [BREAK_SUGGESTION_ATTR]: encodeNodeSuggestion('insert', bilal) },
          content: [{ type: 'text', text: 'We urge you to act.' }],
        },
      ],
    },
    doc.getXmlFragment(BODY_FIELD),
  );
  return Y.encodeStateAsUpdate(doc);
}

/** The text of an exported file, as a reader of that format would get it. */
async function textOf(format: ExportFormat, bytes: Uint8Array): Promise<string> {
  const file = join(folder, `letter.${format}`);
  writeFileSync(file, bytes);
  if (format === 'pdf') {
    return spawnSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' }).stdout;
  }
  if (format === 'docx') {
    return (await mammoth.extractRawText({ path: file })).value;
  }
  return Buffer.from(bytes).toString('utf8');
}

const state = letterWithSuggestions();

describe('pending suggestions in exports', () => {
  for (const format of EXPORT_FORMATS) {
    it(`prints ${format} as if they were rejected unless told "as if accepted"`, async () => {
      const exported = async (suggestions?: 'accepted' | 'rejected') => {
        const choices = exportChoicesSchema.parse({ format, ...(suggestions ? { suggestions } : {}) });
        const file = await exportLetter(state, choices, printPdfWithChromium);
        const bytes = decodeBinary(file.base64);
        const lines = await textOf(format, bytes);
        return { text: lines.replace(/\s+/gu, ' '), lines, raw: Buffer.from(bytes).toString('latin1') };
      };
      const byDefault = await exported();
      const rejected = await exported('rejected');
      const accepted = await exported('accepted');
      expect(byDefault.text).toBe(rejected.text);
      expect(rejected.text).toContain('They whitewashed the abuses. We urge you to act.');
      expect(rejected.text).not.toContain('failed to address');
      expect(accepted.text).toContain('They failed to address the abuses.');
      expect(accepted.text).not.toContain('whitewashed');
      // The suggested new paragraph is one only once accepted: rejected, the two sentences share a line.
      expect(rejected.lines).toContain('abuses. We urge');
      expect(accepted.lines).not.toContain('abuses. We urge');
      for (const { raw } of [rejected, accepted]) {
        expect(raw).not.toMatch(/suggest|Ayshe|Bilal/u);
      }
    });
  }
});

describe('pending suggestions in checks', () => {
  it('are a warning, naming who suggested how many', () => {
    const doc = new Y.Doc();
    Y.applyUpdate(doc, state);
    expect(findLetterProblems(doc)).toEqual([
      expect.objectContaining({
        kind: 'pending-suggestion',
        severity: 'warning',
        message: expect.stringMatching(
          /^2 suggested edits are still pending, by Ayshe \(1\), Bilal \(1\)\./u,
        ),
      }),
    ]);
  });

  it('travel in letter files, and `cli check` and `cli export --suggestions` read them there', () => {
    const doc = new Y.Doc();
    Y.applyUpdate(doc, state);
    const path = join(folder, 'suggested.letter.json');
    writeFileSync(path, JSON.stringify(writeLetterFile('letter-id', doc, new Date('2025-03-02T00:00:00Z'))));
    const check = cli('check', path, '--json');
    expect(check.status).toBe(1);
    expect(JSON.parse(check.stdout)).toEqual({
      problems: [expect.objectContaining({ kind: 'pending-suggestion', severity: 'warning' })],
    });
    const accepted = cli('export', path, '--format', 'txt', '--suggestions', 'accepted');
    expect(accepted.stdout).toContain('They failed to address the abuses.');
    const wrong = cli('export', path, '--format', 'txt', '--suggestions', 'maybe');
    expect(wrong.status).toBe(2);
    expect(wrong.stderr).toContain('--suggestions is rejected');
  });
});
