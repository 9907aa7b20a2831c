import { readFileSync, writeFileSync } from 'node:fs';
import { extname } from 'node:path';
import {
  CUSTOM_MARGIN_MM,
  exportChoicesSchema,
  MARGIN_PRESETS,
  type ExportChoices,
} from '../src-common/api/export-schemas';
import { encodeBinary } from '../src-common/letter/encoding';
import { renderModelFromState } from '../src-common/render/render-model';
import { ChromiumMissingError } from '../src-main/export/chromium';
import { renderOptionsOf } from '../src-common/api/export-options';
import { render } from '../src-main/export/export-letter';
import { printPdfWithChromium } from '../src-main/export/pdf';
import { EXIT, InputError, type CliIo } from './cli-io';
import { fileErrorReason, readLetterState } from './read-letter';
import { parseCommandArgs, singlePositional } from './parse';

const TEXT_FORMATS = new Set(['html', 'md', 'txt']);

const BINARY_NAMES: Record<string, string> = { pdf: 'A PDF', docx: 'A Word file' };

/**
 * `export <letter.letter.json> --format pdf|docx|html|md|txt [--out <path>] [--fragment] [--lang <code>]
 * [--page-size A4|Letter] [--margins narrow|normal|wide|<mm>] [--letterhead <image.png|jpg>] [--columns 1|2|3]
 * [--count] [--notes footnotes|endnotes] [--headings auto|all|none] [--suggestions rejected|accepted]`: the same
 * code as the app's export dialog.
 */
export async function runExport(args: readonly string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommandArgs(args, {
    format: { type: 'string' },
    out: { type: 'string' },
    fragment: { type: 'boolean' },
    lang: { type: 'string' },
    'page-size': { type: 'string' },
    notes: { type: 'string' },
    margins: { type: 'string' },
    letterhead: { type: 'string' },
    columns: { type: 'string' },
    count: { type: 'boolean' },
    headings: { type: 'string' },
    suggestions: { type: 'string' },
  });
  const path = singlePositional(positionals, 'export');
  const format = checkedFormat(values.format);
  if (values.fragment === true && format !== 'html') {
    throw new InputError('--fragment applies to --format html only.');
  }
  const out = typeof values.out === 'string' && values.out !== '-' ? values.out : undefined;
  const binaryName = BINARY_NAMES[format];
  if (binaryName !== undefined && out === undefined) {
    throw new InputError(`${binaryName} needs a file to go to: add --out <file.${format}>.`);
  }
  const choices = parseChoices({
    format: values.fragment === true ? 'fragment' : format,
    pageSize: values['page-size'],
    notes: values.notes,
    margins: marginsOf(values.margins),
    columns: values.columns === undefined ? undefined : Number(values.columns),
    countSentence: values.count === true,
    groupHeadings: values.headings,
    suggestions: values.suggestions,
    letterhead: values.letterhead === undefined ? null : readLetterhead(values.letterhead),
  });
  const lang = checkedLang(values.lang);
  const options = { ...renderOptionsOf(choices), ...(lang === undefined ? {} : { lang }) };
  const model = renderModelFromState(readLetterState(path), options);
  const bytes = await renderOrExplain(choices, model);
  if (out === undefined) {
    io.stdout(Buffer.from(bytes).toString('utf8'));
    return EXIT.ok;
  }
  try {
    writeFileSync(out, bytes);
  } catch (error) {
    throw new InputError(`Cannot write ${out}: ${fileErrorReason(error)}.`);
  }
  return EXIT.ok;
}

function checkedFormat(format: unknown): string {
  if (typeof format !== 'string') {
    throw new InputError('Choose a format with --format pdf|docx|html|md|txt.');
  }
  if (!TEXT_FORMATS.has(format) && BINARY_NAMES[format] === undefined) {
    throw new InputError(`Unknown format "${format}": use --format pdf, docx, html, md or txt.`);
  }
  return format;
}

function checkedLang(lang: unknown): string | undefined {
  if (typeof lang !== 'string') {
    return undefined;
  }
  if (!/^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$/u.test(lang)) {
    throw new InputError(`--lang ${lang} is not a language code (like en or ug-Arab).`);
  }
  return lang;
}

function marginsOf(margins: unknown): unknown {
  if (typeof margins !== 'string' || margins in MARGIN_PRESETS) {
    return margins;
  }
  return /^\d+(\.\d+)?$/u.test(margins) ? Number(margins) : margins;
}

// One plain line per wrong option, named as the person typed it.
const OPTION_HELP: Record<string, string> = {
  pageSize: '--page-size is A4 or Letter.',
  notes: '--notes is footnotes or endnotes.',
  margins: `--margins is narrow, normal, wide or a number of millimetres from ${CUSTOM_MARGIN_MM.min} to ${CUSTOM_MARGIN_MM.max}.`,
  columns: '--columns is 1, 2 or 3.',
  groupHeadings: '--headings is auto (countries or tags, as grouped in the panel), all or none.',
  suggestions: '--suggestions is rejected (pending suggested edits left out, the default) or accepted.',
  letterhead: '--letterhead must be a PNG or JPEG image of at most 1 MB.',
};

function parseChoices(input: Record<string, unknown>): ExportChoices {
  const parsed = exportChoicesSchema.safeParse(input);
  if (parsed.success) {
    return parsed.data;
  }
  const field = String(parsed.error.issues[0]?.path[0] ?? '');
  throw new InputError(OPTION_HELP[field] ?? `Cannot export with these options: ${parsed.error.message}`);
}

function readLetterhead(path: string): { mimeType: string; base64: string } {
  const extension = extname(path).toLowerCase();
  const mimeType =
    extension === '.png' ? 'image/png' : ['.jpg', '.jpeg'].includes(extension) ? 'image/jpeg' : '';
  if (mimeType === '') {
    throw new InputError(OPTION_HELP.letterhead ?? '');
  }
  try {
    return { mimeType, base64: encodeBinary(readFileSync(path)) };
  } catch (error) {
    throw new InputError(`Cannot read ${path}: ${fileErrorReason(error)}.`);
  }
}

async function renderOrExplain(
  choices: ExportChoices,
  model: ReturnType<typeof renderModelFromState>,
): Promise<Uint8Array> {
  try {
    return await render(choices, model, printPdfWithChromium);
  } catch (error) {
    throw error instanceof ChromiumMissingError ? new InputError(error.message) : error;
  }
}
