const graphemes = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

const ELLIPSIS = '…';

/**
 * The length checked against Meta's limits. Meta documents its limits in "characters" without
 * saying which; UTF-16 code units are never fewer than code points or graphemes, so a text that
 * fits by this measure fits by any of them (Arabic letters and accented Latin count one each).
 */
export function measureLength(text: string): number {
  return text.length;
}

export function fitsWithin(text: string, maxLength: number): boolean {
  return measureLength(text) <= maxLength;
}

/** Shortens to at most maxLength, ending with "…", cutting only between graphemes (never inside an emoji or a letter with its marks). */
export function truncateText(text: string, maxLength: number): string {
  if (fitsWithin(text, maxLength)) return text;
  const room = maxLength - measureLength(ELLIPSIS);
  let kept = '';
  for (const { segment } of graphemes.segment(text)) {
    if (measureLength(kept + segment) > room) break;
    kept += segment;
  }
  return `${kept.trimEnd()}${ELLIPSIS}`;
}

/**
 * Splits a long text into parts of at most maxLength, at the last paragraph break that fits,
 * else the last line break, else the last space, else between two graphemes.
 */
export function splitText(text: string, maxLength: number): string[] {
  const parts: string[] = [];
  let rest = text.trim();
  while (!fitsWithin(rest, maxLength)) {
    const cut = findCut(rest, maxLength);
    const part = rest.slice(0, cut).trimEnd();
    if (part !== '') parts.push(part);
    rest = rest.slice(cut).trimStart();
  }
  if (rest !== '') parts.push(rest);
  return parts;
}

function findCut(text: string, maxLength: number): number {
  const window = text.slice(0, maxLength + 1);
  for (const separator of ['\n\n', '\n', ' ']) {
    const at = window.lastIndexOf(separator, maxLength - separator.length);
    if (at > 0) return at + separator.length;
  }
  let cut = 0;
  for (const { index, segment } of graphemes.segment(text)) {
    if (index + segment.length > maxLength) break;
    cut = index + segment.length;
  }
  // A single grapheme longer than the limit (a pathological run of combining marks): cut anyway.
  return cut > 0 ? cut : maxLength;
}
