import { describe, expect, it } from 'vitest';
import { readDate } from '../../src/understanding/index.js';

// A Monday
const today = new Date('2026-11-30T12:00:00Z');
const day = (text: string, language = 'fr') => readDate(text, { today, language });
const on = (year: number, month: number, date: number) => ({ ok: true, value: { year, month, day: date } });

describe('readDate: a day ahead said without its number', () => {
  it.each([
    ['demain', 'fr', on(2026, 12, 1)],
    ["demain c'est parfait", 'fr', on(2026, 12, 1)],
    ['après-demain', 'fr', on(2026, 12, 2)],
    ['morgen graag', 'nl', on(2026, 12, 1)],
    ['overmorgen', 'nl', on(2026, 12, 2)],
    ['tmrw pls', 'en', on(2026, 12, 1)],
    ['the day after tomorrow', 'en', on(2026, 12, 2)],
    ['بكرة إن شاء الله', 'ar', on(2026, 12, 1)],
    ['بعد غد', 'ar', on(2026, 12, 2)],
    ['ba3d ghda', 'ar', on(2026, 12, 2)],
    ["aujourd'hui si possible", 'fr', on(2026, 11, 30)],
  ])('reads "%s" (%s)', (text, language, expected) => {
    expect(day(text, language)).toEqual(expected);
  });

  it.each([
    ['jeudi', 'fr', on(2026, 12, 3)],
    ['ce jeudi aprem', 'fr', on(2026, 12, 3)],
    ['zaterdag voormiddag', 'nl', on(2026, 12, 5)],
    ['this friday', 'en', on(2026, 12, 4)],
    ['نهار الجمعة', 'ar', on(2026, 12, 4)],
    ['nhar l7ed', 'ar', on(2026, 12, 6)],
    ['volgende week woensdag', 'nl', on(2026, 12, 9)],
    ['la semaine prochaine, mardi', 'fr', on(2026, 12, 8)],
    ['ce lundi', 'fr', on(2026, 11, 30)],
    ['pas demain, jeudi', 'fr', on(2026, 12, 3)],
  ])('reads the weekday in "%s" (%s) as the coming one', (text, language, expected) => {
    expect(day(text, language)).toEqual(expected);
  });

  it.each([
    ['maandag de 7de', 'nl', on(2026, 12, 7)],
    ['Thursday 3rd', 'en', on(2026, 12, 3)],
    ['di 15/12', 'nl', on(2026, 12, 15)],
    ['mardi 8/12 le matin', 'fr', on(2026, 12, 8)],
    ['nhar 10/12', 'ar', on(2026, 12, 10)],
    ['15/01', 'fr', on(2027, 1, 15)],
    ['Jan 6th', 'en', on(2027, 1, 6)],
    ['kerstavond', 'nl', on(2026, 12, 24)],
  ])('reads a day of the month in "%s" (%s), checked against its weekday', (text, language, expected) => {
    expect(day(text, language)).toEqual(expected);
  });

  it.each([
    ['vendredi 5 décembre', 'fr', 'contradiction'],
    ['vrijdag 12/12', 'nl', 'contradiction'],
    ['mardi ou jeudi', 'fr', 'severalValues'],
    ['demain ou après-demain', 'fr', 'severalValues'],
    ['après jeudi', 'fr', 'range'],
    ['before friday', 'en', 'range'],
    ['next week', 'en', 'range'],
    ['vendredi prochain', 'fr', 'maybe'],
    ['lundi', 'fr', 'maybe'],
    ['pas demain', 'fr', 'notUnderstood'],
    ['after new year', 'en', 'notUnderstood'],
    ['10/12', 'en', 'severalValues'],
  ])('asks again on "%s" (%s)', (text, language, reason) => {
    expect(day(text, language)).toEqual({ ok: false, reason });
  });
});

describe('readDate: next Monday on a Monday, now, a day taken, either… or', () => {
  it.each([
    ['starting next monday', 'en', on(2026, 12, 7)],
    ['lundi prochain', 'fr', on(2026, 12, 7)],
    ['ابتداء من الاثنين الجاي', 'ar', on(2026, 12, 7)],
    ['any day from now on', 'en', on(2026, 11, 30)],
    ['meteen als het kan', 'nl', on(2026, 11, 30)],
    ['mn daba ila bghito', 'ar', on(2026, 11, 30)],
    ['dès maintenant', 'fr', on(2026, 11, 30)],
    ['now', 'en', on(2026, 11, 30)],
    ['donderdag heb ik nog les, vrijdag graag', 'nl', on(2026, 12, 4)],
    ['mardi je travaille, mercredi ça va', 'fr', on(2026, 12, 2)],
    ['je suis de 2001, le 9 décembre', 'fr', on(2001, 12, 9)],
  ])('reads "%s" (%s)', (text, language, expected) => {
    expect(day(text, language)).toEqual(expected);
  });

  it.each([
    ['next friday', 'en'],
    ['volgende dinsdag', 'nl'],
    ['for now I work', 'en'],
    ['pas tout de suite', 'fr'],
    ['mercredi ou jeudi, les deux me vont', 'fr'],
    ['soit le 2 soit le 9 janvier', 'fr'],
    ['ofwel 8 ofwel 15 december', 'nl'],
    ['either the 9th or the 16th', 'en'],
    ['إما 8 أو 15 دجنبر', 'ar'],
  ])('asks again on "%s" (%s)', (text, language) => {
    expect(day(text, language).ok).toBe(false);
  });
});

describe('readDate on "the first" of a month', () => {
  const today = new Date('2026-11-30T12:00:00Z');
  it.each([
    ['à partir du premier février', '2027-02-01'],
    ['from the first of March', '2027-03-01'],
    ['من أول مارس 2027', '2027-03-01'],
  ])('reads "%s" as %s', (text, iso) => {
    const reading = readDate(text, { today });
    const date = reading.ok ? reading.value : null;
    expect(date && [date.year, date.month, date.day].map((part) => String(part).padStart(2, '0')).join('-')).toBe(iso);
  });
});
