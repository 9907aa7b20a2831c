import { existsSync } from 'node:fs';
import type { Browser } from 'playwright-core';

/** The Chromium used to print PDFs outside the desktop app (and by the tests): `CHROMIUM_PATH`, else Debian's. */
export function chromiumPath(env: NodeJS.ProcessEnv = process.env): string {
  return env.CHROMIUM_PATH ?? '/usr/bin/chromium';
}

/** Chromium is not installed where it was looked for; the message says how to fix that. */
export class ChromiumMissingError extends Error {}

/** Launches headless Chromium with the flags this machine needs (no sandbox as root, no background traffic). */
export async function launchChromium(): Promise<Browser> {
  const executablePath = chromiumPath();
  if (!existsSync(executablePath)) {
    throw new ChromiumMissingError(
      `Chromium was not found at ${executablePath}. Install it (apt-get install chromium) or set CHROMIUM_PATH.`,
    );
  }
  // Loaded here, not at the top: the built command line carries everything but this package, which only a PDF
  // export needs (scripts/build-node.ts), and the other commands start without reading it.
  const { chromium } = await import('playwright-core');
  return chromium.launch({
    executablePath,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-quic',
      '--no-first-run',
    ],
  });
}
