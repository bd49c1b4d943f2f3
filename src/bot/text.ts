/** Longest text a flow sees; anything longer is cut (and the person told so). */
export const MAX_TEXT_LENGTH = 1_000;

// C0/C1 controls except tab and newline, bidi marks and isolates, zero-width spaces and BOM
const CONTROL_AND_BIDI =
  // eslint-disable-next-line no-control-regex -- removing control characters is the point
  /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u200B\u200E\u200F\u202A-\u202E\u2066-\u2069\uFEFF]/g;

export interface CleanText {
  text: string;
  truncated: boolean;
}

/** What a person typed, made safe to store and to match: no control characters, bounded length. */
export function cleanInboundText(raw: string): CleanText {
  const text = raw.normalize('NFC').replace(CONTROL_AND_BIDI, '').replace(/\s+/g, ' ').trim();
  const chars = Array.from(text);
  if (chars.length <= MAX_TEXT_LENGTH) return { text, truncated: false };
  return { text: chars.slice(0, MAX_TEXT_LENGTH).join(''), truncated: true };
}

const DIGIT_SETS = ['٠١٢٣٤٥٦٧٨٩', '۰۱۲۳۴۵۶۷۸۹'];

/** Lower case, accents and keycap marks removed, Arabic-Indic and Persian digits made ASCII. */
export function normalizeForMatching(text: string): string {
  let result = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f\u064B-\u065F\u0670\uFE0F\u20E3]/g, '')
    .toLowerCase();
  for (const digits of DIGIT_SETS) {
    result = result.replace(/[٠-٩۰-۹]/g, (digit) => {
      const value = digits.indexOf(digit);
      return value === -1 ? digit : String(value);
    });
  }
  return result.replace(/[\s.,!?;:'"()«»¿¡،؟-]+/g, ' ').trim();
}

/** The forms to match of a locale text listing `|`-separated alternatives ("oui|ouais|ok"). */
export function alternativeForms(alternatives: string): string[] {
  return alternatives
    .split('|')
    .map(normalizeForMatching)
    .filter((form) => form !== '');
}
