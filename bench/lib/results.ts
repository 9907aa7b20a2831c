import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, platform } from 'node:os';
import { join } from 'node:path';
import { judge } from './table';
import type { Outcome } from './types';

/** Writes `<dir>/<scenario>.json`: the figures with their verdicts, and what they were measured on. */
export function writeResult(dir: string, outcome: Outcome): string {
  mkdirSync(dir, { recursive: true });
  const file = join(dir, `${outcome.scenario}.json`);
  const record = {
    scenario: outcome.scenario,
    measuredAt: new Date().toISOString(),
    machine: { platform: platform(), cpus: cpus().length, node: process.version },
    ...(outcome.error === undefined ? {} : { error: outcome.error }),
    figures: outcome.figures.map((figure) => ({ ...figure, ...judge(figure) })),
  };
  writeFileSync(file, `${JSON.stringify(record, null, 2)}\n`);
  return file;
}
