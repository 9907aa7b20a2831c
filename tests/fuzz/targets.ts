import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { importLetterText } from '../../src-common/import/build-letter';
import { importSourceOf, letterTextFrom } from '../../src-common/import/letter-text';
import { ImportTooLarge } from '../../src-common/limits';
import { LETTER_PARTS, splitLines } from '../../src-common/import/segment';
import { readLetterFile } from '../../src-common/letter-file/letter-file';
import { readPastedList } from '../../src-common/signatories/cleanup/pasted-list';
import { UnreadableWordFile, wordFileText } from '../../src-main/import/word-text';
import { loadCorpus } from '../support/real-letters/corpus';
import { mutateBytes, mutateText, pick, type Random } from './mutate';
import { serverMessages } from './server-target';

/**
 * One thing the fuzzer feeds broken input to. `run` returns when the input was handled as it should be: a result
 * that keeps its invariants, or the typed refusal that input deserves. Anything else it throws is a defect.
 */
export interface FuzzTarget {
  name: string;
  /** Makes one case from the seeded random source and runs it; returns its size in characters or bytes. */
  runCase(random: Random): Promise<number>;
  /** Stops what the cases shared (a server), once they are all run. */
  close?(): Promise<void>;
}

const FIXTURES = join(__dirname, '..', 'fixtures');

interface TextSeed {
  text: string;
  source: 'html' | 'markdown' | 'text';
}

let textSeeds: TextSeed[] | null = null;

// The real letters of the corpus (and the project's own fixture) are where the mutations start.
function corpusTexts(): TextSeed[] {
  textSeeds ??= [
    { text: readFileSync(join(FIXTURES, 'cfu-230-groups-bachelet-letter.txt'), 'utf8'), source: 'text' },
    ...loadCorpus()
      .letters.filter((letter) => !letter.inputPath.endsWith('.docx'))
      .map((letter) => ({
        text: readFileSync(letter.inputPath, 'utf8'),
        source: importSourceOf(letter.inputPath),
      })),
  ];
  return textSeeds;
}

function corpusWordFiles(): Uint8Array[] {
  return loadCorpus()
    .letters.filter((letter) => letter.inputPath.endsWith('.docx'))
    .map((letter) => new Uint8Array(readFileSync(letter.inputPath)));
}

/** Every line lands in exactly one part: the parts, in whatever order they come, tile the text's lines. */
function checkSegments(text: string, segments: Record<string, { start: number; end: number }>): void {
  const ranges = LETTER_PARTS.map((part) => segments[part] ?? { start: -1, end: -1 }).sort(
    (a, b) => a.start - b.start || a.end - b.end,
  );
  let next = 0;
  for (const range of ranges) {
    if (range.start !== next || range.end < range.start) {
      throw new Error(`The parts leave out or repeat lines at line ${next}: ${JSON.stringify(segments)}.`);
    }
    next = range.end;
  }
  if (next !== splitLines(text).length) {
    throw new Error(`The parts end at line ${next} of ${splitLines(text).length}.`);
  }
}

const importText: FuzzTarget = {
  name: 'import',
  async runCase(random) {
    const seed = pick(random, corpusTexts());
    const raw = mutateText(random, seed.text);
    let text: string;
    try {
      text = letterTextFrom(raw, seed.source);
    } catch (error) {
      // A text over the limits may be refused while it is read; nothing else may go wrong.
      if (error instanceof ImportTooLarge) {
        return raw.length;
      }
      throw error;
    }
    try {
      const imported = importLetterText(text, () => `id-${random().toString(36).slice(2)}`);
      checkSegments(text, imported.segments);
      imported.doc.destroy();
    } catch (error) {
      if (!(error instanceof ImportTooLarge)) {
        throw error;
      }
    }
    return raw.length;
  },
};

const pasteList: FuzzTarget = {
  name: 'paste-list',
  async runCase(random) {
    const text = mutateText(random, pick(random, corpusTexts()).text);
    const list = readPastedList(text);
    if (list.refusal === undefined && !Array.isArray(list.parse.entries)) {
      throw new Error('A list was read without entries.');
    }
    return text.length;
  },
};

let letterFile: string | null = null;

const letterFiles: FuzzTarget = {
  name: 'letter-file',
  async runCase(random) {
    letterFile ??= readFileSync(join(FIXTURES, 'cfu-letter.letter.json'), 'utf8');
    const text =
      random() < 0.5
        ? mutateText(random, letterFile)
        : new TextDecoder().decode(mutateBytes(random, new TextEncoder().encode(letterFile)));
    const read = readLetterFile(text);
    if (!read.ok && read.problem.trim() === '') {
      throw new Error('A letter file was refused without a reason.');
    }
    return text.length;
  },
};

const wordFiles: FuzzTarget = {
  name: 'docx',
  async runCase(random) {
    const bytes = mutateBytes(random, pick(random, corpusWordFiles()));
    try {
      await wordFileText('letter.docx', bytes);
    } catch (error) {
      if (!(error instanceof UnreadableWordFile)) {
        throw error;
      }
    }
    return bytes.length;
  },
};

/** Every target, by name. */
export const FUZZ_TARGETS: readonly FuzzTarget[] = [
  importText,
  pasteList,
  letterFiles,
  wordFiles,
  serverMessages,
];
