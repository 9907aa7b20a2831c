import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  desktopEntryExtras,
  LETTER_FILE_EXTENSION,
  LETTER_FILE_TYPE,
  LETTER_MIME_TYPE,
  notarizationCredentials,
  packagingConfig,
  updateFeed,
} from '../../electron-builder.config';
import { findElectronBinary } from '../../scripts/electron-binary';
import { cannotPackageReason, CANNOT_PACKAGE } from '../../scripts/package';
import { APP_LINK_SCHEME } from '../../src-main/invite-launch';
import { NATIVE_MODULE_FILE } from '../../src-main/native-binding';

const ROOT = join(__dirname, '..', '..');
const VERSION = '45.5.0';
const config = packagingConfig({ env: {}, electronVersion: VERSION });

function asArray<T>(value: T | T[] | null | undefined): T[] {
  if (value === null || value === undefined) {
    return [];
  }
  return Array.isArray(value) ? value : [value];
}

/** The keys of a desktop entry file, as a map. */
function desktopKeys(text: string): Map<string, string> {
  return new Map(
    text
      .split('\n')
      .map((line) => /^([A-Za-z-]+)=(.*)$/.exec(line))
      .flatMap((match) => (match?.[1] && match[2] !== undefined ? [[match[1], match[2]] as const] : [])),
  );
}

describe('packaging: Electron fuses (security checklist item 19)', () => {
  it('turns off running as Node, NODE_OPTIONS and --inspect, and turns on cookie encryption and ASAR integrity', () => {
    expect(config.electronFuses).toMatchObject({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableCookieEncryption: true,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      grantFileProtocolExtraPrivileges: false,
    });
  });
});

describe('packaging: the database module', () => {
  const nativeModule = `native/electron-${VERSION}/${NATIVE_MODULE_FILE}`;

  it('packs the app into an asar archive with the Electron build of better-sqlite3 unpacked beside it', () => {
    expect(config.asar).toBe(true);
    expect(asArray(config.files)).toContain(nativeModule);
    expect(asArray(config.asarUnpack)).toContain(nativeModule);
  });

  it('never rebuilds node_modules in place, which would break the Node build the tests use', () => {
    expect(config.npmRebuild).toBe(false);
    expect(asArray(config.files)).toContain('!node_modules/better-sqlite3/{build,deps,src}/**');
  });

  it('packs the built app only, not the sources, the server or the command line', () => {
    const files = asArray(config.files).filter((entry) => typeof entry === 'string');
    expect(files.filter((entry) => entry.startsWith('out/'))).toEqual([
      'out/main/**',
      'out/preload/**',
      'out/renderer/**',
    ]);
  });
});

describe('packaging: the system integration', () => {
  it('registers the undersigned:// scheme on every platform', () => {
    expect(asArray(config.protocols).flatMap((protocol) => asArray(protocol.schemes))).toEqual([
      APP_LINK_SCHEME,
    ]);
  });

  it('associates *.letter.json files with the app, with a MIME type for Linux', () => {
    expect(asArray(config.fileAssociations)).toEqual([
      expect.objectContaining({
        ext: LETTER_FILE_EXTENSION,
        name: LETTER_FILE_TYPE,
        mimeType: LETTER_MIME_TYPE,
        role: 'Editor',
      }),
    ]);
  });

  it('puts the app in "Open with" for .json on Windows, the only extension it sees, and takes it out again', () => {
    const include = String(config.nsis?.include);
    const script = readFileSync(join(ROOT, include), 'utf8');
    const openWith = `SHELL_CONTEXT "Software\\Classes\\.json\\OpenWithProgids" "${LETTER_FILE_TYPE}"`;
    expect(nsisMacro(script, 'customInstall')).toContain(`WriteRegNone ${openWith}`);
    expect(nsisMacro(script, 'customUnInstall')).toContain(`DeleteRegValue ${openWith}`);
    // Never the default program for .json: that would take every JSON file away from the person's editor.
    expect(script).not.toMatch(/WriteRegStr SHELL_CONTEXT "Software\\Classes\\\.json" ""/u);
  });

  it('keeps resources/linux/undersigned.desktop the same as the entry electron-builder writes', () => {
    const file = readFileSync(join(ROOT, 'resources', 'linux', 'undersigned.desktop'), 'utf8');
    const keys = desktopKeys(file);
    const mimeTypes = [LETTER_MIME_TYPE, `x-scheme-handler/${APP_LINK_SCHEME}`];
    expect(keys.get('MimeType')).toBe(`${mimeTypes.join(';')};`);
    expect(keys.get('Exec')).toBe(`${config.executableName} %U`);
    expect(keys.get('Icon')).toBe(config.executableName);
    expect(keys.get('Name')).toBe(config.productName);
    expect(keys.get('Categories')).toBe(`${config.linux?.category};`);
    expect(keys.get('StartupWMClass')).toBe(
      desktopNameOf(JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'))).replace(/\.desktop$/, ''),
    );
    expect(config.linux?.desktop?.entry).toEqual(desktopEntryExtras(file));
    expect(config.linux?.desktop?.entry).toMatchObject({ GenericName: 'Sign-on letter editor' });
  });

  it('points every platform at icons that exist', () => {
    const icons = [config.win?.icon, config.mac?.icon, config.linux?.icon, config.nsis?.installerIcon];
    for (const icon of icons) {
      expect(typeof icon).toBe('string');
      expect(existsSync(join(ROOT, String(icon)))).toBe(true);
    }
  });
});

/** The lines of one macro of an NSIS script, without comments; empty when the script does not define it. */
function nsisMacro(script: string, name: string): string[] {
  const lines = script.split(/\r?\n/u).map((line) => line.trim());
  const start = lines.indexOf(`!macro ${name}`);
  if (start < 0) {
    return [];
  }
  const end = lines.indexOf('!macroend', start);
  return lines
    .slice(start + 1, end < 0 ? undefined : end)
    .filter((line) => line !== '' && !line.startsWith(';'));
}

/** `desktopName` from package.json, which Electron uses as the window's class on Linux. */
function desktopNameOf(manifest: unknown): string {
  const name =
    typeof manifest === 'object' && manifest !== null && 'desktopName' in manifest
      ? manifest.desktopName
      : null;
  return typeof name === 'string' ? name : '';
}

describe('packaging: the installers', () => {
  it('builds a per-user NSIS installer on Windows that never asks for administrator rights', () => {
    expect(asArray(config.win?.target)).toEqual([expect.objectContaining({ target: 'nsis' })]);
    expect(config.nsis).toMatchObject({
      perMachine: false,
      allowElevation: false,
      deleteAppDataOnUninstall: false,
    });
  });

  it('builds a DMG and a zip on macOS with the hardened runtime and the JIT entitlement only', () => {
    const targets = asArray(config.mac?.target).map((target) =>
      typeof target === 'string' ? target : target.target,
    );
    expect(targets).toEqual(['dmg', 'zip']);
    expect(config.mac?.hardenedRuntime).toBe(true);
    const entitlements = readFileSync(join(ROOT, String(config.mac?.entitlements)), 'utf8');
    expect([...entitlements.matchAll(/<key>([^<]+)<\/key>/g)].map((match) => match[1])).toEqual([
      'com.apple.security.cs.allow-jit',
    ]);
  });

  it('builds an AppImage and a deb on Linux', () => {
    expect(asArray(config.linux?.target)).toEqual(['AppImage', 'deb']);
  });
});

describe('packaging: notarization', () => {
  it('is skipped without Apple credentials, or with an incomplete set', () => {
    expect(notarizationCredentials({})).toBeNull();
    expect(notarizationCredentials({ APPLE_ID: 'a@example.org', APPLE_TEAM_ID: 'T' })).toBeNull();
    expect(
      notarizationCredentials({ APPLE_API_KEY: 'key.p8', APPLE_API_KEY_ID: ' ', APPLE_API_ISSUER: 'i' }),
    ).toBeNull();
    expect(config.mac?.notarize).toBe(false);
  });

  it('runs with any complete set of credentials from the environment', () => {
    const apiKey = { APPLE_API_KEY: 'key.p8', APPLE_API_KEY_ID: 'K', APPLE_API_ISSUER: 'I' };
    const appleId = { APPLE_ID: 'a@example.org', APPLE_APP_SPECIFIC_PASSWORD: 'p', APPLE_TEAM_ID: 'T' };
    const keychain = { APPLE_KEYCHAIN: 'k', APPLE_KEYCHAIN_PROFILE: 'p' };
    expect(notarizationCredentials(apiKey)).toBe('api-key');
    expect(notarizationCredentials(appleId)).toBe('apple-id');
    expect(notarizationCredentials(keychain)).toBe('keychain');
    expect(packagingConfig({ env: apiKey, electronVersion: VERSION }).mac?.notarize).toBe(true);
  });
});

describe('packaging: the update feed', () => {
  it('has none unless one is named, so a build without a feed never checks', () => {
    expect(updateFeed({})).toBeNull();
    expect(config.publish).toBeNull();
  });

  it('takes a web folder over https, or a GitHub repository', () => {
    expect(updateFeed({ UNDERSIGNED_UPDATE_URL: 'https://updates.example.org/undersigned' })).toEqual([
      { provider: 'generic', url: 'https://updates.example.org/undersigned' },
    ]);
    expect(updateFeed({ UNDERSIGNED_UPDATE_GITHUB: 'undersigned/undersigned' })).toEqual([
      { provider: 'github', owner: 'undersigned', repo: 'undersigned' },
    ]);
  });

  it('refuses a plain-http feed and a malformed repository', () => {
    expect(() => updateFeed({ UNDERSIGNED_UPDATE_URL: 'http://updates.example.org' })).toThrow(/https/);
    expect(() => updateFeed({ UNDERSIGNED_UPDATE_GITHUB: 'undersigned' })).toThrow(/owner\/name/);
  });
});

describe('npm run package', () => {
  it('explains in one sentence why it cannot package without Electron’s binary', () => {
    const reason = cannotPackageReason({ found: false, reason: 'missing' }, VERSION) ?? '';
    expect(reason).toMatch(/^Installers cannot be built on this computer: .*Electron 45\.5\.0.*\.$/);
    expect(reason.split(/\.\s/)).toHaveLength(1);
    expect(cannotPackageReason({ found: true, path: '/electron' }, VERSION)).toBeNull();
  });

  it.skipIf(findElectronBinary(ROOT).found)(
    'prints that sentence and exits 2 where the binary is missing',
    () => {
      const run = spawnSync('npm', ['run', '--silent', 'package'], { cwd: ROOT, encoding: 'utf8' });
      expect(run.status).toBe(CANNOT_PACKAGE);
      expect(run.stdout).toBe('');
      expect(run.stderr.trimEnd().split('\n')).toHaveLength(1);
      expect(run.stderr).toMatch(/^Installers cannot be built on this computer: /);
    },
  );
});
