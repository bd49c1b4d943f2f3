import type { DestinationStream } from 'pino';
import { createLogger, type Logger } from '../../src/bot/logger.js';

export interface CapturedLog {
  logger: Logger;
  /** Everything written so far, as one text. */
  text(): string;
}

/** A real duo-bot logger at debug level whose JSON lines are kept in memory. */
export function captureLog(hashSecret = 'test-log-hash-secret-0123456789abcdef'): CapturedLog {
  const lines: string[] = [];
  const destination: DestinationStream = { write: (line: string) => void lines.push(line) };
  return { logger: createLogger({ level: 'debug', hashSecret, destination }), text: () => lines.join('') };
}

/** A WhatsApp message id as Meta makes them: base64 of a small binary record that holds the sender's number. */
export function wamidFor(number: string, serial: string): string {
  const record = Buffer.concat([
    Buffer.from([0x1c, 0x18, number.length]),
    Buffer.from(number),
    Buffer.from([0x15, 0x02, 0x00, 0x12, 0x18, 0x14]),
    Buffer.from(serial.padEnd(20, '0').slice(0, 20)),
  ]);
  return `wamid.${record.toString('base64')}`;
}
