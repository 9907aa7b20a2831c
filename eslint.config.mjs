// Lint rules, including the ones that keep each layer in its runtime: src-common runs anywhere, src-renderer runs
// in a sandboxed page, so neither may import Electron, Node built-ins, or the Node-only database and socket libraries.
import { builtinModules } from 'node:module';
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

const nodeOnlyPackages = ['electron', 'better-sqlite3', 'ws'];
const builtins = builtinModules.filter((name) => !name.startsWith('_'));

/** `no-restricted-imports` options that forbid everything that needs Node or Electron. */
export const runtimeRestrictions = {
  paths: [...nodeOnlyPackages, ...builtins, ...builtins.map((name) => `node:${name}`)].map((name) => ({
    name,
    message:
      'src-common and src-renderer run without Node or Electron: reach the backend through the typed API.',
  })),
  patterns: [
    {
      group: ['node:*', 'electron/*', 'better-sqlite3/*', 'ws/*', ...builtins.map((name) => `${name}/*`)],
      message:
        'src-common and src-renderer run without Node or Electron: reach the backend through the typed API.',
    },
  ],
};

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
  {
    files: ['src-common/**/*.ts', 'src-renderer/**/*.{ts,tsx}'],
    rules: { 'no-restricted-imports': ['error', runtimeRestrictions] },
  },
  {
    files: ['src-renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: globals.browser },
    plugins: { 'react-hooks': reactHooks },
    rules: { ...reactHooks.configs.recommended.rules },
  },
  {
    files: [
      'src-main/**/*.ts',
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
