import { describe, expect, it } from 'vitest';
import { readChoice } from '../../src/understanding/index.js';
import { choiceOptions } from './evaluate.js';

const sectors = choiceOptions('sectors');
const education = choiceOptions('education');
const heardFrom = choiceOptions('heardFrom');

describe('the locale keyword lists: a trade or job named instead of a sector', () => {
  it.each([
    ['peintre', 'construction'],
    ['schilder', 'construction'],
    ['plumbing', 'construction'],
    ['صباغة', 'construction'],
    ['cariste', 'logistics'],
    ['heftruckchauffeur', 'logistics'],
    ['forklift driver', 'logistics'],
    ['éducatrice', 'education'],
    ['leraar', 'education'],
    ['educator', 'education'],
    ['أستاذ', 'education'],
    ['aide-soignante', 'care'],
    ['zorgkundige', 'care'],
    ['healthcare', 'care'],
    ['ممرض', 'care'],
    ['coiffure', 'other'],
    ['kapper', 'other'],
    ['security guard', 'other'],
    ['حلاق', 'other'],
    ['médecin', 'care'],
    ['tandarts', 'care'],
    ['طبيب', 'care'],
    ['barman', 'hospitality'],
    ['نادل', 'hospitality'],
    ['webdeveloper', 'digital'],
    ['مبرمج', 'digital'],
    ['nounou', 'education'],
    ['schoonmaakster', 'other'],
  ])('reads "%s" as %s', (text, id) => {
    expect(readChoice(text, sectors)).toEqual({ ok: true, value: id });
  });

  it.each([
    'je déménage bientôt',
    'still searching',
    'un renseignement',
    'عربية',
    'je veux travailler à la maison',
    'technicien',
    'former',
    'bedoelde',
  ])('takes no sector from "%s", a word only close to a trade', (text) => {
    expect(readChoice(text, sectors).ok).toBe(false);
  });
});

describe('the locale keyword lists: degrees by their abbreviations', () => {
  it.each([
    ['MSc', 'master'],
    ['mba', 'master'],
    ['ingénieur', 'master'],
    ['handelsingenieur', 'master'],
    ['مهندس', 'master'],
    ['BSc', 'bachelor'],
    ['eerste graad secundair', 'lowerSecondary'],
  ])('reads "%s" as %s', (text, id) => {
    expect(readChoice(text, education)).toEqual({ ok: true, value: id });
  });

  it.each(['universiteit', 'université'])('asks again on "%s", which says no level', (text) => {
    expect(readChoice(text, education).ok).toBe(false);
  });
});

describe('the locale keyword lists: organisations people name for "heard from"', () => {
  it.each([
    ['Caritas', 'partner'],
    ['inburgeringsagentschap', 'partner'],
    ['Atlas', 'partner'],
    ['het Rode Kruis', 'partner'],
    ['الصليب الأحمر', 'partner'],
    ['mission locale', 'partner'],
    ['France Travail', 'employmentService'],
    ['pôle emploi', 'employmentService'],
    ['Actiris', 'employmentService'],
    ['VDAB', 'employmentService'],
    ['le Forem', 'employmentService'],
    ['une affiche', 'other'],
    ['een flyer in de bib', 'other'],
    ['a poster', 'other'],
    ['لافيش', 'other'],
  ])('reads "%s" as %s', (text, id) => {
    expect(readChoice(text, heardFrom)).toEqual({ ok: true, value: id });
  });

  it.each(['my older brother', 'my friend from my course at the city'])(
    'does not take "other" for a word close to a leaflet: "%s"',
    (text) => {
      expect(readChoice(text, heardFrom)).not.toEqual({ ok: true, value: 'other' });
    },
  );

  it.each(['CPAS', 'OCMW'])(
    'asks again on "%s", a public social service that is neither an association nor the employment service',
    (text) => {
      expect(readChoice(text, heardFrom).ok).toBe(false);
    },
  );
});

describe('phrases: names read only whole, never word by word nor through a typo', () => {
  it.each([
    ['via la Croix-Rouge', heardFrom, 'partner'],
    ['het Rode Kruis', heardFrom, 'partner'],
    ['the red cross told me', heardFrom, 'partner'],
    ['عن طريق الصليب الأحمر', heardFrom, 'partner'],
    ['teaching', sectors, 'education'],
    ["l'enseignement", sectors, 'education'],
  ])('reads "%s"', (text, options, id) => {
    expect(readChoice(text, options)).toEqual({ ok: true, value: id });
  });

  it.each([
    ['je crois que c’était un pote', heardFrom, 'friend'],
    ['came across it on instagram', heardFrom, 'socialMedia'],
  ])('takes no phrase from a word of it: "%s"', (text, options, id) => {
    expect(readChoice(text, options)).toEqual({ ok: true, value: id });
  });

  it.each([
    ['still searching', sectors],
    ['rode', heardFrom],
    ['un renseignement', sectors],
  ])('takes nothing from "%s"', (text, options) => {
    expect(readChoice(text, options).ok).toBe(false);
  });

  it('reads a phrase of two options in two languages ("college") in the answer’s language, else asks', () => {
    expect(readChoice('I went to college', education, { language: 'en' })).toEqual({
      ok: true,
      value: 'upperSecondary',
    });
    expect(readChoice("j'ai fini le collège", education, { language: 'fr' })).toEqual({
      ok: true,
      value: 'lowerSecondary',
    });
    expect(readChoice("j'ai arrêté au collège", education, { language: 'fr' })).toEqual({
      ok: true,
      value: 'lowerSecondary',
    });
    expect(readChoice('college', education)).toEqual({ ok: false, reason: 'severalValues' });
    expect(readChoice("j'ai arrêté au collège", education)).toEqual({ ok: false, reason: 'severalValues' });
  });
});

describe('readChoice with Darija "only"', () => {
  it('reads "عندي غير" as "I only have", not as a negation', () => {
    expect(readChoice('عندي غير شهادة الإعدادي', education, { language: 'ar' })).toEqual({
      ok: true,
      value: 'lowerSecondary',
    });
  });
});
