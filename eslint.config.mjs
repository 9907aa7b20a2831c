// Lint rules, including the ones that keep each layer in its runtime and in its place. src-common runs anywhere and
// src-renderer in a sandboxed page, so neither may import Electron, Node built-ins, or the Node-only database and
// socket libraries; and each folder imports only the folders below it (README, "Architecture").
import { builtinModules } from 'node:module';
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

const nodeOnlyPackages = ['electron', 'better-sqlite3', 'ws'];
const builtins = builtinModules.filter((name) => !name.startsWith('_'));
const RUNTIME_MESSAGE =
  'src-common and src-renderer run without Node or Electron: reach the backend through the typed API.';

/** `no-restricted-imports` options that forbid everything that needs Node or Electron. */
export const runtimeRestrictions = {
  paths: [...nodeOnlyPackages, ...builtins, ...builtins.map((name) => `node:${name}`)].map((name) => ({
    name,
    message: RUNTIME_MESSAGE,
  })),
  patterns: [
    {
      group: ['node:*', 'electron/*', 'better-sqlite3/*', 'ws/*', ...builtins.map((name) => `${name}/*`)],
      message: RUNTIME_MESSAGE,
    },
  ],
};

/** Our folders that hold code, each of which a layer may be kept from importing. */
const FOLDERS = [
  'src-common',
  'src-renderer',
  'src-node',
  'src-main',
  'server',
  'cli',
  'scripts',
  'tests',
  'bench',
];

/**
 * The README's "may import" table: the folders each layer may import besides its own. The app and the server
 * are two programs that share only src-common and src-node; tests, cli, scripts and bench may import anything.
 */
export const MAY_IMPORT = {
  'src-common': [],
  'src-renderer': ['src-common'],
  'src-node': ['src-common'],
  'src-main': ['src-common', 'src-node'],
  server: ['src-common', 'src-node'],
};

/**
 * `no-restricted-imports` patterns that keep `layer` from importing the folders its row of {@link MAY_IMPORT} leaves
 * out. Imports are relative, so one reaching another top folder climbs out of this one first: `../../server/…`
 * (`./server` or `../web-host/server` stay inside the folder, whatever their name).
 */
function layerPatterns(layer) {
  const allowed = new Set([layer, ...MAY_IMPORT[layer]]);
  return FOLDERS.filter((folder) => !allowed.has(folder)).map((folder) => ({
    regex: `^(\\.\\./)+${folder}(/|$)`,
    message: `${layer} may import ${[...allowed].filter((name) => name !== layer).join(' and ') || 'no other folder'}, never ${folder} (README, "Architecture").`,
  }));
}

// The server runs in plain Node (`tsx server/main.ts`), and src-node is shared with it.
const plainNode = {
  paths: [{ name: 'electron', message: 'src-node and server run in plain Node, without Electron.' }],
  patterns: [],
};

/** What each layer's runtime lacks, as `no-restricted-imports` options. */
const RUNTIMES = {
  'src-common': runtimeRestrictions,
  'src-renderer': runtimeRestrictions,
  'src-node': plainNode,
  'src-main': { paths: [], patterns: [] },
  server: plainNode,
};

/** One config object per layer: what its runtime lacks and the folders it may not import, in one rule. */
function layerConfigs() {
  return Object.entries(RUNTIMES).map(([layer, runtime]) => ({
    files: [`${layer}/**/*.{ts,tsx}`],
    rules: {
      'no-restricted-imports': [
        'error',
        { paths: runtime.paths, patterns: [...runtime.patterns, ...layerPatterns(layer)] },
      ],
    },
  }));
}

export default tseslint.config(
  { ignores: ['out/**', 'native/**', 'node_modules/**', 'test-results/**', 'bench/results/**', 'dist/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { ecmaVersion: 2023, sourceType: 'module' },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      curly: ['error', 'all'],
      eqeqeq: ['error', 'always'],
      'no-restricted-syntax': [
        'error',
        { selector: 'TSNonNullExpression', message: 'Check for null instead of asserting it away.' },
      ],
    },
  },
  ...layerConfigs(),
  {
    files: ['src-renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: globals.browser },
    plugins: { 'react-hooks': reactHooks },
    rules: { ...reactHooks.configs.recommended.rules },
  },
  {
    files: [
      'src-main/**/*.ts',
      'src-node/**/*.ts',
      'server/**/*.ts',
      'cli/**/*.ts',
      'scripts/**/*.ts',
      'tests/**/*.ts',
      'bench/**/*.ts',
      '*.config.*',
    ],
    languageOptions: { globals: globals.node },
  },
);
