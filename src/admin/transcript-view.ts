import { transcriptText } from '../bot/render.js';
import type { Translator } from '../locales/index.js';
import type { TranscriptLine } from '../store/index.js';

export interface TranscriptItem {
  at: string;
  direction: 'in' | 'out';
  text: string;
  /** The language a reply was written in; null for what the person sent. */
  language: string | null;
}

/** The transcript as staff and the person read it: replies are kept as message keys and rendered here. */
export function transcriptItems(lines: TranscriptLine[], translator: Translator): TranscriptItem[] {
  return lines.map((line) => {
    const at = line.at.toISOString();
    if (line.direction === 'in') return { at, direction: 'in', text: line.text, language: null };
    if ('text' in line) return { at, direction: 'out', text: line.text, language: line.language };
    return {
      at,
      direction: 'out',
      text: transcriptText(line.message, line.language, translator),
      language: line.language,
    };
  });
}
