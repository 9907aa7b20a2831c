import { spawnSync } from 'node:child_process';
import { copyFileSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { OUTPUT } from '../../scripts/build-node';
import { ensureNodeBuild } from '../support/node-build';
import { tempDir } from '../support/temp';

const ROOT = join(__dirname, '..', '..');
const FIXTURE = join(ROOT, 'tests', 'fixtures', 'cfu-230-groups-bachelet-letter.txt');
const manifest = z
  .object({ version: z.string(), bin: z.object({ undersigned: z.string() }) })
  .parse(JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')));

beforeAll(() => {
  ensureNodeBuild();
});

/** Runs the built command as `undersigned …` runs it: the file itself, through its #! line. */
function undersigned(file: string, cwd: string, ...args: string[]) {
  const result = spawnSync(file, args, { cwd, encoding: 'utf8' });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('the built command line (package.json bin)', () => {
  it('is one executable JavaScript file that package.json exposes as `undersigned`', () => {
    expect(join(ROOT, manifest.bin.undersigned)).toBe(OUTPUT.cli);
    expect(readFileSync(OUTPUT.cli, 'utf8').startsWith('#!/usr/bin/env node\n')).toBe(true);
    expect(statSync(OUTPUT.cli).mode & 0o111).not.toBe(0);
  });

  it('answers --version with package.json’s version and --help with every command', () => {
    expect(undersigned(OUTPUT.cli, ROOT, '--version')).toEqual({
      status: 0,
      stdout: `${manifest.version}\n`,
      stderr: '',
    });
    const help = undersigned(OUTPUT.cli, ROOT, '--help');
    expect(help.status).toBe(0);
    expect(help.stdout).toMatch(/^Usage: undersigned <command>/);
    for (const command of ['import', 'check', 'export']) {
      expect(help.stdout).toMatch(new RegExp(`^ {2}${command} `, 'm'));
    }
  });

  it('imports a letter with --json when copied alone to another folder, needing nothing beside it', () => {
    const alone = join(tempDir('undersigned-bin-'), 'undersigned');
    copyFileSync(OUTPUT.cli, alone);
    const result = undersigned(alone, tempDir('undersigned-bin-cwd-'), 'import', FIXTURE, '--json');
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    const report = z
      .object({ title: z.string(), signatories: z.array(z.object({ name: z.string() })) })
      .parse(JSON.parse(result.stdout));
    expect(report.title).toMatch(/^CFU Joins 230 Organizations/);
    expect(report.signatories.length).toBeGreaterThan(200);
  });

  it('says in one line what was expected after a mistake, and exits 2', () => {
    const result = undersigned(OUTPUT.cli, ROOT, 'publish');
    expect(result.status).toBe(2);
    expect(result.stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(result.stderr).toMatch(/^Unknown command "publish"\. Usage: undersigned /);
  });

  it('is what `npm run cli` runs', () => {
    const result = spawnSync('npm', ['run', '--silent', 'cli', '--', '--version'], {
      cwd: ROOT,
      encoding: 'utf8',
    });
    expect(result.stdout).toBe(`${manifest.version}\n`);
  });
});
