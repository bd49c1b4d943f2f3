import { pino, type Logger as PinoLogger } from 'pino';

export type Logger = Pick<PinoLogger, 'debug' | 'info' | 'warn' | 'error' | 'child'>;

export interface LoggerOptions {
  level: 'debug' | 'info' | 'warn' | 'error' | 'silent';
}

/**
 * JSON lines on standard error (standard output belongs to the terminal chat). Addresses,
 * message texts and secrets are never passed to the logger; the redaction list is a second net.
 */
export function createLogger(options: LoggerOptions): Logger {
  return pino(
    {
      level: options.level,
      base: { service: 'duo-bot' },
      redact: {
        paths: ['address', '*.address', 'text', '*.text', 'token', '*.token', 'secret', '*.secret', 'authorization'],
        censor: '[redacted]',
      },
    },
    pino.destination(2),
  );
}

export const silentLogger: Logger = pino({ level: 'silent' });
