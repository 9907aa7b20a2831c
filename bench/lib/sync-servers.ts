import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createServer, type AddressInfo } from 'node:net';
import { join } from 'node:path';
import { killHard } from '../../tests/soak/server-process';
import type { LatencyLog } from './latency-log';
import {
  connectSealedReader,
  connectSealedTypist,
  sealedTypistSpec,
  startOursSealed,
} from './sealed-clients';
import { connectReader } from './sync-clients';
import { connectTypist, type BenchClient, type Endpoint, type TypistSpec } from './typists';

const ROOT = join(__dirname, '..', '..');
const REFERENCE_BIN = join(ROOT, 'node_modules', '@y', 'websocket-server', 'src', 'server.js');

/** A collaboration server in a process of its own, with its letters ready to be joined. */
export interface BenchServer {
  pid: number;
  /** A client of `letter` that speaks this server's protocol: a typist, or a reader that never writes. */
  connect(letter: number, typist: boolean, log: LatencyLog): BenchClient;
  /** What a typist of `letter` in another thread needs to join it. */
  typist(letter: number): TypistSpec;
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

/**
 * Our server as `npm run server` runs it, with `letters` sealed letters registered: its one protocol is the sealed
 * relay, so its typists are the app's `SealedDocSync` and its readers note arrivals from envelope headers.
 */
export async function startOurs(letters: number): Promise<BenchServer> {
  // The rate limit is per connection and far above one typist's 20 changes a second; the defaults stay.
  const server = await startOursSealed(letters);
  return {
    pid: server.pid,
    connect: (letter, typist, log) =>
      (typist ? connectSealedTypist : connectSealedReader)(server.letter(letter), log),
    typist: (letter) => sealedTypistSpec(server.letter(letter)),
    stop: () => server.stop(),
  };
}

/** The reference relay, `@y/websocket-server`'s own bin (in memory, no persistence), on a free loopback port. */
export async function startReference(): Promise<BenchServer & { port: number }> {
  const port = await freePort();
  const child = spawn(process.execPath, [REFERENCE_BIN], {
    cwd: ROOT,
    env: { ...process.env, HOST: '127.0.0.1', PORT: String(port) },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  await listening(child, /running at/u);
  return {
    pid: child.pid ?? 0,
    port,
    connect: (letter, typist, log) =>
      typist
        ? connectTypist(referenceEndpoint(port, letter), log)
        : connectReader(referenceEndpoint(port, letter), log),
    typist: (letter) => ({ kind: 'reference', endpoint: referenceEndpoint(port, letter) }),
    stop: () => killHard(child),
  };
}

/** Where a y-websocket client of the reference relay's letter `letter` connects. */
export function referenceEndpoint(port: number, letter: number | string): Endpoint {
  return { url: `ws://127.0.0.1:${port}/bench-letter-${letter}`, protocols: [] };
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
