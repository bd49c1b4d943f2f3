import { describe, expect, it } from 'vitest';
import { readSpokenLanguages } from '../../src/understanding/index.js';

describe('readSpokenLanguages', () => {
  it.each([
    ["français et un peu d'anglais", ['fr', 'en']],
    ['Arabisch, Nederlands', ['ar', 'nl']],
    ['darija w fransawiya', ['ar', 'fr']],
    ['العربية والفرنسية وشوية ديال الهولندية', ['ar', 'fr', 'nl']],
    ['I speak Tigrinya, Amharic and a bit of English', ['ti', 'am', 'en']],
    ['tamazight, darija', ['ber', 'ar']],
  ])('lists every language named, in the order named, when the answer is "%s"', (text, languages) => {
    expect(readSpokenLanguages(text)).toEqual({ ok: true, value: languages });
  });

  it.each([
    ['Peul, français', ['ff', 'fr']],
    ['Pular et français', ['ff', 'fr']],
    ['Twi, English', ['tw', 'en']],
    ['Urdu Punjabi English', ['ur', 'pa', 'en']],
    ['Russisch en Tsjetsjeens', ['ru', 'ce']],
    ['swahili kinyarwanda français', ['sw', 'rw', 'fr']],
    ['عربي وصومالي', ['ar', 'so']],
    ['عربي وتغرينيا وشوي انجليزي', ['ar', 'ti', 'en']],
  ])('reads a language of the world by its name in the four languages: "%s"', (text, languages) => {
    expect(readSpokenLanguages(text)).toEqual({ ok: true, value: languages });
  });

  it('asks again when an item of the list is a language it does not know', () => {
    expect(readSpokenLanguages('shimaore et français')).toEqual({ ok: false, reason: 'notUnderstood' });
    expect(readSpokenLanguages('Pashto, Baluchi, Urdu')).toEqual({ ok: false, reason: 'notUnderstood' });
    expect(readSpokenLanguages('arabe dialectal, français')).toEqual({ ok: true, value: ['ar', 'fr'] });
  });

  it('reads "en" as "and" when a Dutch speaker writes "nl en fr"', () => {
    expect(readSpokenLanguages('nl en fr')).toEqual({ ok: true, value: ['nl', 'fr'] });
  });

  it('reads "en" as English when codes are listed with commas', () => {
    expect(readSpokenLanguages('fr, en, nl')).toEqual({ ok: true, value: ['fr', 'en', 'nl'] });
  });

  it('leaves out a language the person says they do not speak', () => {
    expect(readSpokenLanguages("arabe et français mais pas l'anglais")).toEqual({ ok: true, value: ['ar', 'fr'] });
  });

  it('names each language once when it is said twice', () => {
    expect(readSpokenLanguages('arabe, darija, français')).toEqual({ ok: true, value: ['ar', 'fr'] });
  });

  it('forgives a typo in a language name', () => {
    expect(readSpokenLanguages('francais et neerlandias')).toEqual({ ok: true, value: ['fr', 'nl'] });
  });

  it('asks again with maybe when the person does not know', () => {
    expect(readSpokenLanguages('je sais pas')).toEqual({ ok: false, reason: 'maybe' });
  });

  it('asks again when no language is named', () => {
    expect(readSpokenLanguages('beaucoup')).toEqual({ ok: false, reason: 'notUnderstood' });
    expect(readSpokenLanguages('🙂')).toEqual({ ok: false, reason: 'empty' });
  });

  it('does not read Dutch "een" as English', () => {
    expect(readSpokenLanguages('Turks en een beetje Engels')).toEqual({ ok: true, value: ['tr', 'en'] });
    expect(readSpokenLanguages('somali en een beetje frans')).toEqual({ ok: true, value: ['so', 'fr'] });
  });

  it('keeps a language of one clause when the next refuses another: "je parle turc, pas du tout anglais"', () => {
    expect(readSpokenLanguages('je parle turc, pas du tout anglais')).toEqual({ ok: true, value: ['tr'] });
  });
});

describe('readSpokenLanguages, codes and signs in a list of languages', () => {
  it.each([
    ['Tigrinya + EN', ['ti', 'en']],
    ['darija, nl, fr', ['ar', 'nl', 'fr']],
    ['arabisch & NL', ['ar', 'nl']],
    ['Pashto/ENG', ['ps', 'en']],
    ['Dari, Farsi, en', ['fa', 'en']],
    ['marocain et français', ['ar', 'fr']],
    ['Moroccan, English', ['ar', 'en']],
  ])('reads "%s"', (text, codes) => {
    expect(readSpokenLanguages(text)).toEqual({ ok: true, value: codes });
  });
});

describe('readSpokenLanguages and the Berber languages', () => {
  it.each([
    ['kabyle, français', ['kab', 'fr']],
    ['tachelhit w darija', ['shi', 'ar']],
    ['الأمازيغية الريفية والعربية', ['rif', 'ar']],
    ['tamazight et arabe', ['ber', 'ar']],
    ['igbo, english, pidgin', ['ig', 'en', 'pcm']],
  ])('reads "%s" with each language under its own code', (text, codes) => {
    expect(readSpokenLanguages(text)).toEqual({ ok: true, value: codes });
  });
});

describe('readSpokenLanguages in Arabic script', () => {
  it('reads Berber languages and French as Moroccans write them, "و" glued', () => {
    expect(readSpokenLanguages('تاريفيت والعربية والفرانسوية')).toEqual({ ok: true, value: ['rif', 'ar', 'fr'] });
  });
});
