// The installers, in one place: `npm run package` (scripts/package.ts) hands this object to electron-builder.
// electron-builder's own command line does not read a TypeScript config, so run packaging through that script.
// tests/unit/packaging-config.test.ts checks the parts that matter for safety and for the system's integration.
import { readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { Configuration } from 'electron-builder';
import { readElectronVersion } from './scripts/electron-binary';
import { APP_LINK_SCHEME } from './src-main/invite-launch';
import { nativeBindingPath } from './src-main/native-binding';

const ROOT = __dirname;

/** The extension the app's letter files end with (`Name.letter.json`), as written by "Save letter file…". */
export const LETTER_FILE_EXTENSION = 'letter.json';

/**
 * The name of the letter file type: the ProgID the Windows installer registers (resources/windows/installer.nsh
 * names it too) and the document type macOS shows.
 */
export const LETTER_FILE_TYPE = 'Undersigned letter';

/** The MIME type Linux gives files matching `*.letter.json` (declared in the deb's shared-mime-info entry). */
export const LETTER_MIME_TYPE = 'application/x-undersigned-letter+json';

/** What the configuration depends on besides the files in this repository. */
export interface PackagingInputs {
  /** The environment at packaging time: notarization credentials and the update feed are read from it. */
  env: NodeJS.ProcessEnv;
  /** The Electron version installed (node_modules/electron), whose ABI the database module is built for. */
  electronVersion: string;
}

/** Which set of Apple credentials electron-builder would notarize with, or null when none is complete. */
export function notarizationCredentials(env: NodeJS.ProcessEnv): 'api-key' | 'apple-id' | 'keychain' | null {
  const set = (...names: string[]): boolean => names.every((name) => (env[name] ?? '').trim() !== '');
  if (set('APPLE_API_KEY', 'APPLE_API_KEY_ID', 'APPLE_API_ISSUER')) {
    return 'api-key';
  }
  if (set('APPLE_ID', 'APPLE_APP_SPECIFIC_PASSWORD', 'APPLE_TEAM_ID')) {
    return 'apple-id';
  }
  if (set('APPLE_KEYCHAIN', 'APPLE_KEYCHAIN_PROFILE')) {
    return 'keychain';
  }
  return null;
}

/**
 * Where installed copies look for updates: a plain web folder (`UNDERSIGNED_UPDATE_URL`, https only) or a GitHub
 * repository's releases (`UNDERSIGNED_UPDATE_GITHUB=owner/name`). Without either the build has no update feed, no
 * app-update.yml is written, and the app never checks (src-main/update/update-feed.ts).
 */
export function updateFeed(env: NodeJS.ProcessEnv): Configuration['publish'] {
  const url = env.UNDERSIGNED_UPDATE_URL?.trim();
  if (url) {
    if (!url.startsWith('https://')) {
      throw new Error(`UNDERSIGNED_UPDATE_URL must be an https:// address, not ${url}.`);
    }
    return [{ provider: 'generic', url }];
  }
  const github = env.UNDERSIGNED_UPDATE_GITHUB?.trim();
  if (github) {
    const [owner, repo, ...rest] = github.split('/');
    if (!owner || !repo || rest.length > 0) {
      throw new Error(`UNDERSIGNED_UPDATE_GITHUB must be owner/name, not ${github}.`);
    }
    return [{ provider: 'github', owner, repo }];
  }
  return null;
}

/** The Linux desktop entry's keys that electron-builder does not work out itself, from resources/linux/. */
export function desktopEntryExtras(desktopFile: string): Record<string, string> {
  // Exec (electron-builder refuses it here), MimeType, Icon, Name, Type, Terminal and StartupWMClass are derived
  // from the rest of this configuration; tests/unit/packaging-config.test.ts checks they agree with the file.
  const derived = new Set([
    'Exec',
    'MimeType',
    'Icon',
    'Name',
    'Type',
    'Terminal',
    'StartupWMClass',
    'Categories',
  ]);
  const entry: Record<string, string> = {};
  for (const line of desktopFile.split('\n')) {
    const match = /^([A-Za-z][A-Za-z0-9-]*)=(.*)$/.exec(line.trim());
    if (match?.[1] && match[2] !== undefined && !derived.has(match[1])) {
      entry[match[1]] = match[2];
    }
  }
  return entry;
}

/** The electron-builder configuration for every platform. */
export function packagingConfig(inputs: PackagingInputs): Configuration {
  const nativeModule = relative(ROOT, nativeBindingPath(ROOT, inputs.electronVersion)).split(sep).join('/');
  return {
    appId: 'org.undersigned.app',
    productName: 'Undersigned',
    executableName: 'undersigned',
    copyright: 'Copyright © Undersigned contributors',
    directories: { output: 'dist', buildResources: 'resources' },
    files: [
      'package.json',
      'out/main/**',
      'out/preload/**',
      'out/renderer/**',
      nativeModule,
      // better-sqlite3's sources and its Node build: the app loads the Electron build above (native-binding.ts).
      '!node_modules/better-sqlite3/{build,deps,src}/**',
    ],
    asar: true,
    // A native module cannot be loaded from inside the archive; Electron finds the unpacked copy by the same path.
    asarUnpack: [nativeModule],
    // electron-builder would rebuild node_modules/better-sqlite3 in place for Electron, breaking the Node build the
    // tests and browser mode use; scripts/package.ts builds the Electron one into native/ instead (electron-sqlite.ts).
    npmRebuild: false,
    nodeGypRebuild: false,
    // Checklist item 19 (https://www.electronjs.org/docs/latest/tutorial/fuses), flipped in the packaged binary.
    electronFuses: {
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableCookieEncryption: true,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      // The app is served from app://, never file:// (app-url.ts).
      grantFileProtocolExtraPrivileges: false,
    },
    protocols: [{ name: 'Undersigned invite link', schemes: [APP_LINK_SCHEME] }],
    fileAssociations: [
      {
        ext: LETTER_FILE_EXTENSION,
        name: LETTER_FILE_TYPE,
        description: LETTER_FILE_TYPE,
        mimeType: LETTER_MIME_TYPE,
        role: 'Editor',
      },
    ],
    publish: updateFeed(inputs.env),
    win: {
      target: [{ target: 'nsis', arch: ['x64'] }],
      icon: 'resources/icon.ico',
    },
    nsis: {
      // Installed for this user only, under %LOCALAPPDATA%\Programs: no administrator rights asked, ever.
      oneClick: true,
      perMachine: false,
      allowElevation: false,
      installerIcon: 'resources/icon.ico',
      uninstallerIcon: 'resources/icon.ico',
      // The letters live in the data folder; uninstalling the program must never delete them.
      deleteAppDataOnUninstall: false,
      // Windows sees `*.letter.json` as `.json`: this offers the app in "Open with" for them (the file says why).
      include: 'resources/windows/installer.nsh',
      artifactName: '${productName}-Setup-${version}.${ext}',
    },
    mac: {
      // The zip is what the updater downloads; the DMG is what people install from.
      target: [
        { target: 'dmg', arch: ['x64', 'arm64'] },
        { target: 'zip', arch: ['x64', 'arm64'] },
      ],
      icon: 'resources/icon.icns',
      category: 'public.app-category.productivity',
      hardenedRuntime: true,
      gatekeeperAssess: false,
      entitlements: 'resources/mac/entitlements.plist',
      entitlementsInherit: 'resources/mac/entitlements.plist',
      // Notarized only where Apple credentials are in the environment; a build without them is not notarized.
      notarize: notarizationCredentials(inputs.env) !== null,
    },
    dmg: { artifactName: '${productName}-${version}-${arch}.${ext}' },
    linux: {
      target: ['AppImage', 'deb'],
      icon: 'resources/icons',
      category: 'Office;WordProcessor',
      maintainer: 'Undersigned contributors <undersigned@users.noreply.github.com>',
      vendor: 'Undersigned contributors',
      synopsis: 'Draft, coordinate and publish coalition sign-on letters',
      desktop: {
        entry: desktopEntryExtras(
          readFileSync(join(ROOT, 'resources', 'linux', 'undersigned.desktop'), 'utf8'),
        ),
      },
    },
  };
}

/** The configuration for this checkout and environment. */
export default packagingConfig({
  env: process.env,
  electronVersion: readElectronVersion(ROOT) ?? '0.0.0',
});
