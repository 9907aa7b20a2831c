import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

/** The built browser-mode host; `npm test` builds before running the suites that need it. */
export const HOST_SCRIPT = join(__dirname, '..', '..', 'out', 'main', 'web-host.js');

/** A browser-mode host running as its own process, as `npm run start:web` starts it. */
export interface RunningHost {
  /** The printed address, with the token. */
  url: string;
  /** The address without the token. */
  origin: string;
  port: number;
  /** Everything the host printed so far. */
  output(): string;
  /** SIGTERM, then waits for the process to end. */
  stop(): Promise<void>;
  /** SIGKILL, as a crash or power cut would: no chance to flush or close anything. */
  kill(): Promise<void>;
}

/** Starts the built host and resolves once it prints its address; `nodeArgs` go to Node before the script. */
export function startHost(args: string[], nodeArgs: string[] = []): Promise<RunningHost> {
  if (!existsSync(HOST_SCRIPT)) {
    throw new Error(`${HOST_SCRIPT} is missing: run "npx electron-vite build" first.`);
  }
  const child = spawn(process.execPath, [...nodeArgs, HOST_SCRIPT, ...args], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  return new Promise((resolve, reject) => {
    const onData = (chunk: Buffer): void => {
      output += chunk.toString();
      const match = /(http:\/\/127\.0\.0\.1:(\d+)\/)#token=\S+/.exec(output);
      if (match?.[1] && match[2]) {
        resolve({
          url: match[0],
          origin: match[1],
          port: Number(match[2]),
          output: () => output,
          stop: () => stopChild(child, 'SIGTERM'),
          kill: () => stopChild(child, 'SIGKILL'),
        });
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.once('exit', (code) => reject(new Error(`The host exited with code ${code}: ${output}`)));
  });
}

function stopChild(child: ChildProcess, signal: NodeJS.Signals): Promise<void> {
  if (child.exitCode !== null) {
    return Promise.resolve();
  }
  return new Promise((resolve) => {
    child.once('exit', () => resolve());
    child.kill(signal);
  });
}
