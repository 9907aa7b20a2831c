// `npm run bench [-- <scenario>]`: runs the scenarios, writes bench/results/<scenario>.json, prints one table.
// Exit code: 0 all figures met their targets, 1 a figure missed its target or a scenario failed, 2 bad arguments.
import { join } from 'node:path';
import { loadScenarios } from './lib/load';
import { writeResult } from './lib/results';
import { describeFailures, exitCodeFor, formatTable } from './lib/table';
import type { Outcome, Scenario } from './lib/types';

const SCENARIOS_DIR = join(__dirname, 'scenarios');
const RESULTS_DIR = join(__dirname, 'results');

async function runScenario(scenario: Scenario): Promise<Outcome> {
  // Progress goes to stderr so stdout holds only the table and its failure lines.
  console.error(`Running ${scenario.name}: ${scenario.description}`);
  try {
    return { scenario: scenario.name, figures: await scenario.run() };
  } catch (error) {
    return {
      scenario: scenario.name,
      figures: [],
      error: error instanceof Error ? error.message : String(error),
    };
  }
}

function select(scenarios: Scenario[], args: string[]): Scenario[] | null {
  const known = scenarios.map((scenario) => scenario.name).join(', ');
  if (args.length > 1) {
    console.error(`Usage: npm run bench [-- <scenario>], one scenario at most; known scenarios: ${known}.`);
    return null;
  }
  const wanted = args[0];
  if (wanted === undefined) {
    return scenarios;
  }
  const chosen = scenarios.filter((scenario) => scenario.name === wanted);
  if (chosen.length === 0) {
    console.error(`Unknown scenario "${wanted}"; known scenarios: ${known}.`);
    return null;
  }
  return chosen;
}

async function main(): Promise<number> {
  const selected = select(await loadScenarios(SCENARIOS_DIR), process.argv.slice(2));
  if (!selected) {
    return 2;
  }
  const outcomes: Outcome[] = [];
  for (const scenario of selected) {
    const outcome = await runScenario(scenario);
    writeResult(RESULTS_DIR, outcome);
    outcomes.push(outcome);
  }
  console.log(formatTable(outcomes));
  for (const line of describeFailures(outcomes)) {
    console.log(line);
  }
  return exitCodeFor(outcomes);
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error(`The benchmark runner failed: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 1;
  },
);
