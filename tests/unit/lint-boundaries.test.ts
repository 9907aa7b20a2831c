import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint({ cwd: process.cwd() });

async function restrictedImportErrors(file: string, source: string): Promise<string[]> {
  const [result] = await eslint.lintText(source, { filePath: file });
  return (result?.messages ?? [])
    .filter((message) => message.ruleId === 'no-restricted-imports')
    .map((message) => message.message);
}

describe('lint keeps each layer in its runtime', () => {
  const forbidden = [
    "import { app } from 'electron';",
    "import fs from 'fs';",
    "import { readFile } from 'node:fs';",
    "import { readFile } from 'fs/promises';",
    "import path from 'path';",
    "import { Worker } from 'node:worker_threads';",
    "import Database from 'better-sqlite3';",
    "import { WebSocketServer } from 'ws';",
    "export { readFileSync } from 'node:fs';",
  ];

  for (const folder of ['src-renderer/home/Probe.tsx', 'src-common/api/probe.ts']) {
    it.each(forbidden)(`refuses %s in ${folder.split('/')[0]}`, async (source) => {
      expect((await restrictedImportErrors(folder, `${source}\n`)).length).toBeGreaterThan(0);
    });
  }

  it('allows the same imports in the main process', async () => {
    expect(await restrictedImportErrors('src-main/probe.ts', `${forbidden.join('\n')}\n`)).toEqual([]);
  });

  it('allows ordinary libraries in the renderer', async () => {
    expect(
      await restrictedImportErrors(
        'src-renderer/probe.ts',
        "import { z } from 'zod';\nexport const s = z.string();\n",
      ),
    ).toEqual([]);
  });
});

describe('lint keeps each layer to the folders the README lets it import', () => {
  // A probe file in each layer, and an import of every other folder from it, as the file would spell it.
  const probes = {
    'src-common': 'src-common/api/probe.ts',
    'src-renderer': 'src-renderer/home/Probe.tsx',
    'src-node': 'src-node/sqlite/probe.ts',
    'src-main': 'src-main/store/letters/probe.ts',
    server: 'server/store/probe.ts',
  } as const;
  const targets = {
    'src-common': 'src-common/api/errors',
    'src-renderer': 'src-renderer/ui/Button',
    'src-node': 'src-node/secrets',
    'src-main': 'src-main/store/database',
    server: 'server/auth',
    cli: 'cli/run-cli',
  } as const;

  function importFrom(file: string, target: string): string {
    const climb = '../'.repeat(file.split('/').length - 1);
    return `import { probe } from '${climb}${target}';\nexport { probe };\n`;
  }

  const refused: [keyof typeof probes, keyof typeof targets][] = [
    ['src-renderer', 'src-main'],
    ['src-renderer', 'server'],
    ['src-renderer', 'src-node'],
    ['src-common', 'src-main'],
    ['src-common', 'server'],
    ['src-common', 'src-node'],
    ['src-common', 'src-renderer'],
    ['server', 'src-main'],
    ['server', 'src-renderer'],
    ['src-node', 'src-main'],
    ['src-node', 'server'],
    ['src-node', 'src-renderer'],
    ['src-node', 'cli'],
    ['src-main', 'server'],
    ['src-main', 'src-renderer'],
  ];

  it.each(refused)('refuses %s importing %s', async (layer, target) => {
    const errors = await restrictedImportErrors(probes[layer], importFrom(probes[layer], targets[target]));
    expect(errors).toEqual([expect.stringContaining(`${layer} may import`)]);
  });

  const allowed: [keyof typeof probes, keyof typeof targets][] = [
    ['src-renderer', 'src-common'],
    ['src-node', 'src-common'],
    ['src-main', 'src-common'],
    ['src-main', 'src-node'],
    ['server', 'src-common'],
    ['server', 'src-node'],
  ];

  it.each(allowed)('allows %s to import %s', async (layer, target) => {
    expect(await restrictedImportErrors(probes[layer], importFrom(probes[layer], targets[target]))).toEqual(
      [],
    );
  });

  it('refuses a type-only import and a re-export across layers too', async () => {
    const source =
      "import type { Role } from '../../server/auth';\nexport { openDatabase } from '../../src-main/store/database';\nexport type { Role };\n";
    expect(await restrictedImportErrors(probes['src-node'], source)).toHaveLength(2);
  });

  it('tells a folder of the same name inside a layer from the layer itself', async () => {
    const source =
      "import { startHost } from './server';\nimport { other } from '../web-host/server';\nexport { startHost, other };\n";
    expect(await restrictedImportErrors('src-main/web-host/probe.ts', source)).toEqual([]);
  });

  it('keeps Electron out of the server and of the code it shares with the app', async () => {
    for (const file of [probes.server, probes['src-node']]) {
      expect(
        await restrictedImportErrors(file, "import { app } from 'electron';\nexport { app };\n"),
      ).toHaveLength(1);
    }
    expect(
      await restrictedImportErrors(probes['src-main'], "import { app } from 'electron';\nexport { app };\n"),
    ).toEqual([]);
  });

  it('lets tests, the command line and scripts import every layer', async () => {
    for (const file of ['tests/unit/probe.test.ts', 'cli/probe.ts', 'scripts/probe.ts']) {
      const source = Object.values(targets)
        .map(
          (target, index) =>
            `import { probe${index} } from '${'../'.repeat(file.split('/').length - 1)}${target}';`,
        )
        .join('\n');
      expect(await restrictedImportErrors(file, `${source}\n`)).toEqual([]);
    }
  });
});
