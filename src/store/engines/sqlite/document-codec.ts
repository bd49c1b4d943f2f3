/**
 * Documents are kept as JSON text. A Date becomes a string made of a marker character and its ISO
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
  return JSON.stringify(doc, function (this: Record<string, unknown>, key, value: unknown) {
    const raw = this[key];
    return raw instanceof Date ? encodeDate(raw) : value;
  });
}

export function decodeDocument(text: string): Record<string, unknown> {
  const parsed: unknown = JSON.parse(text, (_key, value: unknown) =>
    typeof value === 'string' && value.startsWith(DATE_MARKER) ? new Date(value.slice(1)) : value,
  );
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    throw new Error('a stored document is not a JSON object');
  }
  return Object.fromEntries(Object.entries(parsed));
}
