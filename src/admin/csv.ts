export type CsvCell = string | number | boolean | null;

/**
 * RFC 4180 text with a header row. A cell that a spreadsheet would run as a formula (=, +, -, @)
 * is prefixed with an apostrophe, since answers are typed by the public.
 */
export function toCsv(header: readonly string[], rows: readonly CsvCell[][]): string {
  const cell = (value: CsvCell): string => {
    if (value === null) return '';
    let text = String(value);
    if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
    return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
  };
  return [header, ...rows].map((row) => row.map(cell).join(',')).join('\r\n') + '\r\n';
}
