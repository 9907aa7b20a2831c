import { parseArgs } from 'node:util';
import { defaultDataDir } from '../paths';
import { StoreOpenError } from '../store/database';
import { builtPaths, startBrowserMode, userHome } from './browser-mode';
import { WebHostStartError } from './server';
import { version } from '../../package.json';
import { errorText } from '../../src-common/error-text';

const USAGE = 'Usage: npm run start:web -- [--port <number>] [--data-dir <folder>] [--secrets-passphrase]';

/** Reads the command line; null (after printing why) when it is not usable. */
function readOptions(
  argv: string[],
): { port: number; dataDir: string; staticDir: string | undefined; secretsPassphrase: boolean } | null {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      options: {
        port: { type: 'string' },
        'data-dir': { type: 'string' },
        'static-dir': { type: 'string' },
        'secrets-passphrase': { type: 'boolean' },
      },
    });
  } catch (error) {
    console.error(`${errorText(error)}\n${USAGE}`);
    return null;
  }
  const port = Number(parsed.values.port ?? '0');
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    console.error(`--port must be a whole number from 0 to 65535.\n${USAGE}`);
    return null;
  }
  const dataDir = parsed.values['data-dir'] ?? defaultDataDir(process.platform, process.env, userHome());
  return {
    port,
    dataDir,
    staticDir: parsed.values['static-dir'],
    secretsPassphrase: parsed.values['secrets-passphrase'] === true,
  };
}

async function main(): Promise<void> {
  const options = readOptions(process.argv.slice(2));
  if (!options) {
    process.exitCode = 2;
    return;
  }
  const built = builtPaths(__dirname);
  const mode = await startBrowserMode({
    dataDir: options.dataDir,
    port: options.port,
    staticDir: options.staticDir ?? built.staticDir,
    workerScript: built.workerScript,
    importWorkerScript: built.importWorkerScript,
    secretsPassphrase: options.secretsPassphrase,
    version,
  });
  console.log(`Undersigned is running in browser mode. Open this address (it contains your secret link):`);
  console.log(`  ${mode.host.url}`);
  console.log(`Data folder: ${options.dataDir}`);
  const stop = (): void => {
    mode.close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

main().catch((error: unknown) => {
  const plain = error instanceof WebHostStartError || error instanceof StoreOpenError;
  console.error(plain ? error.message : `Undersigned could not start in browser mode: ${String(error)}`);
  process.exit(1);
});
