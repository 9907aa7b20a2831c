import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findElectronBinary, readElectronVersion } from '../../scripts/electron-binary';
import {
  describeBuildFailure,
  moduleAbiOf,
  nodeGypEnvironment,
  readElectronAbi,
} from '../../scripts/electron-sqlite';
import { electronNativeBinding, nativeBindingPath } from '../../src-main/native-binding';
import { tempDir } from '../support/temp';

/** A project folder with node_modules/electron holding the given files. */
function project(files: Record<string, string>): string {
  const root = tempDir('undersigned-electron-');
  const electron = join(root, 'node_modules', 'electron');
  mkdirSync(electron, { recursive: true });
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(join(electron, name, '..'), { recursive: true });
    writeFileSync(join(electron, name), content);
  }
  return root;
}

describe('finding the Electron binary', () => {
  it('finds the binary path.txt names under dist/', () => {
    const root = project({ 'path.txt': 'electron', 'dist/electron': '#!/bin/sh\n' });
    expect(findElectronBinary(root, {})).toEqual({
      found: true,
      path: join(root, 'node_modules', 'electron', 'dist', 'electron'),
    });
  });

  it('reports a download that never happened', () => {
    const root = project({ 'package.json': '{"version":"45.5.0"}' });
    const result = findElectronBinary(root, {});
    expect(result.found).toBe(false);
    expect(result).toMatchObject({ reason: expect.stringContaining('path.txt is missing') });
  });

  it('reports a binary that path.txt names but that is not there', () => {
    const root = project({ 'path.txt': 'Electron.app/Contents/MacOS/Electron' });
    expect(findElectronBinary(root, {})).toEqual({
      found: false,
      reason: `Electron's binary is not at ${join(root, 'node_modules', 'electron', 'dist', 'Electron.app', 'Contents', 'MacOS', 'Electron')}.`,
    });
  });

  it('reports an empty path.txt and a project without Electron at all', () => {
    expect(findElectronBinary(project({ 'path.txt': '\n' }), {})).toMatchObject({ found: false });
    expect(findElectronBinary(tempDir(), {})).toMatchObject({ found: false });
  });

  it('honours ELECTRON_OVERRIDE_DIST_PATH like Electron does', () => {
    const root = project({ 'path.txt': 'electron' });
    const elsewhere = tempDir();
    writeFileSync(join(elsewhere, 'electron'), '');
    expect(findElectronBinary(root, { ELECTRON_OVERRIDE_DIST_PATH: elsewhere })).toEqual({
      found: true,
      path: join(elsewhere, 'electron'),
    });
  });
});

describe('the Electron package', () => {
  it('reads its version and ABI, or null when missing or malformed', () => {
    const root = project({ 'package.json': '{"version":"45.5.0"}', abi_version: '150\n' });
    expect(readElectronVersion(root)).toBe('45.5.0');
    expect(readElectronAbi(root)).toBe('150');
    expect(readElectronVersion(tempDir())).toBeNull();
    expect(readElectronAbi(tempDir())).toBeNull();
    expect(readElectronVersion(project({ 'package.json': 'not json' }))).toBeNull();
    expect(readElectronAbi(project({ abi_version: 'v150' }))).toBeNull();
  });

  it('reads the ABI a compiled module registers for', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'a.node'), Buffer.from('\x7fELF\0\0node_register_module_v150\0rest'));
    writeFileSync(join(dir, 'b.node'), Buffer.from('\x7fELF\0\0nothing'));
    expect(moduleAbiOf(join(dir, 'a.node'))).toBe('150');
    expect(moduleAbiOf(join(dir, 'b.node'))).toBeNull();
  });
});

describe('the Electron build of better-sqlite3', () => {
  it('lives under native/electron-<version>/ and is used only under Electron', () => {
    expect(nativeBindingPath('/app', '45.5.0')).toBe(
      join('/app', 'native', 'electron-45.5.0', 'better_sqlite3.node'),
    );
    expect(electronNativeBinding('/app', { node: '20.19.0', electron: '45.5.0' })).toBe(
      join('/app', 'native', 'electron-45.5.0', 'better_sqlite3.node'),
    );
    expect(electronNativeBinding('/app', { node: '20.19.0' })).toBeUndefined();
  });

  it('drops the npm settings that would retarget node-gyp, but keeps proxies and certificates', () => {
    const env = nodeGypEnvironment({
      PATH: '/usr/bin',
      HTTPS_PROXY: 'http://proxy:3128',
      npm_config_nodedir: '/usr',
      npm_config_target: '20.0.0',
      NPM_CONFIG_DIST_URL: 'https://nodejs.org/dist',
      npm_package_config_node_gyp_nodedir: '/usr',
      npm_config_https_proxy: 'http://proxy:3128',
      npm_config_cafile: '/etc/ssl/ca.pem',
    });
    expect(env).toEqual({
      PATH: '/usr/bin',
      HTTPS_PROXY: 'http://proxy:3128',
      npm_config_https_proxy: 'http://proxy:3128',
      npm_config_cafile: '/etc/ssl/ca.pem',
    });
  });

  it('explains an offline failure in one sentence pointing to browser mode', () => {
    const log =
      'gyp ERR! stack Error: ... is related to network connectivity. In most cases you are behind a proxy';
    expect(describeBuildFailure('45.5.0', log, '/app/native/electron-45.5.0/build.log')).toBe(
      'Could not build the database module for Electron 45.5.0: its headers must be downloaded, and this ' +
        'computer seems to be offline. Connect to the internet and run npm start again, or use npm run start:web.',
    );
    expect(describeBuildFailure('45.5.0', 'getaddrinfo EAI_AGAIN electronjs.org', 'x')).toContain('offline');
  });

  it('tells a refused download and a compiler failure apart, naming the log', () => {
    const refused = describeBuildFailure('45.5.0', 'gyp ERR! install error\n404 response downloading', '/l');
    expect(refused).toContain('could not be downloaded from electronjs.org (details in /l)');
    const compiler = describeBuildFailure(
      '45.5.0',
      'make: *** [Release/obj.target] Error 1\ng++: not found',
      '/l',
    );
    expect(compiler).toContain('compiling it failed');
    expect(compiler).not.toContain('offline');
  });
});
