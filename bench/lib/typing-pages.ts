import { copyFileSync, cpSync, existsSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { build } from 'esbuild';
import type { Browser, Page } from 'playwright-core';
import { HOST_SCRIPT } from '../../tests/support/web-host';
import type { LetterFile } from '../../src-common/letter-file/letter-file';
import { appLetterFile, bareLetterState, REAL_LETTER } from './typing-letter';
import { installProbe } from './typing-probe';

const RENDERER_DIR = join(__dirname, '..', '..', 'out', 'renderer');
const BARE_DIR = join(__dirname, '..', 'bare-editor');
// The paragraph typed into: the middle of the letter, so text and references lie on both sides of the caret.
const PARAGRAPH = 25;
/** Where the caret goes in the app's letter screen. */
export const APP_PARAGRAPH = `.letter-body > p:nth-of-type(${PARAGRAPH})`;
/** Where the caret goes in the bare page. */
export const BARE_PARAGRAPH = `.ProseMirror > p:nth-of-type(${PARAGRAPH})`;

// The scenario measures the build as it is rather than building, so it never benchmarks a half-edited tree.
export function requireBuild(): void {
  for (const file of [HOST_SCRIPT, join(RENDERER_DIR, 'index.html')]) {
    if (!existsSync(file)) {
      throw new Error(`${relative(process.cwd(), file)} is missing: run "npx electron-vite build" first.`);
    }
  }
}

// The host serves one folder: the built app, and beside it the bare page, bundled now, with its letter.
export async function staticDirWithBarePage(
  work: string,
  { rendererDir = RENDERER_DIR, minify = true }: { rendererDir?: string; minify?: boolean } = {},
): Promise<string> {
  const staticDir = join(work, 'static');
  cpSync(rendererDir, staticDir, { recursive: true });
  await build({
    entryPoints: [join(BARE_DIR, 'page.ts')],
    outfile: join(staticDir, 'bare.js'),
    bundle: true,
    minify,
    format: 'iife',
    target: 'es2022',
    define: { 'process.env.NODE_ENV': '"production"' },
    logLevel: 'warning',
  });
  copyFileSync(join(BARE_DIR, 'page.html'), join(staticDir, 'bare.html'));
  copyFileSync(join(BARE_DIR, 'bare.css'), join(staticDir, 'bare.css'));
  writeFileSync(join(staticDir, 'bare-letter.bin'), bareLetterState(REAL_LETTER));
  return staticDir;
}

/** Writes a letter file into `work` for "Open letter file…"; the real-sized letter unless another is given. */
export function letterFile(
  work: string,
  letter: LetterFile = appLetterFile(REAL_LETTER),
  name = 'real-sized',
): string {
  const path = join(work, `${name}.letter.json`);
  writeFileSync(path, JSON.stringify(letter));
  return path;
}

/** The app's letter screen holding the letter of `file`, the caret at the end of the middle paragraph. */
export async function openApp(browser: Browser, url: string, file: string): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  await page.goto(url);
  await page.getByRole('button', { name: 'Open letter file…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Open letter file' });
  await dialog.getByLabel('Letter file to open').setInputFiles(file);
  await dialog.getByRole('button', { name: 'Open', exact: true }).click();
  await page.getByRole('list', { name: 'Signatories' }).getByRole('listitem').first().waitFor();
  await placeCaret(page, APP_PARAGRAPH);
  return page;
}

/** The bare page, the caret at the end of the same paragraph; `bypassCSP` lets it reach a relay the host's CSP does not name. */
export async function openBare(browser: Browser, url: string, { bypassCSP = false } = {}): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 }, bypassCSP });
  await page.goto(url);
  await placeCaret(page, BARE_PARAGRAPH);
  return page;
}

/** Puts the caret at the end of `paragraph` and starts recording keystrokes. */
export async function placeCaret(page: Page, paragraph: string): Promise<void> {
  await page.locator(paragraph).click();
  await page.keyboard.press('End');
  await installProbe(page);
}
