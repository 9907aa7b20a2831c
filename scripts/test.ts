// `npm test`: every check in one run, in the order a failure is cheapest to find, ending with one summary line.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';

const RESULTS = join(process.cwd(), 'test-results');

interface Stage {
  name: string;
  /**
   * Commands run side by side: tsc, ESLint and Prettier each use one core, so on CI's two the type checks share
   * them instead of running one after the other, and so do lint and format.
   */
  commands: string[][];
  /** Vitest's JSON report, when the stage runs tests. */
  report?: string;
}

const stages: Stage[] = [
  {
    name: 'typecheck',
    commands: [
      ['npx', 'tsc', '-p', 'tsconfig.common.json'],
      ['npx', 'tsc', '-p', 'tsconfig.web.json'],
      ['npx', 'tsc', '-p', 'tsconfig.node.json'],
    ],
  },
  {
    name: 'lint and format',
    commands: [
      ['npx', 'eslint', '--max-warnings', '0', '.'],
      ['npx', 'prettier', '--check', '--log-level', 'warn', '.'],
    ],
  },
  { name: 'build', commands: [['npx', 'electron-vite', 'build', '--logLevel', 'warn']] },
  { name: 'build (server and command line)', commands: [['npx', 'tsx', 'scripts/build-node.ts']] },
  { name: 'Electron checks (electronegativity)', commands: [['npx', 'tsx', 'scripts/electron-checks.ts']] },
  {
    name: 'unit and integration tests',
    commands: [vitest('vitest.config.mts', 'unit.json')],
    report: 'unit.json',
  },
  {
    name: 'end-to-end tests',
    commands: [vitest('vitest.e2e.config.mts', 'e2e.json')],
    report: 'e2e.json',
  },
];

function vitest(config: string, report: string): string[] {
  return [
    'npx',
    'vitest',
    'run',
    '-c',
    config,
    '--reporter=default',
    '--reporter=json',
    `--outputFile.json=${join(RESULTS, report)}`,
  ];
}

const reportSchema = z.object({
  numPassedTests: z.number(),
  numFailedTests: z.number(),
  numPendingTests: z.number(),
  numTodoTests: z.number(),
});

/** Runs the commands at once and resolves to 0 when all pass. One command writes to the terminal as it goes;
 * several would interleave their lines, so each one's output is printed whole when it ends. */
async function runStage(commands: string[][]): Promise<number> {
  const env = { ...process.env, FORCE_COLOR: '0' };
  const alone = commands.length === 1;
  const statuses = await Promise.all(
    commands.map(
      ([command = 'npx', ...args]) =>
        new Promise<number>((resolve) => {
          const child = spawn(command, args, { stdio: alone ? 'inherit' : ['ignore', 'pipe', 'pipe'], env });
          const output: Buffer[] = [];
          child.stdout?.on('data', (chunk: Buffer) => output.push(chunk));
          child.stderr?.on('data', (chunk: Buffer) => output.push(chunk));
          child.on('error', () => resolve(1));
          child.on('close', (status) => {
            process.stdout.write(Buffer.concat(output));
            resolve(status ?? 1);
          });
        }),
    ),
  );
  return statuses.find((status) => status !== 0) ?? 0;
}

async function main(): Promise<void> {
  mkdirSync(RESULTS, { recursive: true });
  const failedStages: string[] = [];
  const totals = { passed: 0, failed: 0, skipped: 0 };
  const times: string[] = [];
  for (const stage of stages) {
    console.log(`\n▶ ${stage.name}`);
    const started = Date.now();
    const status = await runStage(stage.commands);
    times.push(`${stage.name} ${Math.round((Date.now() - started) / 1000)} s`);
    const failedBefore = totals.failed;
    if (stage.report) {
      addReport(join(RESULTS, stage.report), totals);
    }
    if (status !== 0) {
      failedStages.push(stage.name);
      // A stage that failed without a failed test (a type error, a crashed run) still counts as one failure.
      totals.failed += totals.failed === failedBefore ? 1 : 0;
    }
    if (status !== 0 && !stage.report) {
      break;
    }
  }
  // Where the time goes, so a slower suite is seen in the log of the run that made it slower.
  console.log(`\ntimes: ${times.join(', ')}`);
  if (failedStages.length > 0) {
    console.log(`Failed: ${failedStages.join(', ')}`);
  }
  console.log(`tests: ${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`);
  process.exitCode = failedStages.length > 0 ? 1 : 0;
}

function addReport(file: string, totals: { passed: number; failed: number; skipped: number }): void {
  if (!existsSync(file)) {
    return;
  }
  const report = reportSchema.safeParse(JSON.parse(readFileSync(file, 'utf8')));
  if (!report.success) {
    return;
  }
  totals.passed += report.data.numPassedTests;
  totals.failed += report.data.numFailedTests;
  totals.skipped += report.data.numPendingTests + report.data.numTodoTests;
}

void main();
