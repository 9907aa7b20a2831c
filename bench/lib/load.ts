import { readdirSync } from 'node:fs';
import { basename, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Scenario } from './types';

/** Imports every `*.ts` module in `dir`, sorted by name; each must export `name` (its file name), `description` and `run`. */
export async function loadScenarios(dir: string): Promise<Scenario[]> {
  const files = readdirSync(dir)
    .filter((file) => file.endsWith('.ts'))
    .sort();
  const scenarios: Scenario[] = [];
  for (const file of files) {
    const loaded: unknown = await import(pathToFileURL(join(dir, file)).href);
    const scenario = scenarioIn(loaded);
    if (!scenario) {
      throw new Error(`${file} does not export name, description and run().`);
    }
    // The name picks the scenario on the command line and names its results file, so it must match the file.
    if (scenario.name !== basename(file, '.ts')) {
      throw new Error(`${file} exports the name "${scenario.name}"; it must be "${basename(file, '.ts')}".`);
    }
    scenarios.push(scenario);
  }
  return scenarios;
}

// Depending on how the module was compiled, the exports sit on the namespace itself or on its `default`.
function scenarioIn(loaded: unknown): Scenario | null {
  if (isScenario(loaded)) {
    return loaded;
  }
  if (typeof loaded === 'object' && loaded !== null && 'default' in loaded && isScenario(loaded.default)) {
    return loaded.default;
  }
  return null;
}

function isScenario(value: unknown): value is Scenario {
  return (
    typeof value === 'object' &&
    value !== null &&
    'name' in value &&
    typeof value.name === 'string' &&
    'description' in value &&
    typeof value.description === 'string' &&
    'run' in value &&
    typeof value.run === 'function'
  );
}
