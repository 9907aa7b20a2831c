// `npm start`: checks for Electron's binary, builds the database module for Electron the first time, builds the
// app, then opens its window. Every failure ends in one sentence that says what to do, never a stack trace.
import { spawn, spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { findElectronBinary } from './electron-binary';
import { ensureElectronSqlite } from './electron-sqlite';

const PROJECT_ROOT = join(__dirname, '..');

const NO_ELECTRON =
  "Undersigned's desktop window needs the Electron binary, which is not installed on this computer (it could " +
  'not be downloaded); run `npm run start:web` to use Undersigned in your browser instead.';

function main(): void {
  const binary = findElectronBinary(PROJECT_ROOT);
  if (!binary.found) {
    return fail(NO_ELECTRON);
  }
  const native = ensureElectronSqlite(PROJECT_ROOT, (line) => console.log(line));
  if (!native.ok) {
    return fail(native.message);
  }
  const electronVite = join(PROJECT_ROOT, 'node_modules', 'electron-vite', 'bin', 'electron-vite.js');
  const build = spawnSync(process.execPath, [electronVite, 'build', '--logLevel', 'warn'], {
    cwd: PROJECT_ROOT,
    stdio: 'inherit',
  });
  if (build.status !== 0) {
    return fail('Undersigned could not be built; the messages above say why.');
  }
  launch(binary.path);
}

function launch(electronPath: string): void {
  const env = { ...process.env };
  // Set by some tools, it would make Electron behave as plain Node and never open a window.
  delete env.ELECTRON_RUN_AS_NODE;
  const child = spawn(electronPath, [PROJECT_ROOT], { cwd: PROJECT_ROOT, stdio: 'inherit', env });
  child.on('error', (error) => fail(`Electron could not be started: ${error.message}.`));
  child.on('exit', (code, signal) => {
    process.exitCode = code ?? (signal ? 1 : 0);
  });
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.on(signal, () => child.kill(signal));
  }
}

function fail(sentence: string): void {
  console.error(sentence);
  process.exitCode = 1;
}

main();
