/**
 * Documents are kept as JSON (SQLite stores it as JSONB). A Date becomes a string made of a marker character and its ISO
 * form: ISO strings of one length sort like the dates they stand for, so SQLite compares and
 * indexes them directly, and the marker (a control character no text field holds) tells a date
 * from a string when the document is read back.
 */
export const DATE_MARKER = '\u0001';
/** The first string that sorts after every encoded date. */
export const AFTER_DATES = '\u0002';

export function encodeDate(date: Date): string {
  return `${DATE_MARKER}${date.toISOString()}`;
}

export function encodeDocument(doc: object): string {
  return JSON.stringify(withEncodedDates(doc));
}

export function decodeDocument(text: string): Record<string, unknown> {
  const parsed: unknown = JSON.parse(text);
  if (!isRecord(parsed)) throw new Error('a stored document is not a JSON object');
  reviveDates(parsed);
  return parsed;
}

// A walk of the plain values is several times faster than JSON's replacer and reviver callbacks.
function withEncodedDates(value: unknown): unknown {
  if (value instanceof Date) return encodeDate(value);
  if (Array.isArray(value)) return value.map(withEncodedDates);
  if (typeof value === 'object' && value !== null) {
    const encoded: Record<string, unknown> = {};
    for (const [key, child] of Object.entries(value)) encoded[key] = withEncodedDates(child);
    return encoded;
  }
  return value;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function reviveDates(container: Record<string, unknown> | unknown[]): void {
  if (Array.isArray(container)) {
    for (let index = 0; index < container.length; index += 1) container[index] = revived(container[index]);
    return;
  }
  for (const key of Object.keys(container)) container[key] = revived(container[key]);
}

function revived(value: unknown): unknown {
  if (typeof value === 'string') return value.startsWith(DATE_MARKER) ? new Date(value.slice(1)) : value;
  if (Array.isArray(value) || isRecord(value)) reviveDates(value);
  return value;
}
