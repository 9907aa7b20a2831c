import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createServer, type AddressInfo } from 'node:net';
import { join } from 'node:path';
import { sha256Hex } from '../../src-node/secrets';
import { killHard, spawnServer } from '../../tests/soak/server-process';
import { tempDir } from '../../tests/support/temp';
import type { Endpoint } from './sync-clients';

const ROOT = join(__dirname, '..', '..');
const REFERENCE_BIN = join(ROOT, 'node_modules', '@y', 'websocket-server', 'src', 'server.js');

/** A collaboration server in a process of its own, with its letters ready to be joined. */
export interface BenchServer {
  pid: number;
  /** Where a client of `letter` connects. */
  endpoint(letter: number): Endpoint;
  stop(): Promise<void>;
}

/** CPU seconds (user and system) the process has used so far, from /proc/<pid>/stat. */
export function cpuSeconds(pid: number): number {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  // The command name may hold spaces and brackets; the fields after its closing bracket do not.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return (Number(fields[11]) + Number(fields[12])) / clockTicks();
}

/** The process's resident memory now, in bytes, from /proc/<pid>/status. */
export function rssBytes(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  return Number(/VmRSS:\s+(\d+) kB/u.exec(status)?.[1] ?? 0) * 1024;
}

let ticks: number | null = null;
function clockTicks(): number {
  ticks ??= Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim()) || 100;
  return ticks;
}

/** Our server as `npm run server` runs it, with `letters` letters registered, each opened with its editor token. */
export async function startOurs(letters: number): Promise<BenchServer> {
  // The rate limit is per connection and far above one typist's 20 changes a second; the defaults stay.
  const server = await spawnServer(tempDir('undersigned-bench-sync-'));
  const ids: { letterId: string; token: string }[] = [];
  for (let index = 0; index < letters; index += 1) {
    ids.push(await register(server.url, server.instanceKey));
  }
  const wsUrl = server.url.replace(/^http/u, 'ws');
  return {
    pid: server.child.pid ?? 0,
    endpoint: (letter) => {
      const { letterId, token } = ids[letter % ids.length] ?? { letterId: '', token: '' };
      return {
        url: `${wsUrl}/letters/${letterId}`,
        protocols: ['undersigned', `undersigned.token.${token}`],
      };
    },
    stop: () => server.kill(),
  };
}

async function register(url: string, instanceKey: string): Promise<{ letterId: string; token: string }> {
  const letterId = randomBytes(12).toString('base64url');
  const [owner, editor, viewer] = [0, 1, 2].map(() => randomBytes(32).toString('base64url'));
  const response = await fetch(`${url}/letters`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${instanceKey}` },
    body: JSON.stringify({
      letterId,
      ownerTokenSha256: sha256Hex(owner ?? ''),
      editorTokenSha256: sha256Hex(editor ?? ''),
      viewerTokenSha256: sha256Hex(viewer ?? ''),
    }),
  });
  if (response.status !== 201) {
    throw new Error(`Registering a letter failed with ${response.status}.`);
  }
  return { letterId, token: editor ?? '' };
}

/** The reference relay, `@y/websocket-server`'s own bin (in memory, no persistence), on a free loopback port. */
export async function startReference(): Promise<BenchServer> {
  const port = await freePort();
  const child = spawn(process.execPath, [REFERENCE_BIN], {
    cwd: ROOT,
    env: { ...process.env, HOST: '127.0.0.1', PORT: String(port) },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  await listening(child, /running at/u);
  return {
    pid: child.pid ?? 0,
    endpoint: (letter) => ({ url: `ws://127.0.0.1:${port}/bench-letter-${letter}`, protocols: [] }),
    stop: () => killHard(child),
  };
}

// Its bin reads the port from the environment and prints the one it was given, so the bench picks a free one.
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address: AddressInfo | string | null = probe.address();
      const port = typeof address === 'object' && address !== null ? address.port : 0;
      probe.close(() => resolve(port));
    });
  });
}

function listening(child: ChildProcess, ready: RegExp): Promise<void> {
  let output = '';
  return new Promise((resolve, reject) => {
    const onData = (chunk: Buffer): void => {
      output += chunk.toString();
      if (ready.test(output)) {
        resolve();
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.once('exit', (code) => reject(new Error(`The reference server exited with ${code}: ${output}`)));
  });
}
