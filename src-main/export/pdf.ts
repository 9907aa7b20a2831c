import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { launchChromium } from './chromium';
import { pdfMargins, type Margins } from '../../src-common/render/page-margins';

/** How to lay out the printed letter. */
export interface PdfOptions {
  pageSize: 'A4' | 'Letter';
  /** The page margins in millimetres; 20 when not given. */
  marginMm?: number;
  /** Stops the printing when the person cancels the export. */
  signal?: AbortSignal;
}

export { pdfMargins, type Margins } from '../../src-common/render/page-margins';

/** Margins converted with `convert`, side by side. */
export function mapMargins<T>(
  margins: Margins,
  convert: (millimetres: number) => T,
): Record<keyof Margins, T> {
  return {
    top: convert(margins.top),
    bottom: convert(margins.bottom),
    left: convert(margins.left),
    right: convert(margins.right),
  };
}

/** The export was cancelled before the PDF was printed. */
export class ExportCancelled extends Error {
  constructor() {
    super('The export was cancelled.');
  }
}

// The fonts the app ships, so Latin with diacritics, Uyghur, Tibetan and Chinese print the same on any machine.
const FONT_STYLESHEETS = [
  '@fontsource/noto-serif/400.css',
  '@fontsource/noto-serif/400-italic.css',
  '@fontsource/noto-serif/700.css',
  '@fontsource/noto-serif/700-italic.css',
  '@fontsource/noto-naskh-arabic/400.css',
  '@fontsource/noto-naskh-arabic/700.css',
  '@fontsource/noto-serif-tibetan/400.css',
  '@fontsource/noto-serif-tibetan/700.css',
  // Bold Chinese too: without it, Chromium fakes the bold of a Chinese title as an unnamed Type 3 font.
  '@fontsource/noto-serif-sc/400.css',
  '@fontsource/noto-serif-sc/700.css',
];

// Page numbers are laid out only when printing, too late to load their font; this unpainted text (not in the PDF's
// text) makes the page load it beforehand, even for a letter with no Latin text.
const PAGE_NUMBER_FONT_LOADER = `<div aria-hidden="true" style="visibility:hidden;position:absolute;font:8pt 'Noto Serif',serif">0123456789 /</div>`;

/**
 * Prints a letter's standalone HTML page to PDF with Chromium: page numbers at the foot (the page's own `@page`
 * rule, so they use the bundled font), links kept clickable, fonts embedded. The page is loaded from a private
 * temporary folder and nothing is fetched from the network.
 */
export async function printPdf(html: string, options: PdfOptions): Promise<Buffer> {
  throwIfCancelled(options.signal);
  const folder = mkdtempSync(join(tmpdir(), 'undersigned-pdf-'));
  const file = join(folder, 'letter.html');
  writeFileSync(file, printablePage(html, options.marginMm));
  const browser = await launchChromium();
  const stop = () => void browser.close();
  options.signal?.addEventListener('abort', stop, { once: true });
  try {
    throwIfCancelled(options.signal);
    // The letter is HTML the app wrote, with no script of its own: a script in it could only be hostile, and
    // this Chromium runs without a sandbox. (The font wait below runs through the debugging protocol, not the page.)
    const page = await browser.newPage({ javaScriptEnabled: false });
    await page.route(/^https?:/u, (route) => route.abort());
    await page.goto(pathToFileURL(file).href, { waitUntil: 'load' });
    // Fonts of a unicode-range load only once layout asks for them: lay out first, then wait for them all.
    await page.evaluate('document.body.getBoundingClientRect(), document.fonts.ready.then(() => true)');
    return await page.pdf({
      format: options.pageSize,
      printBackground: true,
      // The same margins as the page's `@page` rule, whichever of the two Chromium honours.
      margin: mapMargins(pdfMargins(options.marginMm), (millimetres) => `${millimetres}mm`),
    });
  } catch (error) {
    throwIfCancelled(options.signal);
    throw error;
  } finally {
    options.signal?.removeEventListener('abort', stop);
    await browser.close();
    rmSync(folder, { recursive: true, force: true });
  }
}

/** Throws {@link ExportCancelled} once the signal has fired. */
export function throwIfCancelled(signal: AbortSignal | undefined): void {
  if (signal?.aborted) {
    throw new ExportCancelled();
  }
}

/**
 * The page as printed from a file: the app's font stylesheets linked from where they are installed, and the chosen
 * margins, which come after the page's own `@page` rule and so replace it.
 */
export function printablePage(html: string, marginMm?: number): string {
  const links = FONT_STYLESHEETS.map(
    (sheet) => `<link rel="stylesheet" href="${pathToFileURL(require.resolve(sheet)).href}">`,
  );
  const margins = mapMargins(pdfMargins(marginMm), (millimetres) => `${millimetres}mm`);
  const page = `<style>@page { margin: ${margins.top} ${margins.right} ${margins.bottom} ${margins.left}; }</style>`;
  return html
    .replace('</head>', `${links.join('\n')}\n${page}\n</head>`)
    .replace(/<body>/u, `<body>\n${PAGE_NUMBER_FONT_LOADER}`);
}

/** The Chromium printer for the backend outside the desktop app (browser mode, tests). */
export const printPdfWithChromium = async (html: string, options: PdfOptions): Promise<Uint8Array> =>
  printPdf(html, options);
