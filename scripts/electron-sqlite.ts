// `npm run native:electron`: builds better-sqlite3 for Electron's ABI into native/electron-<version>/, leaving the
// Node build in node_modules for the tests and browser mode. `npm start` runs the same step when it is missing.
import { spawnSync } from 'node:child_process';
import {
  closeSync,
  copyFileSync,
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  openSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, sep } from 'node:path';
import { nativeBindingFolder, nativeBindingPath, NATIVE_MODULE_FILE } from '../src-main/native-binding';
import { readElectronVersion } from './electron-binary';

/** The Electron build of the database module, ready or not (with one sentence saying why). */
export type NativeBuildResult = { ok: true; path: string; built: boolean } | { ok: false; message: string };

const OFFLINE =
  /ENOTFOUND|EAI_AGAIN|ECONNREFUSED|ECONNRESET|ETIMEDOUT|ENETUNREACH|EHOSTUNREACH|network connectivity|fetch failed|getaddrinfo/i;
const DOWNLOAD_FAILED = /response downloading|install error|problem while downloading/i;

/** Builds native/electron-<version>/better_sqlite3.node unless it is already there (and built for Electron). */
export function ensureElectronSqlite(
  projectRoot: string,
  report: (line: string) => void = () => {},
): NativeBuildResult {
  const version = readElectronVersion(projectRoot);
  if (!version) {
    return {
      ok: false,
      message:
        'Could not build the database module for Electron: Electron is not installed; run npm install.',
    };
  }
  const target = nativeBindingPath(projectRoot, version);
  const abi = readElectronAbi(projectRoot);
  if (existsSync(target) && builtFor(target, abi)) {
    return { ok: true, path: target, built: false };
  }
  const work = mkdtempSync(join(tmpdir(), 'undersigned-sqlite-'));
  try {
    return buildIn(work, { projectRoot, version, abi, target, report });
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

interface Build {
  projectRoot: string;
  version: string;
  abi: string | null;
  target: string;
  report: (line: string) => void;
}

function buildIn(work: string, build: Build): NativeBuildResult {
  const { projectRoot, version, abi, target } = build;
  const folder = nativeBindingFolder(projectRoot, version);
  mkdirSync(folder, { recursive: true });
  const logFile = join(folder, 'build.log');
  writeFileSync(logFile, '');
  const electronFlags = [
    '--runtime=electron',
    `--target=${version}`,
    '--dist-url=https://electronjs.org/headers',
  ];
  // Headers first, on their own: offline this fails within seconds and before any promise of a build is printed.
  if (runNodeGyp(projectRoot, work, ['install', ...electronFlags], logFile) !== 0) {
    return { ok: false, message: describeBuildFailure(version, readFileSync(logFile, 'utf8'), logFile) };
  }
  build.report(`Building the database module for Electron ${version} (first start only, about a minute)…`);
  const source = join(projectRoot, 'node_modules', 'better-sqlite3');
  const copy = join(work, 'better-sqlite3');
  // Without build/: node-gyp must not find (and keep) the Node-ABI objects of the installed copy.
  cpSync(source, copy, { recursive: true, filter: (file) => !isBuildFolder(source, file) });
  if (runNodeGyp(projectRoot, copy, ['rebuild', '--release', ...electronFlags], logFile) !== 0) {
    return { ok: false, message: describeBuildFailure(version, readFileSync(logFile, 'utf8'), logFile) };
  }
  const built = join(copy, 'build', 'Release', NATIVE_MODULE_FILE);
  if (!builtFor(built, abi)) {
    const found = moduleAbiOf(built) ?? 'unknown';
    return {
      ok: false,
      message: `Could not build the database module for Electron ${version}: node-gyp built it for another runtime (ABI ${found}, not ${abi ?? 'unknown'}; details in ${logFile}).`,
    };
  }
  copyFileSync(built, target);
  return { ok: true, path: target, built: true };
}

function isBuildFolder(source: string, file: string): boolean {
  const inside = relative(source, file);
  return inside === 'build' || inside.startsWith(`build${sep}`);
}

/** Runs node-gyp with `args` in `cwd`, appending its output to `logFile`; returns its exit status. */
function runNodeGyp(projectRoot: string, cwd: string, args: string[], logFile: string): number | null {
  const nodeGyp = join(projectRoot, 'node_modules', 'node-gyp', 'bin', 'node-gyp.js');
  const log = openSync(logFile, 'a');
  try {
    const env = nodeGypEnvironment(process.env);
    return spawnSync(process.execPath, [nodeGyp, ...args], { cwd, env, stdio: ['ignore', log, log] }).status;
  } finally {
    closeSync(log);
  }
}

// npm hands its whole configuration to scripts as npm_config_* variables, and node-gyp lets those override its
// command line: a machine-wide `nodedir=/usr` (Debian's npm sets it) silently builds for Node instead of Electron.
// Only the settings that reach the network are passed on.
const NETWORK_SETTINGS = /^npm_config_(https?_proxy|proxy|noproxy|cafile|strict_ssl)$/i;

/** The environment node-gyp runs in: this one, minus npm's settings other than proxy and certificates. */
export function nodeGypEnvironment(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  return Object.fromEntries(
    Object.entries(env).filter(([key]) => {
      const npmSetting = /^npm_config_/i.test(key) || /^npm_package_config_node_gyp_/i.test(key);
      return !npmSetting || NETWORK_SETTINGS.test(key);
    }),
  );
}

/** The ABI (NODE_MODULE_VERSION) Electron's package declares, or null when it does not say. */
export function readElectronAbi(projectRoot: string): string | null {
  const file = join(projectRoot, 'node_modules', 'electron', 'abi_version');
  if (!existsSync(file)) {
    return null;
  }
  const abi = readFileSync(file, 'utf8').trim();
  return /^\d+$/.test(abi) ? abi : null;
}

/** The ABI a compiled Node module registers itself for (its `node_register_module_v<ABI>` symbol), or null. */
export function moduleAbiOf(file: string): string | null {
  const match = /node_register_module_v(\d+)/.exec(readFileSync(file).toString('latin1'));
  return match?.[1] ?? null;
}

function builtFor(file: string, abi: string | null): boolean {
  // Without a declared ABI there is nothing to compare; the build flags are then the only guarantee.
  return abi === null || moduleAbiOf(file) === abi;
}

/** One sentence for a failed build, from node-gyp's log: offline, download refused, or the compiler. */
export function describeBuildFailure(version: string, log: string, logFile: string): string {
  const start = `Could not build the database module for Electron ${version}`;
  if (OFFLINE.test(log)) {
    return (
      `${start}: its headers must be downloaded, and this computer seems to be offline. ` +
      'Connect to the internet and run npm start again, or use npm run start:web.'
    );
  }
  if (DOWNLOAD_FAILED.test(log)) {
    return `${start}: its headers could not be downloaded from electronjs.org (details in ${logFile}); use npm run start:web meanwhile.`;
  }
  return `${start}: compiling it failed, which needs Python and a C++ compiler (details in ${logFile}); use npm run start:web meanwhile.`;
}

function main(): void {
  const result = ensureElectronSqlite(join(__dirname, '..'), (line) => console.log(line));
  if (!result.ok) {
    console.error(result.message);
    process.exitCode = 1;
    return;
  }
  console.log(
    result.built
      ? `Built the database module for Electron: ${result.path}`
      : `The database module for Electron is already built: ${result.path}`,
  );
}

if (require.main === module) {
  main();
}
