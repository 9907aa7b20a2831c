import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { _electron, type ElectronApplication } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { findElectronBinary, readElectronVersion } from '../../scripts/electron-binary';
import { nativeBindingPath } from '../../src-main/native-binding';
import { tempDir } from '../support/temp';

const ROOT = join(__dirname, '..', '..');
const MAIN = join(ROOT, 'out', 'main', 'main.js');

type Readiness = { ready: true; executablePath: string } | { ready: false; reason: string };

/** Whether this computer can run the desktop app: Electron's binary and its build of the database module. */
function readiness(): Readiness {
  const binary = findElectronBinary(ROOT);
  if (!binary.found) {
    return { ready: false, reason: `Skipping the Electron smoke test: ${binary.reason}` };
  }
  const version = readElectronVersion(ROOT);
  const native = version ? nativeBindingPath(ROOT, version) : null;
  if (!native || !existsSync(native)) {
    return {
      ready: false,
      reason:
        'Skipping the Electron smoke test: the database module is not built for Electron (npm run native:electron).',
    };
  }
  return { ready: true, executablePath: binary.path };
}

/** The environment for the app: a fresh data folder, and never Electron's run-as-Node switch. */
function appEnvironment(dataDir: string): Record<string, string> {
  const env: Record<string, string> = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (value !== undefined && key !== 'ELECTRON_RUN_AS_NODE') {
      env[key] = value;
    }
  }
  return { ...env, UNDERSIGNED_DATA_DIR: dataDir };
}

const state = readiness();
if (!state.ready) {
  console.info(state.reason);
}

describe.skipIf(!state.ready)('the desktop app', () => {
  let app: ElectronApplication | undefined;

  afterAll(async () => {
    await app?.close();
  });

  it('opens one window titled Undersigned', async () => {
    if (!state.ready) {
      return;
    }
    if (!existsSync(MAIN)) {
      throw new Error(`${MAIN} is missing: run "npx electron-vite build" first.`);
    }
    // Chromium refuses to run as root with its sandbox; CI containers run as root.
    const sandbox = process.getuid?.() === 0 ? ['--no-sandbox'] : [];
    app = await _electron.launch({
      executablePath: state.executablePath,
      args: [...sandbox, MAIN],
      cwd: ROOT,
      env: appEnvironment(tempDir('undersigned-electron-data-')),
    });
    const window = await app.firstWindow();
    await window.waitForLoadState('domcontentloaded');
    expect(await window.title()).toBe('Undersigned');
    const titles = await app.evaluate(({ BrowserWindow }) =>
      BrowserWindow.getAllWindows().map((open) => open.getTitle()),
    );
    expect(titles).toEqual(['Undersigned']);
    expect(window.url()).toBe('app://undersigned/index.html');
  });
});
