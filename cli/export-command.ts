import { writeFileSync } from 'node:fs';
import { renderHtmlFragment, renderHtmlPage } from '../src-common/render/html';
import { renderMarkdown } from '../src-common/render/markdown';
import { renderPlainText } from '../src-common/render/plain-text';
import { renderModelFromState, type RenderModel } from '../src-common/render/render-model';
import { Packer } from 'docx';
import { buildDocx } from '../src-main/export/docx';
import { ChromiumMissingError } from '../src-main/export/chromium';
import { printPdf } from '../src-main/export/pdf';
import { EXIT, InputError, type CliIo } from './cli-io';
import { fileErrorReason, readLetterState } from './read-letter';
import { parseCommandArgs, singlePositional } from './parse';

/** The formats this command writes, and what each is made by. */
const RENDERERS: Record<string, (model: RenderModel, fragment: boolean) => string> = {
  html: (model, fragment) => (fragment ? `${renderHtmlFragment(model)}\n` : renderHtmlPage(model)),
  md: (model) => renderMarkdown(model),
  txt: (model) => renderPlainText(model),
};

// Formats the issue promises that later work will add; named so that asking for them gets a plain answer.
const LATER_FORMATS = new Set<string>([]);

const PAGE_SIZES = new Set(['A4', 'Letter']);

/** `export <letter.letter.json> --format html|md|txt|pdf [--out <path>] [--fragment] [--lang <code>] [--page-size A4|Letter]` */
export async function runExport(args: readonly string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommandArgs(args, {
    format: { type: 'string' },
    out: { type: 'string' },
    fragment: { type: 'boolean' },
    lang: { type: 'string' },
    'page-size': { type: 'string' },
    notes: { type: 'string' },
  });
  const path = singlePositional(positionals, 'export');
  if (values.format === 'pdf') {
    return exportPdf(path, values.out, values['page-size']);
  }
  if (values.format === 'docx') {
    return exportDocx(path, values.out, values.notes);
  }
  const render = rendererFor(values.format);
  if (values.fragment === true && values.format !== 'html') {
    throw new InputError('--fragment applies to --format html only.');
  }
  const lang = typeof values.lang === 'string' ? values.lang : undefined;
  if (lang !== undefined && !/^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$/u.test(lang)) {
    throw new InputError(`--lang ${lang} is not a language code (like en or ug-Arab).`);
  }
  const model = renderModelFromState(readLetterState(path), lang === undefined ? {} : { lang });
  const output = render(model, values.fragment === true);
  const out = typeof values.out === 'string' ? values.out : undefined;
  if (out === undefined || out === '-') {
    io.stdout(output);
    return EXIT.ok;
  }
  try {
    writeFileSync(out, output);
  } catch (error) {
    throw new InputError(`Cannot write ${out}: ${fileErrorReason(error)}.`);
  }
  return EXIT.ok;
}

function rendererFor(format: unknown): (model: RenderModel, fragment: boolean) => string {
  if (typeof format !== 'string') {
    throw new InputError('Choose a format with --format html|md|txt.');
  }
  if (LATER_FORMATS.has(format)) {
    throw new InputError(
      `Export to ${format.toUpperCase()} is not available yet: use --format html, md or txt.`,
    );
  }
  const render = RENDERERS[format];
  if (!render) {
    throw new InputError(`Unknown format "${format}": use --format html, md or txt.`);
  }
  return render;
}

async function exportPdf(path: string, out: unknown, pageSize: unknown): Promise<number> {
  if (typeof out !== 'string' || out === '-') {
    throw new InputError('A PDF needs a file to go to: add --out <file.pdf>.');
  }
  const size = pageSize ?? 'A4';
  if (typeof size !== 'string' || !PAGE_SIZES.has(size)) {
    throw new InputError('--page-size is A4 or Letter.');
  }
  const html = renderHtmlPage(renderModelFromState(readLetterState(path)));
  let pdf: Buffer;
  try {
    pdf = await printPdf(html, { pageSize: size === 'Letter' ? 'Letter' : 'A4' });
  } catch (error) {
    if (error instanceof ChromiumMissingError) {
      throw new InputError(error.message);
    }
    throw error;
  }
  try {
    writeFileSync(out, pdf);
  } catch (error) {
    throw new InputError(`Cannot write ${out}: ${fileErrorReason(error)}.`);
  }
  return EXIT.ok;
}

async function exportDocx(path: string, out: unknown, notes: unknown): Promise<number> {
  if (typeof out !== 'string' || out === '-') {
    throw new InputError('A Word file needs a file to go to: add --out <file.docx>.');
  }
  const placement = notes ?? 'footnotes';
  if (placement !== 'footnotes' && placement !== 'endnotes') {
    throw new InputError('--notes is footnotes or endnotes.');
  }
  const document = buildDocx(renderModelFromState(readLetterState(path)), { notes: placement });
  try {
    writeFileSync(out, await Packer.toBuffer(document));
  } catch (error) {
    throw new InputError(`Cannot write ${out}: ${fileErrorReason(error)}.`);
  }
  return EXIT.ok;
}
