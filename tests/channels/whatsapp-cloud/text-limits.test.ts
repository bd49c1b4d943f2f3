import { describe, expect, it } from 'vitest';
import { splitText, truncateText } from '../../../src/bot/channels/whatsapp-cloud/text-limits.js';

describe('truncateText', () => {
  it('leaves a text alone when it fits', () => {
    expect(truncateText('Doctorat', 24)).toBe('Doctorat');
  });

  it('cuts Arabic text with vowel marks between graphemes and ends with an ellipsis when it is too long', () => {
    const text = 'شَهَادَةُ التَّعْلِيمِ الثَّانَوِيِّ الْعَالِي';
    const cut = truncateText(text, 20);
    expect(cut.length).toBeLessThanOrEqual(20);
    expect(cut.endsWith('…')).toBe(true);
    const kept = cut.slice(0, -1);
    expect(text.startsWith(kept)).toBe(true);
    // The next character in the original is not a combining mark left behind by the cut.
    expect(text.slice(kept.length)).toMatch(/^[^\u064B-\u0652]/u);
  });

  it('never splits an emoji sequence when the limit falls inside it', () => {
    const text = 'Bienvenue 👩‍👩‍👧‍👦 chez DUO';
    const cut = truncateText(text, 14);
    expect(cut).toBe('Bienvenue…');
  });
});

describe('splitText', () => {
  it('prefers paragraph breaks, then line breaks, when a text is over the limit', () => {
    expect(splitText('aaaa\n\nbbbb\ncccc', 10)).toEqual(['aaaa', 'bbbb\ncccc']);
    expect(splitText('aaaa\nbbbb\ncccc', 10)).toEqual(['aaaa\nbbbb', 'cccc']);
  });

  it('cuts between words, then between graphemes, when no break fits', () => {
    expect(splitText('un deux trois quatre', 9)).toEqual(['un deux', 'trois', 'quatre']);
    expect(splitText('é'.normalize('NFD').repeat(5), 4)).toEqual([
      'é'.normalize('NFD').repeat(2),
      'é'.normalize('NFD').repeat(2),
      'é'.normalize('NFD'),
    ]);
  });

  it('returns no part when the text is empty', () => {
    expect(splitText('  \n ', 10)).toEqual([]);
  });
});
