import { describe, expect, it } from 'vitest';
import { cleanInboundText, normalizeForMatching } from '../../src/bot/text.js';

describe('cleanInboundText', () => {
  it('removes control characters and bidi marks and folds spaces', () => {
    expect(cleanInboundText('\u200f  oui\u0000\u0007 \n merci\u202e ').text).toBe('oui merci');
  });

  it('cuts a text longer than 1000 characters without splitting an emoji', () => {
    const result = cleanInboundText('👍'.repeat(1500));
    expect(result.truncated).toBe(true);
    expect(Array.from(result.text)).toHaveLength(1000);
    expect(result.text.endsWith('👍')).toBe(true);
  });
});

describe('normalizeForMatching', () => {
  it('ignores case, accents and punctuation', () => {
    expect(normalizeForMatching('  Français ! ')).toBe('francais');
  });

  it('reads Arabic-Indic and Persian digits and keycap emoji as digits', () => {
    expect(normalizeForMatching('٢٤')).toBe('24');
    expect(normalizeForMatching('۲۴')).toBe('24');
    expect(normalizeForMatching('2️⃣')).toBe('2');
  });

  it('ignores Arabic diacritics', () => {
    expect(normalizeForMatching('نَعَم')).toBe('نعم');
  });
});
