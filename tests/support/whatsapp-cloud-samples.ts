import { readFileSync } from 'node:fs';

const SAMPLES = new URL('../fixtures/whatsapp-cloud/', import.meta.url);

/** One of Meta's documented payloads (tests/fixtures/whatsapp-cloud), as bytes exactly as stored. */
export function readSample(name: string): string {
  return readFileSync(new URL(name, SAMPLES), 'utf8');
}

export function parseSample(name: string): unknown {
  return JSON.parse(readSample(name));
}
