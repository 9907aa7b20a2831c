import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { EXTERNAL, OPTIONAL, OUTPUT } from '../../scripts/build-node';
import { ensureNodeBuild } from '../support/node-build';
import { tempDir } from '../support/temp';

const ROOT = join(__dirname, '..', '..');
const DEPLOY = join(ROOT, 'server', 'deploy');
const dockerfile = readFileSync(join(DEPLOY, 'Dockerfile'), 'utf8');
/** The instructions of the Dockerfile's last stage, the image that runs, continuation lines joined. */
const runtimeStage = (
  dockerfile
    .replace(/\\\n\s*/g, '')
    .split(/^FROM /m)
    .at(-1) ?? ''
)
  .split('\n')
  .filter((line) => line.trim() !== '' && !line.startsWith('#'));

const children: ChildProcess[] = [];

beforeAll(() => {
  ensureNodeBuild();
});

afterEach(() => {
  children.splice(0).forEach((child) => child.exitCode === null && child.kill('SIGKILL'));
});

/** The Dockerfile's `CMD`, as the argument list it is written as. */
function command(): string[] {
  const line = runtimeStage.find((instruction) => instruction.startsWith('CMD '));
  return JSON.parse(line?.slice(4) ?? '[]') as string[];
}

/** The same arguments with `--flag`'s value replaced. */
function withFlag(args: string[], flag: string, value: string): string[] {
  const at = args.indexOf(flag);
  expect(at).toBeGreaterThan(0);
  return args.map((arg, index) => (index === at + 1 ? value : arg));
}

/** Starts the server as `args` says, in `cwd`, and resolves with the address it prints once it listens. */
function start(cwd: string, args: string[]): Promise<{ child: ChildProcess; url: string }> {
  const child = spawn(args[0] === 'node' ? process.execPath : (args[0] ?? ''), args.slice(1), {
    cwd,
    stdio: ['ignore', 'pipe', 'pipe'],
    // As in the image: nothing from this checkout's environment tells Node where to look for packages.
    env: { PATH: process.env.PATH ?? '', NODE_ENV: 'production' },
  });
  children.push(child);
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => {
    stderr += chunk.toString();
  });
  return new Promise((resolve, reject) => {
    const lines = createInterface({ input: child.stdout ?? process.stdin });
    lines.on('line', (line) => {
      const match = /listening on (\S+)/.exec(line);
      if (match?.[1]) {
        resolve({ child, url: match[1] });
      }
    });
    child.on('exit', (code) => reject(new Error(`the server exited with ${String(code)}: ${stderr}`)));
  });
}

describe('server/deploy/Dockerfile', () => {
  it('runs the built server as an unprivileged user, with its data on a volume and a health check on /health', () => {
    expect(runtimeStage).toContain('USER node');
    expect(runtimeStage).toContain('VOLUME ["/data"]');
    const health = runtimeStage.find((line) => line.startsWith('HEALTHCHECK '));
    expect(health).toMatch(/http:\/\/127\.0\.0\.1:1234\/health/);
    expect(command()).toEqual([
      'node',
      'out/server/main.js',
      '--host',
      '0.0.0.0',
      '--port',
      '1234',
      '--data-dir',
      '/data',
    ]);
    // No TypeScript at run time, nor anything but what the image copies in.
    expect(runtimeStage.join('\n')).not.toMatch(/tsx|npm (ci|install)/);
  });

  it('copies in every package the server bundle loads, and the bundle loads no other', () => {
    const bundle = readFileSync(OUTPUT.server, 'utf8');
    const builtins = new Set(builtinModules.flatMap((name) => [name, `node:${name}`]));
    const required = new Set(
      [...bundle.matchAll(/require\("([^"]+)"\)/g)]
        .map((match) => match[1] ?? '')
        .filter((name) => !builtins.has(name)),
    );
    const optional = new Set<string>(OPTIONAL);
    expect([...required].filter((name) => !optional.has(name))).toEqual([...EXTERNAL.server]);
    const copied = runtimeStage.filter((line) => line.startsWith('COPY --from=build /src/node_modules/'));
    expect(copied.map((line) => line.split(' ')[2]?.replace('/src/node_modules/', ''))).toEqual(
      expect.arrayContaining([...EXTERNAL.server]),
    );
  });

  it('starts from the image’s files alone, in a clean folder, and answers /health', async () => {
    const image = tempDir('undersigned-image-');
    // The runtime stage's COPY steps, from this checkout's build, with /src as the checkout and /app as the folder.
    for (const line of runtimeStage.filter((instruction) => instruction.startsWith('COPY --from=build '))) {
      const [, , from = '', to = ''] = line.split(/\s+/);
      cpSync(join(ROOT, from.replace(/^\/src\//, '')), join(image, to.replace(/^\/app\//, '')), {
        recursive: true,
      });
    }
    const data = join(image, 'data');
    mkdirSync(data, { mode: 0o700 });
    let args = withFlag(command(), '--port', '0');
    args = withFlag(args, '--host', '127.0.0.1');
    args = withFlag(args, '--data-dir', data);
    const { child, url } = await start(image, args);
    const response = await fetch(new URL('/health', url.replace(/^ws/, 'http')));
    expect(response.status).toBe(200);
    expect(existsSync(join(data, 'instance-key'))).toBe(true);
    const exited = new Promise<number | null>((resolve) => child.on('exit', resolve));
    child.kill('SIGTERM');
    expect(await exited).toBe(0);
  });
});

describe('server/deploy/undersigned-server.service', () => {
  const unit = readFileSync(join(DEPLOY, 'undersigned-server.service'), 'utf8');

  it('starts the built server on loopback with its data in the state folder, as a user of its own', () => {
    expect(unit).toMatch(
      /^ExecStart=\/usr\/bin\/node \/opt\/undersigned\/out\/server\/main\.js --host 127\.0\.0\.1 .*--data-dir \/var\/lib\/undersigned$/m,
    );
    expect(unit).toMatch(/^DynamicUser=yes$/m);
    expect(unit).toMatch(/^StateDirectory=undersigned$/m);
    expect(unit).toMatch(/^StateDirectoryMode=0700$/m);
    expect(unit).not.toMatch(/tsx/);
  });

  const analyze = spawnSync('systemd-analyze', ['--version'], { encoding: 'utf8' });
  it.skipIf(analyze.status !== 0)('passes systemd-analyze verify', () => {
    const copy = join(tempDir('undersigned-unit-'), 'undersigned-server.service');
    cpSync(join(DEPLOY, 'undersigned-server.service'), copy);
    const result = spawnSync('systemd-analyze', ['verify', copy], { encoding: 'utf8' });
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
  });
});
