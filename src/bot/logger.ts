import { randomBytes } from 'node:crypto';
import { pino, type DestinationStream, type Logger as PinoLogger } from 'pino';
import { createHash, createKeySerializers, scrubLine, scrubRecord, scrubText } from './log-scrub.js';

export type Logger = Pick<PinoLogger, 'debug' | 'info' | 'warn' | 'error' | 'child'>;

export interface LoggerOptions {
  level: 'debug' | 'info' | 'warn' | 'error' | 'silent';
  /**
   * The key of the hashes that stand in for phone numbers and message ids in the log
   * (DUO_LOG_HASH_SECRET, or the one kept in the data folder). Without it, a random key for this
   * process only: lines still correlate, but not across restarts.
   */
  hashSecret?: string;
  /** Where the JSON lines go: standard error unless a test captures them. */
  destination?: DestinationStream;
}

/**
 * JSON lines on standard error (standard output belongs to the terminal chat). Addresses,
 * message texts and secrets are never passed to the logger; the scrubbing here is a second net:
 * identifiers become keyed hashes, texts and names are dropped, and any phone number or WhatsApp
 * message id left in a message or an error's text is hashed too.
 */
export function createLogger(options: LoggerOptions): Logger {
  const hash = createHash(options.hashSecret ?? randomBytes(32).toString('hex'));
  return pino(
    {
      level: options.level,
      base: { service: 'duo-bot' },
      serializers: { ...createKeySerializers(hash), err: pino.stdSerializers.err },
      formatters: {
        log: (record) => scrubRecord(record, hash),
        bindings: (bindings) => scrubRecord(bindings, hash),
      },
      hooks: {
        logMethod(args, method) {
          args.forEach((arg: unknown, index) => {
            if (typeof arg === 'string') args[index] = scrubText(arg, hash);
          });
          method.apply(this, args);
        },
        streamWrite: (line) => scrubLine(line, hash),
      },
    },
    options.destination ?? pino.destination(2),
  );
}

export const silentLogger: Logger = pino({ level: 'silent' });
