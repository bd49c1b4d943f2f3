import { createHmac } from 'node:crypto';

/**
 * The logger's second net: whatever a log line was given, personal data leaves as a keyed hash
 * (the same value always gives the same hash, so lines can still be correlated) or not at all.
 * A WhatsApp message id (`wamid.…`) is base64 that contains the sender's number, so it is
 * treated like the number itself.
 */
export type Hash = (value: string) => string;

const HASH_PREFIX = 'hmac:';

export function createHash(secret: string): Hash {
  return (value) => `${HASH_PREFIX}${createHmac('sha256', secret).update(value).digest('base64url').slice(0, 16)}`;
}

/**
 * pino serializers for the same keys, which pino also applies to a child logger's bindings
 * (the log formatter never sees those). A value hashed already is left as it is.
 */
export function createKeySerializers(hash: Hash): Record<string, (value: unknown) => unknown> {
  const serializers: Record<string, (value: unknown) => unknown> = {};
  for (const key of HASHED_KEYS) {
    serializers[key] = (value) =>
      (typeof value === 'string' && !value.startsWith(HASH_PREFIX)) || typeof value === 'number'
        ? hash(String(value))
        : value;
  }
  for (const key of DROPPED_KEYS) serializers[key] = (value) => (value === undefined ? value : REDACTED);
  return serializers;
}

/** Identifiers of a person or of their messages: kept as hashes. */
const HASHED_KEYS = new Set([
  'address',
  'providerMessageId',
  'entryId',
  'from',
  'to',
  'wa_id',
  'recipient_id',
  'phone',
  'phoneNumber',
  'userId',
  'user',
]);

/** What people wrote or are called, and secrets: never written. */
const DROPPED_KEYS = new Set([
  'text',
  'body',
  'name',
  'firstName',
  'first_name',
  'displayName',
  'profile',
  'answer',
  'answers',
  'token',
  'accessToken',
  'secret',
  'appSecret',
  'password',
  'authorization',
]);

const REDACTED = '[redacted]';
const MAX_DEPTH = 6;

const WAMID = /wamid\.[A-Za-z0-9+/=_-]+/g;
/** A run of base64 long enough to hold a phone number once decoded. */
const BASE64_RUN = /(?<![A-Za-z0-9+/_:-])[A-Za-z0-9+/_-]{14,}={0,2}/g;
/** 8 to 15 digits (E.164 numbers), optionally after +, not inside a longer word or id. */
const DIGIT_RUN = /(?<![\w.:/-])\+?\d{8,15}(?![\w-])/g;

/** Replaces message ids, numbers and base64 that hides a number, inside any text. */
export function scrubText(text: string, hash: Hash): string {
  return text
    .replace(WAMID, (match) => hash(match))
    .replace(BASE64_RUN, (match) => (hidesNumber(match) ? hash(match) : match))
    .replace(DIGIT_RUN, (match) => hash(match));
}

/** Only the message ids and base64-wrapped numbers: safe to run over a whole serialised JSON line. */
export function scrubLine(line: string, hash: Hash): string {
  return line
    .replace(WAMID, (match) => hash(match))
    .replace(BASE64_RUN, (match) => (hidesNumber(match) ? hash(match) : match));
}

function hidesNumber(candidate: string): boolean {
  const decoded = Buffer.from(candidate.replace(/-/g, '+').replace(/_/g, '/'), 'base64').toString('latin1');
  return /\d{8,}/.test(decoded);
}

/** A copy of a log record with identifiers hashed, texts and secrets dropped, and every string scrubbed. */
export function scrubRecord(record: Record<string, unknown>, hash: Hash): Record<string, unknown> {
  const result: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(record)) result[key] = scrubField({ key, value, hash, depth: 0 });
  return result;
}

function scrubField(field: { key: string; value: unknown; hash: Hash; depth: number }): unknown {
  const { key, value, hash, depth } = field;
  if (value === undefined || value === null) return value;
  if (DROPPED_KEYS.has(key)) return REDACTED;
  if (HASHED_KEYS.has(key) && (typeof value === 'string' || typeof value === 'number')) return hash(String(value));
  return scrubValue({ value, hash, depth });
}

function scrubValue(options: { value: unknown; hash: Hash; depth: number }): unknown {
  const { value, hash, depth } = options;
  if (typeof value === 'string') return scrubText(value, hash);
  if (typeof value !== 'object' || value === null) return value;
  if (depth >= MAX_DEPTH) return '[nested too deep]';
  if (value instanceof Date) return value;
  if (value instanceof Error) return scrubError({ error: value, hash, depth });
  if (Array.isArray(value)) return value.map((item: unknown) => scrubValue({ value: item, hash, depth: depth + 1 }));
  const result: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value)) {
    result[key] = scrubField({ key, value: item, hash, depth: depth + 1 });
  }
  return result;
}

/** A copy of an error (name, message, stack, cause) with each text scrubbed, for pino to print. */
function scrubError(options: { error: Error; hash: Hash; depth: number }): Error {
  const { error, hash, depth } = options;
  const cause = error.cause === undefined ? {} : { cause: scrubValue({ value: error.cause, hash, depth: depth + 1 }) };
  const copy = new Error(scrubText(error.message, hash), cause);
  copy.name = error.name;
  copy.stack = error.stack === undefined ? '' : scrubText(error.stack, hash);
  return copy;
}
