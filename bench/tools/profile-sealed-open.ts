// Where the open of a sealed letter goes (the `sealed` scenario's open: a snapshot and a 500-update tail): the steps
// of opens on a fresh server process each (socket open, first and last message, letter held), then a CPU profile of
// opens with the server in this process, warm, by function. Not a scenario: a tool for finding causes.
//
//   npx tsx bench/tools/profile-sealed-open.ts [--opens 9] [--profiled 30]
import { Session } from 'node:inspector/promises';
import { startServer } from '../../server/server';
import { spawnServer } from '../../tests/soak/server-process';
import { tempDir } from '../../tests/support/temp';
import { bundledSealedReader, prepareStoredLetter } from '../lib/sealed-open';
import type { OpenMarks } from '../lib/sealed-reader';
import type { SealedBenchLetter } from '../lib/sealed-clients';
import { median } from '../lib/stats';
import type { CpuProfile } from './cdp-recording';
import { functionTimes, largest } from './cpu-times';

const TOTAL = 10_000;
const TAIL = 500;

function numberArg(flag: string, fallback: number): number {
  const at = process.argv.indexOf(flag);
  return at >= 0 ? Number(process.argv[at + 1]) : fallback;
}

function onPort(letter: SealedBenchLetter, url: string): SealedBenchLetter {
  const port = new URL(url).port;
  return {
    ...letter,
    endpoint: { ...letter.endpoint, url: letter.endpoint.url.replace(/:\d+\//u, `:${port}/`) },
  };
}

async function freshOpens(opens: number): Promise<void> {
  const stored = await prepareStoredLetter(tempDir('undersigned-profile-open-'), TOTAL, TAIL);
  const open = await bundledSealedReader();
  const rows: Required<OpenMarks & { done: number }>[] = [];
  for (let index = 0; index < opens; index += 1) {
    const server = await spawnServer(stored.dataDir);
    try {
      const marks: OpenMarks = {};
      const done = await open(onPort(stored.sealed, server.url), TOTAL, marks);
      rows.push({ socketOpen: 0, firstMessage: 0, lastMessage: 0, ...marks, done });
    } finally {
      await server.kill();
    }
  }
  const column = (key: keyof (typeof rows)[number]): string => median(rows.map((row) => row[key])).toFixed(1);
  console.log(`fresh server, median of ${opens} (ms from the start of the open):`);
  console.log(`  socket open ${column('socketOpen')}, first message ${column('firstMessage')},`);
  console.log(`  last message ${column('lastMessage')}, letter held ${column('done')}`);
}

async function profiledOpens(count: number): Promise<void> {
  const dataDir = tempDir('undersigned-profile-open-warm-');
  const stored = await prepareStoredLetter(dataDir, TOTAL, TAIL);
  const open = await bundledSealedReader();
  const server = await startServer({ port: 0, dataDir: stored.dataDir, log: () => undefined });
  const letter = onPort(stored.sealed, server.url);
  const session = new Session();
  session.connect();
  try {
    await open(letter, TOTAL);
    await session.post('Profiler.enable');
    await session.post('Profiler.setSamplingInterval', { interval: 100 });
    await session.post('Profiler.start');
    const times: number[] = [];
    for (let index = 0; index < count; index += 1) {
      times.push(await open(letter, TOTAL));
    }
    const { profile } = await session.post('Profiler.stop');
    report(profile as CpuProfile, count, times);
  } finally {
    session.disconnect();
    await server.close();
  }
}

function report(profile: CpuProfile, count: number, times: number[]): void {
  const times_ = functionTimes(profile, () => true);
  const line = (us: number, key: string): string =>
    `  ${(us / 1000 / count).toFixed(2).padStart(7)} ms  ${key}`;
  console.log(`server in process, warm, profiled: median open ${median(times).toFixed(1)} ms`);
  console.log(`busy ${(times_.busyUs / 1000 / count).toFixed(1)} ms per open; self time per open:`);
  largest(times_.self, 30, line).forEach((text) => console.log(text));
  console.log('total time per open:');
  largest(times_.total, 45, line).forEach((text) => console.log(text));
}

async function main(): Promise<void> {
  await freshOpens(numberArg('--opens', 9));
  await profiledOpens(numberArg('--profiled', 30));
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
