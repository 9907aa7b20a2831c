import { resolve } from 'node:path';
import { readCommandLine, USAGE } from './cli';
import { startServer } from './server';
import { errorText } from '../src-common/error-text';

// `npm run server -- --host 127.0.0.1 --port 1234 --data-dir ./server-data`: the collaboration server's entry.
async function main(): Promise<void> {
  let input;
  try {
    input = readCommandLine(process.argv.slice(2), process.env);
  } catch (error) {
    console.error(`${errorText(error)}\n${USAGE}`);
    process.exitCode = 2;
    return;
  }
  const server = await startServer(input);
  console.log(`Undersigned collaboration server listening on ${server.url}`);
  console.log(`Data folder: ${resolve(server.config.dataDir)}`);
  const stop = (): void => {
    server.close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

main().catch((error: unknown) => {
  console.error(`The collaboration server could not start: ${errorText(error)}`);
  process.exit(1);
});
