import { describe, expect, it } from 'vitest';
import { normaliseWithDigits, readAge, readDate, readFreeText, readRating } from '../../src/understanding/index.js';

const today = new Date('2026-11-30T12:00:00Z');

describe('normaliseWithDigits', () => {
  it.each([
    ['vingt et un', '21'],
    ['vingt-quatre ans', '24 ans'],
    ['soixante-dix-neuf', '79'],
    ['quatre-vingt-dix', '90'],
    ['zesentwintig', '26'],
    ['tweeëntwintig jaar', '22 jaar'],
    ['twenty-six', '26'],
    ['ستة وعشرون', '26'],
    ['تسعة عشر', '19'],
    ['twenty-nine, thirty in june', '29 30 in june'],
    ['dix-neuf vingt', '19 20'],
  ])('writes "%s" as "%s"', (text, digits) => {
    expect(normaliseWithDigits(text)).toBe(digits);
  });

  it('leaves "un", "een", "one" as words inside a sentence', () => {
    expect(normaliseWithDigits('je cherche un job')).toBe('je cherche un job');
    expect(normaliseWithDigits('ik geef een 4')).toBe('ik geef een 4');
  });
});

describe('readAge', () => {
  it.each([
    ['twenty four', 24],
    ['vingt-quatre ans', 24],
    ['vierentwintig', 24],
    ['أربعة وعشرون', 24],
    ['27ans', 27],
    ['3omri 25', 25],
    ['12/03/2001', 25],
  ])('reads "%s" as %i', (text, age) => {
    expect(readAge(text, today)).toEqual({ ok: true, value: age });
  });

  it.each(['entre 20 et 25', 'under 30', 'moins de 30', 'ongeveer 25', 'أقل من 30', '9rib 30', 'قريب 30'])(
    'asks again on the range or approximation "%s" instead of taking a bound',
    (text) => {
      expect(readAge(text, today)).toEqual({ ok: false, reason: 'range' });
    },
  );

  it('asks again when two different numbers are given', () => {
    expect(readAge('25 ou 26', today)).toEqual({ ok: false, reason: 'severalValues' });
    expect(readAge('25 bientôt 30', today)).toEqual({ ok: false, reason: 'range' });
  });
});

describe('readAge, years of work and two values', () => {
  const today = new Date('2026-11-30T12:00:00Z');

  it.each([
    ["I'm 63, 12 years of experience", 63],
    ["I'm 63, thirty years in logistics", 63],
    ["j'ai 58 ans et 30 ans dans la vente", 58],
  ])('reads the age, not the years of work, in "%s"', (text, age) => {
    expect(readAge(text, today)).toEqual({ ok: true, value: age });
  });

  it.each(['25 jaar ervaring in de bouw', '12 years of experience'])(
    'reads no age from years of work alone: "%s"',
    (text) => {
      expect(readAge(text, today).ok).toBe(false);
    },
  );

  it.each([
    ['غادي نكمل 20 فيناير', 19],
    ['رح صير ٢٤ بـ ٢٠ ديسمبر', 23],
  ])('reads an age to come with its month glued to "in" or said in Levantine: "%s"', (text, age) => {
    expect(readAge(text, today)).toEqual({ ok: true, value: age });
  });

  it.each([
    ['28 ans le 3 décembre', 27],
    ['30 years on the 12th of December', 29],
  ])('reads an age reached on a day soon to come as a year less today: "%s"', (text, age) => {
    expect(readAge(text, today)).toEqual({ ok: true, value: age });
  });

  it('asks again on an age reached on a day months away or gone by: "28 ans le 3 mars"', () => {
    expect(readAge('28 ans le 3 mars', today)).toEqual({ ok: false, reason: 'severalValues' });
  });

  it.each(['26 وقريب 27', '26 bientôt 27', '26 almost 27', "j'ai vingt-six ans bientôt vingt-sept"])(
    'reads the age now before the next one: "%s"',
    (text) => {
      expect(readAge(text, today)).toEqual({ ok: true, value: 26 });
    },
  );

  it('asks again when what comes soon is not the next year of life', () => {
    expect(readAge('26 bientôt 28', today).ok).toBe(false);
  });

  it.each([
    ['ik ben 31, volgende maand word ik 32', 31],
    ['I am 45 but turn 46 next week', 45],
    ["j'ai 33 ans, j'en aurai 34 le mois prochain", 33],
    ['عندي 29 و الشهر الجاي نكمل 30', 29],
    ['26 bijna 27 haha', 26],
    ['41 qrib 42 inchallah', 41],
  ])('reads the age now when the next one comes soon, whatever is said around it: "%s"', (text, age) => {
    expect(readAge(text, today)).toEqual({ ok: true, value: age });
  });

  it.each([
    ["j'ai 61 ans, bientôt la retraite", 61],
    ['ik ben 23, binnenkort afgestudeerd', 23],
    ["I'm 19, soon moving to Ghent", 19],
    ['عندي 35 وقريب نبدا خدمة جديدة', 35],
  ])('reads the age now when something else comes soon: "%s"', (text, age) => {
    expect(readAge(text, today)).toEqual({ ok: true, value: age });
  });

  it.each(['ik ben 30 binnenkort', '40 soon', 'bientôt 30', '24 bientôt 26 lol', '22 next month 25'])(
    'asks again when "soon" leaves the age open or another age follows: "%s"',
    (text) => {
      expect(readAge(text, today).ok).toBe(false);
    },
  );

  it('asks again on a date of birth that gives two ages day first and month first, in English only', () => {
    expect(readAge('12/03/2001', today, { language: 'en' })).toEqual({ ok: false, reason: 'severalValues' });
    expect(readAge('12/03/2001', today, { language: 'fr' })).toEqual({ ok: true, value: 25 });
    expect(readAge('03/07/2000', today, { language: 'en' })).toEqual({ ok: true, value: 26 });
  });
});

describe('readAge, a number taken back or compared', () => {
  it.each([
    ['26 sorry i typed 62 earlier', 26],
    ['24 (niet 42 zoals op het formulier)', 24],
    ['j ai 31 ans pas 13', 31],
    ['عمري 23 ماشي 32', 23],
  ])('reads the age a person keeps, not the one they disown: "%s"', (text, age) => {
    expect(readAge(text, today)).toEqual({ ok: true, value: age });
  });

  it.each([
    'kbir chwiya 3la 25',
    'اكبر من 30',
    'un peu plus de 40',
    'a bit over 30',
    "j'ai pas 18 ans",
    'ik ben geen 30',
  ])('asks again on a comparison or an age denied: "%s"', (text) => {
    expect(readAge(text, today).ok).toBe(false);
  });
});

describe('readAge, years to go and the age still had', () => {
  it.each([
    ['63, nog 2 jaar werken tot mijn pensioen', 63],
    ['58 ans, encore 4 ans avant la retraite', 58],
    ['60, 3 years left until I retire', 60],
    ['bijna 25 maar nog 24', 24],
    ['presque 40 mais encore 39 ans', 39],
    ['almost 30 but still 29', 29],
  ])('reads "%s" as %i', (text, age) => {
    expect(readAge(text, today)).toEqual({ ok: true, value: age });
  });

  it('still asks again on an age to come said after the age still had', () => {
    expect(readAge('bijna 30 maar nog 29 en 30 in mei', today).ok).toBe(false);
  });
});

describe('readDate', () => {
  it("places a two-digit year of birth by today's year", () => {
    const today = new Date('2026-11-30T12:00:00Z');
    expect(readDate('12-11-98', { today })).toEqual({ ok: true, value: { year: 1998, month: 11, day: 12 } });
    expect(readDate('12.10.97', { today })).toEqual({ ok: true, value: { year: 1997, month: 10, day: 12 } });
    expect(readDate('12.10.26', { today })).toEqual({ ok: true, value: { year: 2026, month: 10, day: 12 } });
    expect(readDate('12.10.27', { today })).toEqual({ ok: true, value: { year: 1927, month: 10, day: 12 } });
  });

  it('reads a day without a year as the next such day, unless it is a birthday', () => {
    const today = new Date('2026-11-30T12:00:00Z');
    expect(readDate('lundi 7 décembre', { today })).toEqual({ ok: true, value: { year: 2026, month: 12, day: 7 } });
    expect(readDate('vanaf 4 januari ben ik vrij', { today })).toEqual({
      ok: true,
      value: { year: 2027, month: 1, day: 4 },
    });
    expect(readDate('الاثنين 7 دجنبر', { today })).toEqual({ ok: true, value: { year: 2026, month: 12, day: 7 } });
    expect(readDate('le 12 janvier', { today })).toEqual({ ok: true, value: { year: 2027, month: 1, day: 12 } });
    expect(readDate('born 9 July', { today }).ok).toBe(false);
    expect(readDate('né le 3 juin', { today }).ok).toBe(false);
  });

  it('asks again on a date of numbers that reads two ways where the language does not settle it', () => {
    expect(readDate('04/05/2001', { language: 'en' })).toEqual({ ok: false, reason: 'severalValues' });
    expect(readDate('04/05/2001', { language: 'nl' })).toEqual({ ok: true, value: { year: 2001, month: 5, day: 4 } });
    expect(readDate('25/12/2001', { language: 'en' })).toEqual({ ok: true, value: { year: 2001, month: 12, day: 25 } });
  });

  it('reads a date of birth written with a month name or in digits', () => {
    expect(readDate('3 juin 2000')).toEqual({ ok: true, value: { year: 2000, month: 6, day: 3 } });
    expect(readDate('2001-03-12')).toEqual({ ok: true, value: { year: 2001, month: 3, day: 12 } });
    expect(readDate('31/02/2001')).toEqual({ ok: false, reason: 'outOfRange' });
    expect(readDate('Bruxelles')).toEqual({ ok: false, reason: 'notUnderstood' });
  });
});

describe('readRating, "of"', () => {
  it('reads Dutch "4 of 5" as two ratings and "4 out of 5" as one', () => {
    expect(readRating('4 of 5')).toEqual({ ok: false, reason: 'severalValues' });
    expect(readRating('4 out of 5')).toEqual({ ok: true, value: 4 });
  });
});

describe('readRating', () => {
  it.each([
    ['4', 4],
    ['4/5', 4],
    ['3 sur 5', 3],
    ['vier', 4],
    ['خمسة نجوم', 5],
    ['⭐⭐⭐', 3],
  ])('reads "%s" as %i', (text, rating) => {
    expect(readRating(text)).toEqual({ ok: true, value: rating });
  });

  it('asks again on a number outside 1 to 5, a range or two numbers', () => {
    expect(readRating('10')).toEqual({ ok: false, reason: 'outOfRange' });
    expect(readRating('entre 3 et 4')).toEqual({ ok: false, reason: 'range' });
    expect(readRating('3 of 4')).toEqual({ ok: false, reason: 'severalValues' });
  });
});

describe('readRating beside other numbers', () => {
  it.each([
    ['3, on a parlé 20 minutes', 3],
    ['een 4tje', 4],
    ['joj', 2],
  ])('reads "%s" as %i', (text, rating) => {
    expect(readRating(text)).toEqual({ ok: true, value: rating });
  });
});

describe('readFreeText', () => {
  it('keeps a free answer as typed and refuses one without a letter or digit', () => {
    expect(readFreeText('  bac+3 ')).toEqual({ ok: true, value: 'bac+3' });
    expect(readFreeText('👍')).toEqual({ ok: false, reason: 'empty' });
  });
});

describe('readAge for an age still to come', () => {
  it.each(['je vais avoir 25 ans', 'ik word 25', "I'll be 25", 'turning 25 next year'])(
    'asks again on "%s": without when, two ages are possible',
    (text) => {
      expect(readAge(text, today)).toEqual({ ok: false, reason: 'range' });
    },
  );

  it.each([
    ['turning 25 next week', 24],
    ["j'aurai 25 ans en février", 24],
    ['ik word 25 in maart', 24],
    ["I'm 25 next month", 24],
    ['je vais avoir 25 ans dans 3 semaines', 24],
    ['غادي نكمل 25 الشهر الجاي', 24],
    ['19, 20 in april', 19],
    ['ik word 25 maar ben nu 24', 24],
    ['25 next week', 24],
  ])('reads "%s" as the age today, a year less than the one to come', (text, age) => {
    expect(readAge(text, today)).toEqual({ ok: true, value: age });
  });

  it('asks again when the age today said beside it does not fit: "turning 25 next week, I\'m 22"', () => {
    expect(readAge("turning 25 next week, I'm 22", today)).toEqual({ ok: false, reason: 'severalValues' });
  });

  it.each([
    ["j'ai eu 24 ans en mars", 24],
    ['I turned 24 in March', 24],
  ])('reads "%s", an age reached, as it is: a month alone says nothing of the future', (text, age) => {
    expect(readAge(text, today)).toEqual({ ok: true, value: age });
  });

  it('reads a day of a month as no age to come: "né le 3 mars, j\'ai 22 ans"', () => {
    expect(readAge("né le 3 mars, j'ai 22 ans", today)).toEqual({ ok: true, value: 22 });
  });
});

describe('readAge among years, postcodes, past ages and years of experience', () => {
  it.each([
    ["j'habite au 1190 et j'ai 23 ans", 23],
    ['sinds 2021 in België, ik ben nu 23', 23],
    ['when I was 16 I came here, now I am 23', 23],
    ["23 ans, 5 ans d'expérience en vente", 23],
    ['4 years unemployed, 23 years old', 23],
    ["I'm 23 with 3 kids", 23],
    ['23 ans et demi', 23],
    ['23, been in Belgium for 4 years', 23],
    ["j'ai 23 ans, au chômage depuis 2 ans", 23],
    ['23 jaar, 2 jaar werkloos', 23],
  ])('reads "%s" as the age today', (text, age) => {
    expect(readAge(text, today)).toEqual({ ok: true, value: age });
  });

  it.each(['not 18 yet', 'عشرينات', 'f l3chrinat'])('asks again on "%s", which is no single age', (text) => {
    expect(readAge(text, today).ok).toBe(false);
  });

  it('reads Arabizi tens glued to their "and": "tlata wtlatin"', () => {
    expect(readAge('tlata wtlatin', today)).toEqual({ ok: true, value: 33 });
  });
});

describe('numbers in words, glued and in Darija', () => {
  const today = new Date('2026-11-30T12:00:00Z');

  it.each([
    ['fiftyfive', 55],
    ['vingtcinq ans', 25],
    ['تسعطاش', 19],
    ['عندي تمنطاش عام', 18],
  ])('reads "%s" as %i', (text, age) => {
    expect(readAge(text, today)).toEqual({ ok: true, value: age });
  });
});

describe('readAge among several numbers', () => {
  it.each([
    ['maman de 3 enfants, 27 ans', 27],
    ['ik heb 3 broers en ik ben 20', 20],
    ['57 ans, retraité depuis 2 ans', 57],
    ["been in Belgium 4 years, I'm 22", 22],
    ['عندي 3 أولاد وعمري 28', 28],
  ])('sets aside counts of things and durations in "%s" and reads %i', (text, age) => {
    expect(readAge(text, today)).toEqual({ ok: true, value: age });
  });

  it.each([
    ['22 ah non 23 dsl', 23],
    ['24, sorry ik bedoel 25', 25],
    ['٢١ لا سمح لي ٢٢', 22],
  ])('takes the number after a correction in "%s"', (text, age) => {
    expect(readAge(text, today)).toEqual({ ok: true, value: age });
  });

  it.each(['27 or 28 idk', '22 ولا 23', 'ik ben 20, mijn broer is 25'])(
    'asks again when "%s" leaves two possible ages',
    (text) => {
      expect(readAge(text, today).ok).toBe(false);
    },
  );
});

describe('readAge when two ages are possible', () => {
  it.each(['je suis né en 1999', 'مواليد 1998', '20s', 'la trentaine'])('asks again on "%s" as a range', (text) => {
    expect(readAge(text, today)).toEqual({ ok: false, reason: 'range' });
  });

  it('reads a year of birth alone on 31 December, when everyone born that year has had their birthday', () => {
    expect(readAge('2000', new Date('2026-12-31T12:00:00Z'))).toEqual({ ok: true, value: 26 });
  });
});

describe('readAge, an age felt or still to come', () => {
  it('reads the age said, not the one felt: "ik ben 31 maar voel me 25"', () => {
    expect(readAge('ik ben 31 maar voel me 25', today)).toEqual({ ok: true, value: 31 });
  });

  it('reads an age still to come with its month as a year less: "I\'ll be 25 in January"', () => {
    expect(readAge("I'll be 25 in January", today)).toEqual({ ok: true, value: 24 });
  });
});

describe('readAge beside hours, Arabizi bounds and what the person does', () => {
  it.each(['disponible de 9h à 17h', '20 uur per week', 'a9al mn 30', 'ktar mn 25'])(
    'takes no age from "%s"',
    (text) => {
      expect(readAge(text, today).ok).toBe(false);
    },
  );

  it.each([
    ["j'ai vingt et un ans et je cherche du travail depuis deux ans", 21],
    ['I work 20 hours a week and I am 27', 27],
    ['I am 31 and looking for work for 2 years', 31],
  ])('reads "%s" as %i', (text, age) => {
    expect(readAge(text, today)).toEqual({ ok: true, value: age });
  });
});

describe('readAge beside a year of birth in two digits and the age of a child', () => {
  it.each(['je suis né en 98', 'born in 99', 'مواليد 99'])(
    'asks again on "%s": a year of birth, not an age',
    (text) => {
      expect(readAge(text, today)).toEqual({ ok: false, reason: 'range' });
    },
  );

  it.each([
    ["j'ai 27 ans, mon fils a 3 ans", 27],
    ['mon fils a 3 ans, moi 27', 27],
    ["my son is 4 and I'm 26", 26],
    ['ولدت ف 12 مارس، عمري 26', 26],
  ])('reads "%s" as %i', (text, age) => {
    expect(readAge(text, today)).toEqual({ ok: true, value: age });
  });
});

describe('readAge: years, months and digits as people type them', () => {
  it.each(["ik ben van '99", "class of '01"])('asks again on "%s": a year of birth gives two ages', (text) => {
    expect(readAge(text, today)).toEqual({ ok: false, reason: 'range' });
  });

  it.each(['29 in january', '24 ans en mars', 'ik ben 24 in maart'])(
    'asks again on "%s": the age reached then or had since then',
    (text) => {
      expect(readAge(text, today)).toEqual({ ok: false, reason: 'severalValues' });
    },
  );

  it.each([
    ['2O', 20],
    ['tmenta3ch', 18],
    ['3andi tsa3tache', 19],
    ['sb3tash 3am', 17],
  ])('reads "%s" as %i', (text, age) => {
    expect(readAge(text, today)).toEqual({ ok: true, value: age });
  });
});

describe('readAge: Levantine and Egyptian teens', () => {
  it.each([
    ['تمنتاشر سنة', 18],
    ['عمري حداشر', 11],
  ])('reads "%s" as %i', (text, age) => {
    expect(readAge(text, today)).toEqual({ ok: true, value: age });
  });
});

describe('normaliseWithDigits: number words written with a slip, as they sound, or in Arabizi', () => {
  it.each([
    ['tewnty two', '22'],
    ['thirtyy one', '31'],
    ['negentein jaar', '19 jaar'],
    ['thirty 4 years', '34 years'],
    ['vin huit ans', '28 ans'],
    ['trante deux', '32'],
    ['katre', '4'],
    ['dis-huit', '18'],
    ['vinsept', '27'],
    ['khamsa w 3eshrin', '25'],
    ['sitta w 3ishrin', '26'],
    ['w3ishrin', '20'],
    ['tes3a w tlatin', '39'],
  ])('writes "%s" as "%s"', (text, digits) => {
    expect(normaliseWithDigits(text)).toBe(digits);
  });

  it.each([
    ['thirsty', 'thirsty'],
    ['seventh', 'seventh'],
    ['dertie', 'dertie'],
    ['un verre de vin', 'un verre de vin'],
    ['je dis quatre', 'je dis 4'],
    ['ses 2 enfants', 'ses 2 enfants'],
  ])('leaves "%s" as "%s": another word, or a slip that stands for two numbers', (text, digits) => {
    expect(normaliseWithDigits(text)).toBe(digits);
  });

  it('reads a rating written as it sounds', () => {
    expect(readRating('katre je pense')).toEqual({ ok: true, value: 4 });
    expect(readRating('sinq')).toEqual({ ok: true, value: 5 });
  });
});

describe('readAge: a number made approximate, and a year of birth before its day', () => {
  it.each(['تلاتين وشوية', 'trente et quelques', 'forty and a bit', 'dertig en nog wat', 'tlatin w chwiya'])(
    'asks again on "%s"',
    (text) => {
      expect(readAge(text, today)).toEqual({ ok: false, reason: 'range' });
    },
  );

  it.each([
    ['née en 1999, le 12 mars', 27],
    ['van 1998, 20 december', 27],
    ['born 2001, 4th of July', 25],
    ['مواليد 2000 نهار 3 يناير', 26],
  ])('reads "%s" as %i', (text, age) => {
    expect(readAge(text, today)).toEqual({ ok: true, value: age });
  });
});
