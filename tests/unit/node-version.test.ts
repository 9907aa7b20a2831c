import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';

const ROOT = join(__dirname, '..', '..');
const packageJson = z
  .object({ engines: z.object({ node: z.string() }) })
  .parse(JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')));
const lock = z
  .object({
    packages: z.record(
      z.string(),
      z.object({ version: z.string().optional(), engines: z.unknown().optional() }),
    ),
  })
  .parse(JSON.parse(readFileSync(join(ROOT, 'package-lock.json'), 'utf8')));
const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');

// The oldest release of each Node.js line we say we support, and the next line, which we do not.
const OLDEST_SUPPORTED = ['20.19.0', '22.13.0', '24.0.0'];
const UNSUPPORTED = ['20.18.0', '22.12.0', '26.0.0'];

// Packages that ask for more than Node.js 20 and still run there; README says so. Electron's installer and its
// helpers are ESM loaded with `require`, which 20.19 does; nanoid 6 (of docx) only uses what Node 20 has.
const RUN_ON_20_REGARDLESS = new Set([
  'electron',
  '@electron/get',
  '@electron-internal/extract-zip',
  '@electron/rebuild',
  'node-abi',
  'nanoid',
]);

/** Whether `version` is in an npm `engines` range, for the forms packages use (`^20.19.0 || >= 22`, `20.x`, …). */
function satisfies(version: string, range: string): boolean {
  const have = parts(version);
  return range.split('||').some((alternative) =>
    alternative
      .replace(/([<>=^~]+)\s+/gu, '$1')
      .trim()
      .split(/\s+/u)
      .every((comparator) => {
        const match = /^([<>=^~]*)v?([\d.x*]+)$/u.exec(comparator);
        if (!match) {
          throw new Error(`Cannot read the range "${range}"`);
        }
        const operator = match[1] ?? '';
        const given = (match[2] ?? '')
          .split('.')
          .filter((part) => /^\d+$/u.test(part))
          .map(Number);
        const wanted = [...given, 0, 0, 0].slice(0, 3);
        const order = compare(have, wanted);
        if (operator === '>=') {
          return order >= 0;
        }
        if (operator === '>') {
          return order > 0;
        }
        if (operator === '<') {
          return order < 0;
        }
        if (operator === '<=') {
          return order <= 0;
        }
        // ^, ~, a bare or x-ed version: at least the version, within its major (or the numbers it gives).
        const fixed = operator === '^' ? 1 : operator === '~' ? 2 : given.length;
        return order >= 0 && have.slice(0, fixed).every((part, index) => part === wanted[index]);
      }),
  );
}

function parts(version: string): number[] {
  return version.split('.').map(Number);
}

function compare(a: readonly number[], b: readonly number[]): number {
  for (let index = 0; index < 3; index += 1) {
    const difference = (a[index] ?? 0) - (b[index] ?? 0);
    if (difference !== 0) {
      return difference;
    }
  }
  return 0;
}

function nodeRange(engines: unknown): string | null {
  const parsed = z.object({ node: z.string() }).safeParse(engines);
  return parsed.success ? parsed.data.node : null;
}

describe('the Node.js versions Undersigned supports', () => {
  it('are the same in package.json’s engines and in the README', () => {
    expect(readme).toContain(`\`"node": "${packageJson.engines.node}"\``);
  });

  it('are those every installed package accepts (but for the few README names), and no older or newer line', () => {
    const refusals: string[] = [];
    for (const [path, entry] of Object.entries(lock.packages)) {
      const range = nodeRange(entry.engines);
      const name = path.replace(/^.*node_modules\//u, '');
      if (!range || !path) {
        continue;
      }
      for (const version of OLDEST_SUPPORTED) {
        const tolerated = version.startsWith('20.') && RUN_ON_20_REGARDLESS.has(name);
        if (!tolerated && !satisfies(version, range)) {
          refusals.push(`${name}@${entry.version ?? '?'} refuses ${version} (${range})`);
        }
      }
    }
    expect(refusals).toEqual([]);
    for (const version of OLDEST_SUPPORTED) {
      expect(satisfies(version, packageJson.engines.node), version).toBe(true);
    }
    for (const version of UNSUPPORTED) {
      expect(satisfies(version, packageJson.engines.node), version).toBe(false);
    }
  });

  it('include the Node.js running these tests, as on CI', () => {
    expect(satisfies(process.versions.node, packageJson.engines.node)).toBe(true);
  });
});
