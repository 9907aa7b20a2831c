// `npm test`: every check in one run, in the order a failure is cheapest to find, ending with one summary line.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';

const RESULTS = join(process.cwd(), 'test-results');

interface Stage {
  name: string;
  command: string[];
  /** Vitest's JSON report, when the stage runs tests. */
  report?: string;
}

const stages: Stage[] = [
  { name: 'typecheck (common)', command: ['npx', 'tsc', '-p', 'tsconfig.common.json'] },
  { name: 'typecheck (renderer)', command: ['npx', 'tsc', '-p', 'tsconfig.web.json'] },
  { name: 'typecheck (node)', command: ['npx', 'tsc', '-p', 'tsconfig.node.json'] },
  { name: 'lint', command: ['npx', 'eslint', '--max-warnings', '0', '.'] },
  { name: 'format', command: ['npx', 'prettier', '--check', '--log-level', 'warn', '.'] },
  { name: 'build', command: ['npx', 'electron-vite', 'build', '--logLevel', 'warn'] },
  { name: 'build (server and command line)', command: ['npx', 'tsx', 'scripts/build-node.ts'] },
  { name: 'Electron checks (electronegativity)', command: ['npx', 'tsx', 'scripts/electron-checks.ts'] },
  {
    name: 'unit and integration tests',
    command: vitest('vitest.config.mts', 'unit.json'),
    report: 'unit.json',
  },
  { name: 'end-to-end tests', command: vitest('vitest.e2e.config.mts', 'e2e.json'), report: 'e2e.json' },
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

function main(): void {
  mkdirSync(RESULTS, { recursive: true });
  const failedStages: string[] = [];
  const totals = { passed: 0, failed: 0, skipped: 0 };
  const times: string[] = [];
  for (const stage of stages) {
    console.log(`\n▶ ${stage.name}`);
    const started = Date.now();
    const run = spawnSync(stage.command[0] ?? 'npx', stage.command.slice(1), {
      stdio: 'inherit',
      env: { ...process.env, FORCE_COLOR: '0' },
    });
    times.push(`${stage.name} ${Math.round((Date.now() - started) / 1000)} s`);
    const failedBefore = totals.failed;
    if (stage.report) {
      addReport(join(RESULTS, stage.report), totals);
    }
    if (run.status !== 0) {
      failedStages.push(stage.name);
      // A stage that failed without a failed test (a type error, a crashed run) still counts as one failure.
      totals.failed += totals.failed === failedBefore ? 1 : 0;
    }
    if (run.status !== 0 && !stage.report) {
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

main();
