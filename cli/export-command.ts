import { writeFileSync } from 'node:fs';
import { renderHtmlFragment, renderHtmlPage } from '../src-common/render/html';
import { renderMarkdown } from '../src-common/render/markdown';
import { renderPlainText } from '../src-common/render/plain-text';
import { renderModelFromState, type RenderModel } from '../src-common/render/render-model';
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
const LATER_FORMATS = new Set(['pdf', 'docx']);

/** `export <letter.letter.json> --format html|md|txt [--out <path>] [--fragment] [--lang <code>]` */
export function runExport(args: readonly string[], io: CliIo): number {
  const { values, positionals } = parseCommandArgs(args, {
    format: { type: 'string' },
    out: { type: 'string' },
    fragment: { type: 'boolean' },
    lang: { type: 'string' },
  });
  const path = singlePositional(positionals, 'export');
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
