import { describe, expect, it } from 'vitest';
import { parseAge } from '../../src/programme/index.js';

const midJune2025 = () => new Date('2025-06-15T12:00:00Z');

describe('parseAge', () => {
  it.each(['24', '٢٤', '۲۴', '24 ans', "j'ai 24 ans", '24 jaar', 'ik ben 24', '24 years old', 'عمري ٢٤ سنة', '24 ✅'])(
    'reads 24 when the answer is the age "%s"',
    (text) => {
      expect(parseAge(text, midJune2025())).toBe(24);
    },
  );

  it.each([
    '12/03/2001',
    '12-03-2001',
    '12.03.2001',
    '2001-03-12',
    '12 mars 2001',
    'le 1er mars 2001',
    '12 maart 2001',
    '12 March 2001',
    '12th of March 2001',
    'March 12, 2001',
    '١٢/٠٣/٢٠٠١',
    '١٢ مارس ٢٠٠١',
    '12 آذار 2001',
    '12 جانفي 2001',
  ])('reads the age at today when the answer is the date of birth "%s"', (text) => {
    expect(parseAge(text, midJune2025())).toBe(24);
  });

  it('counts a year less when the birthday is later this year', () => {
    expect(parseAge('20/06/2001', midJune2025())).toBe(23);
    expect(parseAge('15 juin 2001', midJune2025())).toBe(24);
  });

  it('reads a two-digit year of birth in the right century', () => {
    expect(parseAge('12/03/01', midJune2025())).toBe(24);
    expect(parseAge('12/03/98', midJune2025())).toBe(27);
  });

  it('reads a numeric date month first when only that reading is a real date', () => {
    expect(parseAge('03/25/2001', midJune2025())).toBe(24);
  });

  it('reads a numeric date in the conversation’s language: day first in French, asked again in English', () => {
    const lateApril2025 = new Date('2025-04-20T12:00:00Z');
    expect(parseAge('04/05/2001', lateApril2025, 'fr')).toBe(23);
    expect(parseAge('04/05/2001', lateApril2025, 'en')).toBeNull();
    // 5 April or 4 May: the same age either way in June
    expect(parseAge('04/05/2001', midJune2025(), 'en')).toBe(24);
  });

  it('asks again when the answer is a birth year alone: two ages are possible', () => {
    expect(parseAge('2001', midJune2025())).toBeNull();
    expect(parseAge('né en 2001', midJune2025())).toBeNull();
  });

  it('knows the exact age from a birth year alone on 31 December', () => {
    expect(parseAge('2001', new Date('2025-12-31T12:00:00Z'))).toBe(24);
  });

  it('reads a month and a year, and asks again in the birth month itself', () => {
    expect(parseAge('mars 2001', midJune2025())).toBe(24);
    expect(parseAge('06/2001', midJune2025())).toBeNull();
  });

  it.each(['hello', '', '150', '0', '5', '1890', '24 ou 25', 'rue 12 numéro 4'])(
    'returns null when the answer is "%s"',
    (text) => {
      expect(parseAge(text, midJune2025())).toBeNull();
    },
  );

  it('returns null when the date of birth is in the future', () => {
    expect(parseAge('12/03/2030', midJune2025())).toBeNull();
    expect(parseAge('2030', midJune2025())).toBeNull();
    expect(parseAge('décembre 2025', midJune2025())).toBeNull();
  });

  it('returns null when the date does not exist', () => {
    expect(parseAge('31/02/2001', midJune2025())).toBeNull();
    expect(parseAge('31/13/2001', midJune2025())).toBeNull();
  });
});
