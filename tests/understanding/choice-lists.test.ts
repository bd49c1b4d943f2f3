import { describe, expect, it } from 'vitest';
import { readChoice, readLanguage } from '../../src/understanding/index.js';
import {
  higherStudiesSpans,
  isEarlyYearWord,
  saysNotCompleted,
  withoutYieldingHits,
  withWorshipPlacesAsSource,
} from '../../src/understanding/list-words.js';
import { normalise, wordsOf } from '../../src/understanding/normalise.js';
import { choiceOptions } from './evaluate.js';

const sectors = choiceOptions('sectors');
const education = choiceOptions('education');
const heardFrom = choiceOptions('heardFrom');
const read = (value: string) => ({ ok: true, value });
const asked = { ok: false };

describe('a generic head word gives way to the telling word beside it', () => {
  const hit = (start: number, value: string) => ({ start, end: start + 1, value });

  it('drops the hit of a generic word when another option is named', () => {
    const words = ['nurse', 'assistant'];
    expect(withoutYieldingHits(words, [hit(0, 'care'), hit(1, 'sales')])).toEqual([hit(0, 'care')]);
  });

  it('keeps the generic word alone', () => {
    expect(withoutYieldingHits(['assistant'], [hit(0, 'sales')])).toEqual([hit(0, 'sales')]);
  });

  it.each([
    ['en', 'care assistant in a hospital', 'care'],
    ['en', 'kitchen helper', 'hospitality'],
    ['fr', 'assistante en pharmacie', 'care'],
    ['nl', 'magazijn medewerker', 'logistics'],
    ['ar', 'عامل في مطعم', 'hospitality'],
  ])('reads the sector of a job with a generic head (%s) "%s"', (language, text, expected) => {
    expect(readChoice(text, sectors, { language })).toEqual(read(expected));
  });
});

describe('heard from: the one who told them beats the channel or the advert', () => {
  it.each([
    ['fr', 'mon frère me l’a envoyé par whatsapp', 'friend'],
    ['nl', 'mijn nicht stuurde me een linkje via whatsapp', 'friend'],
    ['en', 'my teacher emailed me the link', 'school'],
    ['ar', 'ختي صيفطات ليا الرابط فالواتساب', 'friend'],
    ['fr', 'une pub sur tiktok', 'socialMedia'],
    ['en', 'an ad on facebook', 'socialMedia'],
  ])('(%s) "%s"', (language, text, expected) => {
    expect(readChoice(text, heardFrom, { language })).toMatchObject(read(expected));
  });

  it('keeps the channel named alone', () => {
    expect(readChoice('whatsapp', heardFrom)).toEqual(read('socialMedia'));
  });

  it('asks again when an "or" sets the channel against the person', () => {
    expect(readChoice('whatsapp ou ma soeur', heardFrom)).toMatchObject(asked);
    expect(readChoice('instagram or a friend', heardFrom)).toMatchObject(asked);
  });
});

describe('heard from: places of worship', () => {
  it('reads a place of worship named as the source as an organisation', () => {
    const words = wordsOf('from the mosque');
    expect(withWorshipPlacesAsSource(words, [{ start: 2, end: 3, value: 'other' }], 'partner')).toEqual([
      { start: 2, end: 3, value: 'partner' },
    ]);
  });

  it.each([
    ['en', 'through our church', 'partner'],
    ['nl', 'via de moskee', 'partner'],
    ['ar', 'من المسجد', 'partner'],
    ['fr', 'le curé de la paroisse en a parlé', 'partner'],
    ['en', 'at church a friend told me', 'friend'],
  ])('(%s) "%s"', (language, text, expected) => {
    expect(readChoice(text, heardFrom, { language })).toEqual(read(expected));
  });

  it('reads an advert seen at a place of worship as the organisation it was seen at', () => {
    expect(readChoice('a flyer at the church', heardFrom, { language: 'en' })).toEqual(read('partner'));
    expect(readChoice('une affiche à la mosquée', heardFrom, { language: 'fr' })).toEqual(read('partner'));
  });

  it('does not take the French "où" (where) for "ou" (or)', () => {
    expect(readChoice("au centre Croix-Rouge où j'habite", heardFrom, { language: 'fr' })).toEqual(read('partner'));
    expect(readChoice('la Croix-Rouge ou le CPAS', heardFrom, { language: 'fr' }).ok).toBe(false);
  });
});

describe('heard from: a name of two options settled by a job counsellor', () => {
  it.each([
    ['fr', 'ma conseillère en insertion du CPAS', 'employmentService'],
    ['nl', 'mijn jobcoach van het OCMW', 'employmentService'],
    ['en', 'my job counsellor at the OCMW', 'employmentService'],
  ])('(%s) "%s"', (language, text, expected) => {
    expect(readChoice(text, heardFrom, { language })).toEqual(read(expected));
  });

  it('still asks about the CPAS alone or with a social worker', () => {
    expect(readChoice('CPAS', heardFrom)).toMatchObject(asked);
    expect(readChoice('mijn maatschappelijk werker van het OCMW', heardFrom)).toMatchObject(asked);
  });
});

describe('education: higher studies without their level', () => {
  it('finds the words of higher studies', () => {
    expect(higherStudiesSpans(wordsOf('enseignement supérieur'))).toHaveLength(1);
    expect(higherStudiesSpans(wordsOf('secondaire'))).toHaveLength(0);
  });

  it.each([
    ['fr', 'enseignement supérieur'],
    ['en', 'higher education'],
    ['nl', 'hoger onderwijs'],
    ['ar', 'التعليم العالي'],
  ])('asks which level for (%s) "%s"', (language, text) => {
    expect(readChoice(text, education, { language })).toMatchObject(asked);
  });

  it.each([
    ['nl', 'hoger onderwijs, een professionele bachelor', 'bachelor'],
    ['en', 'MSc from Leuven University', 'master'],
    ['en', 'secondary school diploma from here', 'upperSecondary'],
  ])('reads the level named beside them (%s) "%s"', (language, text, expected) => {
    expect(readChoice(text, education, { language })).toEqual(read(expected));
  });
});

describe('education: studies not completed', () => {
  it('reads a negated verb of completing', () => {
    const negators = new Set(['pas', 'ما', 'not', 'niet'].map(normalise));
    expect(saysNotCompleted(wordsOf('ما كملت'), negators)).toBe(true);
    expect(saysNotCompleted(wordsOf("j'ai pas terminé"), negators)).toBe(true);
    expect(saysNotCompleted(wordsOf("j'ai terminé"), negators)).toBe(false);
  });

  it.each([
    ['fr', "j'ai commencé la fac mais pas terminé"],
    ['nl', 'universiteit begonnen, niet afgerond'],
    ['en', "started uni but didn't complete it"],
    ['ar', 'دخلت الجامعة فالمغرب وما كملت'],
  ])('asks again for (%s) "%s"', (language, text) => {
    expect(readChoice(text, education, { language })).toMatchObject(asked);
  });
});

describe('education: a school year written as an ordinal word', () => {
  it('knows the early years', () => {
    expect(isEarlyYearWord('derde')).toBe(true);
    expect(isEarlyYearWord(normalise('الثالثة'))).toBe(true);
    expect(isEarlyYearWord('zesde')).toBe(false);
  });

  it('reads an ordinal as no misspelt level ("الثانية" is not "ثانوية")', () => {
    expect(readChoice('وقفت من بعد الثانية اعدادي', education, { language: 'ar' })).toEqual(read('lowerSecondary'));
  });

  it.each([
    ['nl', 'gestopt na het vierde middelbaar', 'lowerSecondary'],
    ['en', 'quit after the third year of high school', 'lowerSecondary'],
    ['fr', 'arrêté après la quatrième', 'lowerSecondary'],
  ])('(%s) "%s"', (language, text, expected) => {
    expect(readChoice(text, education, { language })).toEqual(read(expected));
  });
});

describe('heard from: social networks as they are typed', () => {
  it.each(['yt', 'un youtubeur', 'linked in', 'الفيس', 'لينكد ان', 'fcb'])('"%s"', (text) => {
    expect(readChoice(text, heardFrom)).toEqual(read('socialMedia'));
  });
});

describe('readLanguage with a language said to be weak', () => {
  it.each([
    ['english pls my french is bad', 'en'],
    ['liever Engels, mijn Nederlands is nog ni goed', 'en'],
    ['arabe, mon français est nul', 'ar'],
  ])('reads "%s" as %s', (text, language) => {
    expect(readLanguage(text)).toEqual({ ok: true, value: language });
  });

  it('still asks again on two languages with nothing against either', () => {
    expect(readLanguage('arabe ou français').ok).toBe(false);
  });
});

describe('readChoice on a degree from abroad said recognised or refused', () => {
  const education = choiceOptions('education');
  it.each([
    ['Masters in public health from Ghana, equivalence done', 'master'],
    ['bac uit Marokko, hier erkend via NARIC', 'upperSecondary'],
    ['bachelor uit Syrië, erkenning geweigerd', 'foreignNotRecognised'],
    ['master from Ghana, not recognised', 'foreignNotRecognised'],
  ])('reads "%s" as %s', (text, id) => {
    expect(readChoice(text, education)).toEqual({ ok: true, value: id });
  });
});

describe('readChoice on several diplomas', () => {
  const education = choiceOptions('education');
  it('takes the highest of levels named together', () => {
    expect(readChoice('I have bachelor and also master', education)).toEqual({ ok: true, value: 'master' });
  });

  it('asks again on levels offered as alternatives', () => {
    expect(readChoice('bachelor or master', education).ok).toBe(false);
  });
});
