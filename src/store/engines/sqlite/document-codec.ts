/**
 * Documents are kept as JSON (SQLite stores it as JSONB). A Date becomes a string made of a
 * marker character and its ISO form: ISO strings of one length sort like the dates they stand
 * for, so SQLite compares and indexes them directly, and the marker tells a date from a string
 * when the document is read back. A string that itself starts with either control character
 * (anyone can type one) is stored behind an escape character, removed again on reading.
 */
export const DATE_MARKER = '\u0001';
/** The first string that sorts after every encoded date. */
export const AFTER_DATES = '\u0002';

const ESCAPE = AFTER_DATES;

/** The two dates encoded last (about seven encodings in ten are one of them). */
const recentDates = { time1: Number.NaN, text1: '', time2: Number.NaN, text2: '' };

/**
 * ISO strings sort like dates only at one length: years 0–9999 are written with four digits, others
 * with a sign and six ("+275760-…", the latest Date, a common "no upper bound"). Every year is
 * written the long way, and years before 0 behind a character that sorts before "+".
 */
export function encodeDate(date: Date): string {
  const time = date.getTime();
  // A turn writes the same few moments again and again (received, now, a lease, a purge date):
  // the last two are kept. An invalid date (NaN) never equals one and throws below, as before.
  if (time === recentDates.time1) return recentDates.text1;
  if (time === recentDates.time2) return recentDates.text2;
  const iso = date.toISOString();
  const text = iso.startsWith('-')
    ? `${DATE_MARKER}${BEFORE_YEAR_ZERO}${iso}`
    : `${DATE_MARKER}${iso.startsWith('+') ? iso : `+00${iso}`}`;
  recentDates.time2 = recentDates.time1;
  recentDates.text2 = recentDates.text1;
  recentDates.time1 = time;
  recentDates.text1 = text;
  return text;
}

const BEFORE_YEAR_ZERO = '!';

function decodeDate(stored: string): Date {
  return new Date(stored.startsWith(BEFORE_YEAR_ZERO) ? stored.slice(1) : stored);
}

/** A string as stored and compared: escaped when it could be read as a date or an escape. */
export function encodeString(text: string): string {
  return text.startsWith(DATE_MARKER) || text.startsWith(ESCAPE) ? `${ESCAPE}${text}` : text;
}

/** The string `encodeString` stored. */
export function decodeString(stored: string): string {
  return stored.startsWith(ESCAPE) ? stored.slice(1) : stored;
}

export function encodeDocument(doc: object): string {
  return JSON.stringify(withEncodedDates(doc));
}

/** One field's value as JSON text, as it is stored inside a document (never undefined). */
export function encodeValue(value: unknown): string {
  // JSON.stringify gives undefined for undefined, which a field never holds once stored.
  if (value === undefined) return 'null';
  return JSON.stringify(withEncodedDates(value));
}

export function decodeDocument(text: string): Record<string, unknown> {
  const parsed: unknown = JSON.parse(text);
  if (!isRecord(parsed)) throw new Error('a stored document is not a JSON object');
  reviveDates(parsed);
  return parsed;
}

// A walk of the plain values is several times faster than JSON's replacer and reviver callbacks.
// It copies only what changes (a date, an escaped string) and the objects and arrays above it:
// the rest is handed to JSON.stringify as it is, which writes the same text.
function withEncodedDates(value: unknown): unknown {
  if (typeof value === 'string') return encodeString(value);
  if (typeof value !== 'object' || value === null) return value;
  if (value instanceof Date) return encodeDate(value);
  if (Array.isArray(value)) {
    let copy: unknown[] | null = null;
    for (let index = 0; index < value.length; index += 1) {
      const item: unknown = value[index];
      const encoded = withEncodedDates(item);
      if (encoded !== item && copy === null) copy = value.slice(0, index);
      if (copy !== null) copy.push(encoded);
    }
    return copy ?? value;
  }
  if (!isRecord(value)) return value;
  let copy: Record<string, unknown> | null = null;
  const keys = Object.keys(value);
  let index = 0;
  for (const key of keys) {
    const child = value[key];
    const encoded = withEncodedDates(child);
    if (encoded !== child && copy === null) {
      copy = {};
      for (const earlier of keys.slice(0, index)) copy[earlier] = value[earlier];
    }
    if (copy !== null) copy[key] = encoded;
    index += 1;
  }
  return copy ?? value;
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
  if (typeof value === 'string') {
    if (value.startsWith(DATE_MARKER)) return decodeDate(value.slice(1));
    return value.startsWith(ESCAPE) ? value.slice(1) : value;
  }
  if (Array.isArray(value) || isRecord(value)) reviveDates(value);
  return value;
}
