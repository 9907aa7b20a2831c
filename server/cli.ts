import { parseArgs } from 'node:util';
import { INSTANCE_KEY_ENV } from './auth';
import { ConfigError, type Limits, type ServerConfigInput } from './config';
import { errorText } from '../src-common/error-text';

/** The command line's usage, printed with any mistake in it. */
export const USAGE = `Usage: npm run server -- [--host 127.0.0.1] [--port 1234] [--data-dir ./server-data]
  [--idle-unload-ms 30000] [--max-message-bytes N] [--max-doc-bytes N] [--messages-per-second N]
  [--message-burst N] [--bytes-per-second N] [--byte-burst N] [--max-connections-per-letter N]
  [--max-send-buffer-bytes N] [--slow-reader-grace-ms N] [--max-total-send-buffer-bytes N]
  [--max-connections N] [--reserved-writer-connections-per-letter N] [--reserved-writer-connections N]
  [--max-presence-bytes N] [--presence-messages-per-second N] [--presence-message-burst N]
  [--presence-bytes-per-second N]
Environment: ${INSTANCE_KEY_ENV} sets the instance key (else it is made once and kept in the data folder).`;

/** Flags that set a limit, and the limit each sets. */
const LIMIT_FLAGS = {
  'max-message-bytes': 'maxMessageBytes',
  'max-doc-bytes': 'maxDocBytes',
  'messages-per-second': 'messagesPerSecond',
  'message-burst': 'messageBurst',
  'bytes-per-second': 'bytesPerSecond',
  'byte-burst': 'byteBurst',
  'max-connections-per-letter': 'maxConnectionsPerLetter',
  'max-send-buffer-bytes': 'maxSendBufferBytes',
  'slow-reader-grace-ms': 'slowReaderGraceMs',
  'max-total-send-buffer-bytes': 'maxTotalSendBufferBytes',
  'max-connections': 'maxConnections',
  'reserved-writer-connections-per-letter': 'reservedWriterConnectionsPerLetter',
  'reserved-writer-connections': 'reservedWriterConnections',
  'max-presence-bytes': 'maxPresenceBytes',
  'presence-messages-per-second': 'presenceMessagesPerSecond',
  'presence-message-burst': 'presenceMessageBurst',
  'presence-bytes-per-second': 'presenceBytesPerSecond',
} as const satisfies Record<string, keyof Limits>;

/** Reads the command line and environment into a configuration; throws {@link ConfigError} on a mistake. */
export function readCommandLine(argv: string[], env: NodeJS.ProcessEnv): ServerConfigInput {
  // Asked for, the usage is the answer rather than a mistake: printed to standard output, and the command succeeds.
  if (argv.includes('--help') || argv.includes('-h')) {
    process.stdout.write(`${USAGE}\n`);
    process.exit(0);
  }
  const numberFlags = ['port', 'idle-unload-ms', ...Object.keys(LIMIT_FLAGS)];
  let values: Record<string, string | boolean | undefined>;
  try {
    values = parseArgs({
      args: argv,
      options: {
        host: { type: 'string' },
        'data-dir': { type: 'string' },
        ...Object.fromEntries(numberFlags.map((flag) => [flag, { type: 'string' as const }])),
      },
    }).values;
  } catch (error) {
    throw new ConfigError(errorText(error));
  }
  const limits: Partial<Limits> = {};
  for (const [flag, key] of Object.entries(LIMIT_FLAGS)) {
    const value = numberFlag(values, flag);
    if (value !== undefined) {
      limits[key] = value;
    }
  }
  return {
    host: stringFlag(values, 'host'),
    port: numberFlag(values, 'port'),
    dataDir: stringFlag(values, 'data-dir'),
    idleUnloadMs: numberFlag(values, 'idle-unload-ms'),
    instanceKey: env[INSTANCE_KEY_ENV] || undefined,
    limits,
  };
}

function stringFlag(values: Record<string, string | boolean | undefined>, flag: string): string | undefined {
  const value = values[flag];
  return typeof value === 'string' ? value : undefined;
}

function numberFlag(values: Record<string, string | boolean | undefined>, flag: string): number | undefined {
  const text = stringFlag(values, flag);
  if (text === undefined) {
    return undefined;
  }
  const value = Number(text);
  if (text.trim() === '' || !Number.isInteger(value) || value < 0) {
    throw new ConfigError(`--${flag} must be a whole number.`);
  }
  return value;
}
