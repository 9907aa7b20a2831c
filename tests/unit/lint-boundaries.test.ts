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
