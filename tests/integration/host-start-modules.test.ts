import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { tempDir } from '../support/temp';
import { startHost, type RunningHost } from '../support/web-host';

// Loaded before the host's script, in its main thread and in every worker it starts: names each package the first
// time anything requires it.
const MODULE_LOG = `
const Module = require('node:module');
const load = Module._load;
const named = new Set();
Module._load = function (request, ...rest) {
  const name = /^[@a-z]/.test(request) && !request.startsWith('node:') ? request.split('/').slice(0, request.startsWith('@') ? 2 : 1).join('/') : null;
  if (name && !named.has(name)) {
    named.add(name);
    process.stderr.write('module loaded: ' + name + '\\n');
  }
  return load.call(this, request, ...rest);
};
`;

let host: RunningHost | null = null;
afterEach(async () => {
  await host?.stop();
  host = null;
});

function loadedModules(output: string): string[] {
  return [...output.matchAll(/^module loaded: (\S+)$/gmu)].map((match) => match[1] ?? '');
}

describe('the browser-mode host as it starts', () => {
  it('loads neither playwright-core, docx nor mammoth until an export or an import uses them', async () => {
    const dir = tempDir('undersigned-host-modules-');
    const log = join(dir, 'module-log.cjs');
    writeFileSync(log, MODULE_LOG);
    host = await startHost(['--port', '0', '--data-dir', join(dir, 'data')], ['--require', log]);
    const loaded = loadedModules(host.output());
    // The store is open by the time the address is printed: the log saw its worker's packages.
    expect(loaded).toContain('better-sqlite3');
    expect(loaded).toContain('yjs');
    expect(loaded).not.toContain('playwright-core');
    expect(loaded).not.toContain('docx');
    expect(loaded).not.toContain('mammoth');
  });
});
