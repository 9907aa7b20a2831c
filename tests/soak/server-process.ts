import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { INSTANCE_KEY_FILE } from '../../server/auth';

const ROOT = join(__dirname, '..', '..');

/** The collaboration server as `npm run server` runs it, in a process of its own (to kill it, or weigh it). */
export interface ServerProcess {
  url: string;
  instanceKey: string;
  child: ChildProcess;
  /** The process's resident memory now, from /proc. */
  rssBytes(): number;
  kill(): Promise<void>;
}

/**
 * Starts the server on a free loopback port with `extraArgs`, and resolves once it listens: from its source through
 * tsx, or from `script`, a bundle of it.
 */
export function spawnServer(
  dataDir: string,
  extraArgs: readonly string[] = [],
  script?: string,
): Promise<ServerProcess> {
  const entry = script ? [script] : ['--import', 'tsx', 'server/main.ts'];
  const args = [...entry, '--port', '0', '--data-dir', dataDir, ...extraArgs];
  const child = spawn(process.execPath, args, { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  return new Promise((resolve, reject) => {
    const onData = (chunk: Buffer): void => {
      output += chunk.toString();
      const url = /listening on (http:\/\/127\.0\.0\.1:\d+)/u.exec(output)?.[1];
      if (url) {
        const instanceKey = readFileSync(join(dataDir, INSTANCE_KEY_FILE), 'utf8').trim();
        resolve({ url, instanceKey, child, rssBytes: () => rssOf(child), kill: () => killHard(child) });
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.once('exit', (code) => reject(new Error(`The server exited with ${code}: ${output}`)));
  });
}

function rssOf(child: ChildProcess): number {
  try {
    const status = readFileSync(`/proc/${child.pid ?? 0}/status`, 'utf8');
    return Number(/VmRSS:\s+(\d+) kB/u.exec(status)?.[1] ?? 0) * 1024;
  } catch {
    return 0;
  }
}

/** SIGKILL, as a crash or a power cut would: no chance to flush or close anything. */
export function killHard(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null) {
      resolve();
      return;
    }
    child.once('exit', () => resolve());
    child.kill('SIGKILL');
  });
}
