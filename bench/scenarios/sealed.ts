import { median } from '../lib/stats';
import { percentile } from '../lib/percentile';
import { bundledSealedReader, openPlaintext, prepareStoredLetter, seedReference } from '../lib/sealed-open';
import { LatencyLog } from '../lib/sync-clients';
import {
  cpuSeconds,
  referenceEndpoint,
  startOurs,
  startReference,
  type BenchServer,
} from '../lib/sync-servers';
import type { Figure } from '../lib/types';
import { spawnServer } from '../../tests/soak/server-process';
import { tempDir } from '../../tests/support/temp';

/** Picks this scenario on the command line. */
export const name = 'sealed';

/** Printed while the scenario runs. */
export const description =
  'the sealed relay beside the reference @y/websocket-server (plaintext, in memory): edit A → B at 1 and 50 ' +
  'clients on 10 letters, and opening a letter of 10,000 updates stored as a snapshot and a 500-update tail';

const LETTERS = 10;
const LEVELS = [1, 50] as const;
const TYPE_EVERY_MS = 50;
const WARM_UP_MS = 2_000;
const DRAIN_MS = 1_000;
const MEASURE_MS = 5_000;
const OPEN_SAMPLES = 5;
const TOTAL_UPDATES = 10_000;
const TAIL = 500;

/** Who connects where: one typist per letter (so typists never open others' envelopes), the rest read. */
function layout(clients: number): { letter: number; typist: boolean }[] {
  if (clients === 1) {
    // One client alone has nobody to send to: one typist, watched by one reader that never writes.
    return [
      { letter: 0, typist: true },
      { letter: 0, typist: false },
    ];
  }
  const typists = Math.max(1, Math.min(LETTERS, Math.round(clients / 5)));
  return Array.from({ length: clients }, (_, index) => ({
    letter: index % LETTERS,
    typist: index < typists,
  }));
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

function seeded(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state * 1_664_525 + 1_013_904_223) >>> 0;
    return state / 4_294_967_296;
  };
}

/** Edits typed for a few seconds: the latencies of their arrival at every other client, and the server's CPU. */
async function measureRelay(
  start: () => Promise<BenchServer>,
  clients: number,
): Promise<{ latencies: number[]; cpu: number }> {
  const server = await start();
  const log = new LatencyLog();
  const plan = layout(clients);
  const sockets = plan.map(({ letter, typist }) => server.connect(letter, typist, log));
  const timers: NodeJS.Timeout[] = [];
  try {
    await Promise.race([
      Promise.all(sockets.map((socket) => socket.synced)),
      sleep(30_000).then(() => Promise.reject(new Error('The clients did not sync within 30 s.'))),
    ]);
    const random = seeded(clients);
    sockets
      .filter((_, index) => plan[index]?.typist === true)
      .forEach((typist) => timers.push(setInterval(() => typist.type(random), TYPE_EVERY_MS)));
    await sleep(WARM_UP_MS);
    log.open();
    const cpuBefore = cpuSeconds(server.pid);
    const startedAt = performance.now();
    await sleep(MEASURE_MS);
    const cpu = (cpuSeconds(server.pid) - cpuBefore) / ((performance.now() - startedAt) / 1000);
    log.close();
    timers.forEach((timer) => clearInterval(timer));
    await sleep(DRAIN_MS);
    return { latencies: log.samples, cpu };
  } finally {
    timers.forEach((timer) => clearInterval(timer));
    sockets.forEach((socket) => socket.close());
    await server.stop();
  }
}

async function relayFigures(clients: number): Promise<Figure[]> {
  const sealed = await measureRelay(() => startOurs(LETTERS), clients);
  const plain = await measureRelay(startReference, clients);
  const label = clients === 1 ? '1 client' : `${clients} clients`;
  const latency = (p: number, target: Figure['target']): Figure => ({
    name: `${label}: sealed relay A → B, p${p}`,
    unit: 'ms',
    ours: percentile(sealed.latencies, p),
    baseline: percentile(plain.latencies, p),
    target,
    detail: { samples: { sealed: sealed.latencies.length, reference: plain.latencies.length } },
  });
  return [
    // The bound: relay latency p50 within 1.5× a plaintext relay's; ours has no plaintext mode any more, so
    // the reference relay (which stores nothing) stands in, measured in the same run.
    latency(50, { maxRatio: 1.5 }),
    latency(99, {}),
    { name: `${label}: sealed server CPU`, unit: 's/s', ours: sealed.cpu, baseline: plain.cpu, target: {} },
  ];
}

/**
 * Opening the same letter: sealed from our server, cold (a fresh server process each time, reading SQLite), and
 * plaintext from the reference relay, warm (the letter already in its memory, held there by the socket that sent
 * it). The baseline is the faster of the two settings, so the ratio can only flatter the plaintext side.
 */
async function openFigure(): Promise<Figure> {
  const stored = await prepareStoredLetter(tempDir('undersigned-bench-open-'), TOTAL_UPDATES, TAIL);
  const openSealed = await bundledSealedReader();
  const reference = await startReference();
  const endpoint = referenceEndpoint(reference.port, 'open');
  const seeder = await seedReference(endpoint, stored.state);
  const sealed: number[] = [];
  const plain: number[] = [];
  try {
    for (let sample = 0; sample < OPEN_SAMPLES; sample += 1) {
      plain.push(await openPlaintext(endpoint, TOTAL_UPDATES));
      const server = await spawnServer(stored.dataDir);
      try {
        const port = new URL(server.url).port;
        const url = stored.sealed.endpoint.url.replace(/:\d+\//u, `:${port}/`);
        sealed.push(
          await openSealed({ ...stored.sealed, endpoint: { ...stored.sealed.endpoint, url } }, TOTAL_UPDATES),
        );
      } finally {
        await server.kill();
      }
    }
  } finally {
    seeder.close();
    await reference.stop();
  }
  return {
    name: `open a letter of ${TOTAL_UPDATES} updates (snapshot + ${TAIL}), sealed`,
    unit: 'ms',
    ours: median(sealed),
    baseline: median(plain),
    // The bound: within 2× the plaintext open of the same letter.
    target: { maxRatio: 2 },
    samples: { ours: sealed, baseline: plain },
  };
}

export async function run(): Promise<Figure[]> {
  const figures: Figure[] = [];
  for (const clients of LEVELS) {
    figures.push(...(await relayFigures(clients)));
  }
  figures.push(await openFigure());
  return figures;
}
