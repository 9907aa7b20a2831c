/** Limits that protect the server from one connection's traffic; each violation closes that connection only. */
export interface Limits {
  /** Largest WebSocket message accepted, in bytes (also the largest single change a client can send). */
  maxMessageBytes: number;
  /** Largest a letter may grow to on the server, in bytes of stored envelopes and snapshot. */
  maxDocBytes: number;
  /** Messages a connection may send per second, sustained. */
  messagesPerSecond: number;
  /** Messages a connection may send at once before the sustained rate applies. */
  messageBurst: number;
  /** Bytes a connection may send per second, sustained. */
  bytesPerSecond: number;
  /** Bytes a connection may send at once before the sustained rate applies. */
  byteBurst: number;
  /** Open connections one letter may have. */
  maxConnectionsPerLetter: number;
  /** Largest HTTP request body, in bytes. */
  maxHttpBodyBytes: number;
  /** Bytes waiting to be written to one socket above which it counts as not reading. */
  maxSendBufferBytes: number;
  /** How long a socket may stay over `maxSendBufferBytes` before it is closed, in milliseconds. */
  slowReaderGraceMs: number;
  /** Bytes waiting to be written to all sockets together; past it the sockets holding the most are closed. */
  maxTotalSendBufferBytes: number;
  /** Open connections the whole server may have. */
  maxConnections: number;
  /** Connections of a letter that only owners and editors may take (viewers get the others). */
  reservedWriterConnectionsPerLetter: number;
  /** Connections of the server that only owners and editors may take. */
  reservedWriterConnections: number;
  /** Largest presence (awareness) message, in bytes. */
  maxPresenceBytes: number;
  /** Presence messages (and requests for everyone's presence) a connection may send per second, sustained. */
  presenceMessagesPerSecond: number;
  /** Presence messages a connection may send at once. */
  presenceMessageBurst: number;
  /** Presence bytes a connection may send per second, sustained. */
  presenceBytesPerSecond: number;
}

/** Everything the collaboration server can be told; {@link resolveConfig} fills the rest with defaults. */
export interface ServerConfig {
  host: string;
  /** 0 picks a free port. */
  port: number;
  /** Holds the database (`collab.sqlite`) and the instance key file. */
  dataDir: string;
  /** The instance key; when absent it is read from, or created in, the data folder. */
  instanceKey: string | undefined;
  /** How long a letter nobody is connected to stays in memory, in milliseconds. */
  idleUnloadMs: number;
  /** How long an editor's client may take to upload a sealed letter's snapshot after the lease is granted. */
  snapshotLeaseMs: number;
  limits: Limits;
  /** Where the server reports what it does (start-up, refused writes); one line per call. */
  log: (line: string) => void;
}

/** What a caller may pass: some or all fields, with limits merged field by field over the defaults. */
export type ServerConfigInput = Partial<Omit<ServerConfig, 'limits'>> & {
  limits?: Partial<Limits>;
};

const MIB = 1024 * 1024;

/** The limits a server runs with unless told otherwise: roomy for a letter, tight for abuse. */
export const DEFAULT_LIMITS: Readonly<Limits> = {
  maxMessageBytes: 16 * MIB,
  maxDocBytes: 64 * MIB,
  messagesPerSecond: 100,
  messageBurst: 500,
  bytesPerSecond: 4 * MIB,
  byteBurst: 32 * MIB,
  maxConnectionsPerLetter: 50,
  maxHttpBodyBytes: 16 * 1024,
  // A whole letter may be on its way to a slow joiner: room for a large one, and time for it to arrive.
  maxSendBufferBytes: 16 * MIB,
  slowReaderGraceMs: 15_000,
  maxTotalSendBufferBytes: 256 * MIB,
  maxConnections: 1_000,
  reservedWriterConnectionsPerLetter: 10,
  reservedWriterConnections: 50,
  // A name, a colour and a caret take a few hundred bytes; a caret moves with every keystroke.
  maxPresenceBytes: 16 * 1024,
  presenceMessagesPerSecond: 30,
  presenceMessageBurst: 120,
  presenceBytesPerSecond: 64 * 1024,
};

/** The defaults of `npm run server`. */
export const DEFAULT_CONFIG: Readonly<Omit<ServerConfig, 'limits' | 'log'>> = {
  host: '127.0.0.1',
  port: 1234,
  dataDir: './server-data',
  instanceKey: undefined,
  idleUnloadMs: 30_000,
  snapshotLeaseMs: 30_000,
};

/** Merges a partial configuration over the defaults and checks every number. */
export function resolveConfig(input: ServerConfigInput = {}): ServerConfig {
  const config: ServerConfig = {
    host: input.host ?? DEFAULT_CONFIG.host,
    port: input.port ?? DEFAULT_CONFIG.port,
    dataDir: input.dataDir ?? DEFAULT_CONFIG.dataDir,
    instanceKey: input.instanceKey ?? DEFAULT_CONFIG.instanceKey,
    idleUnloadMs: input.idleUnloadMs ?? DEFAULT_CONFIG.idleUnloadMs,
    snapshotLeaseMs: input.snapshotLeaseMs ?? DEFAULT_CONFIG.snapshotLeaseMs,
    limits: { ...DEFAULT_LIMITS, ...input.limits },
    log: input.log ?? ((line) => console.log(line)),
  };
  assertValid(config);
  return config;
}

/** Thrown for a configuration the server cannot run with; the message names the setting. */
export class ConfigError extends Error {
  override name = 'ConfigError';
}

function assertValid(config: ServerConfig): void {
  if (!Number.isInteger(config.port) || config.port < 0 || config.port > 65_535) {
    throw new ConfigError('port must be a whole number from 0 to 65535.');
  }
  if (config.host.trim() === '' || config.dataDir.trim() === '') {
    throw new ConfigError('host and data folder must not be empty.');
  }
  const numbers: [string, number][] = [
    ['idleUnloadMs', config.idleUnloadMs],
    ['snapshotLeaseMs', config.snapshotLeaseMs],
    ...Object.entries(config.limits),
  ];
  for (const [name, value] of numbers) {
    if (!Number.isFinite(value) || value <= 0) {
      throw new ConfigError(`${name} must be a positive number.`);
    }
  }
  const { limits } = config;
  if (
    limits.reservedWriterConnectionsPerLetter >= limits.maxConnectionsPerLetter ||
    limits.reservedWriterConnections >= limits.maxConnections
  ) {
    throw new ConfigError('The connections reserved for writers must leave some for viewers.');
  }
}
