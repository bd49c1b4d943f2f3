import { describe, expect, it } from 'vitest';
import { readChoice, readLanguage, readRole, withLexicon } from '../../src/understanding/index.js';

const sectors = [
  { id: 'office', names: ['Bureau, administration', 'Kantoor, administratie', 'Office, administration'] },
  { id: 'sales', names: ['Vente, commerce', 'Verkoop, handel', 'Sales, retail'] },
  { id: 'care', names: ['Soins, aide aux personnes', 'Zorg', 'Care'] },
];

describe('readChoice', () => {
  it('reads the whole label, in any language', () => {
    expect(readChoice('verkoop, handel', sectors)).toEqual({ ok: true, value: 'sales' });
  });

  it('reads the option number in digits, keycaps or words', () => {
    expect(readChoice('2', sectors)).toEqual({ ok: true, value: 'sales' });
    expect(readChoice('3️⃣', sectors)).toEqual({ ok: true, value: 'care' });
    expect(readChoice('deux', sectors)).toEqual({ ok: true, value: 'sales' });
    expect(readChoice('7', sectors)).toEqual({ ok: false, reason: 'outOfRange' });
  });

  it('reads one telling word of a label inside a sentence', () => {
    expect(readChoice('plutôt la vente je pense', sectors)).toEqual({ ok: true, value: 'sales' });
  });

  it('forgives a typo that grows with the length of the word', () => {
    expect(readChoice('administartion', sectors)).toEqual({ ok: true, value: 'office' });
  });

  it('asks again when words point at two options', () => {
    expect(readChoice('vente ou bureau', sectors)).toEqual({ ok: false, reason: 'severalValues' });
  });

  it('picks neither option with a name that belongs to two of them', () => {
    const heardFrom = [
      { id: 'employmentService', names: ['Actiris', 'CPAS', 'OCMW'] },
      { id: 'partner', names: ['une association', 'CPAS', 'OCMW', 'assistante sociale'] },
    ];
    expect(readChoice('CPAS', heardFrom)).toEqual({ ok: false, reason: 'severalValues' });
    expect(readChoice("l'assistante sociale du CPAS", heardFrom)).toEqual({ ok: false, reason: 'severalValues' });
    expect(readChoice('via het ocmw', heardFrom)).toEqual({ ok: false, reason: 'severalValues' });
    expect(readChoice('mon conseiller actiris', heardFrom)).toEqual({ ok: true, value: 'employmentService' });
  });

  it.each([
    'ليسانس من الجزائر ما تعادلتش',
    "mon bac d'Algérie pas encore reconnu",
    "diplôme d'ingénieur en Algérie, l'équivalence est en cours",
    'bachelor uit Eritrea, gelijkwaardigheid nog niet aangevraagd',
    'master from Iraq, still waiting for the equivalence',
  ])('reads a degree from abroad still awaiting recognition as not recognised, whatever its level: "%s"', (text) => {
    const education = [
      { id: 'upperSecondary', names: ['bac', 'middelbaar', 'باك'] },
      { id: 'bachelor', names: ['licence', 'bachelor', 'ليسانس'] },
      { id: 'master', names: ['master', "master's", 'ingénieur'] },
      { id: 'foreignNotRecognised', names: ['Diplôme étranger non reconnu', 'Buitenlands diploma, niet erkend'] },
    ];
    expect(readChoice(text, education)).toEqual({ ok: true, value: 'foreignNotRecognised' });
    expect(readChoice('licence, reconnue en Belgique', education)).toEqual({ ok: true, value: 'bachelor' });
  });

  it('does not pick an option that is negated', () => {
    expect(readChoice('pas la vente, le bureau', sectors)).toEqual({ ok: true, value: 'office' });
  });
});

describe('readRole', () => {
  it.each(["I'm looking for work", 'ik zoek een job', 'je cherche du travail', 'أبحث عن عمل', 'bghit nkhdem'])(
    'reads a young job seeker when the answer is "%s"',
    (text) => {
      expect(readRole(text)).toEqual({ ok: true, value: 'mentee' });
    },
  );

  it.each(['je voudrais devenir bénévole', 'ik wil vrijwilliger worden', 'I want to be a mentor', 'بغيت نكون متطوع'])(
    'reads a would-be mentor when the answer is "%s"',
    (text) => {
      expect(readRole(text)).toEqual({ ok: true, value: 'mentor' });
    },
  );

  it('asks again when the answer names both', () => {
    expect(readRole('mentor ou chercheur d’emploi')).toEqual({ ok: false, reason: 'severalValues' });
  });
});

describe('readLanguage', () => {
  it.each([
    ['English please', 'en'],
    ['en arabe svp', 'ar'],
    ['kan het in het Frans?', 'fr'],
    ['بالفرنسية', 'fr'],
    ['bl3arbiya', 'ar'],
    ['en', 'en'],
  ])('reads the language named in "%s"', (text, code) => {
    expect(readLanguage(text)).toEqual({ ok: true, value: code });
  });

  it('reads "en" as a language only when it is the whole answer', () => {
    expect(readLanguage('en retard')).toEqual({ ok: false, reason: 'notUnderstood' });
  });

  it('takes no typo when asked not to', () => {
    expect(readLanguage('englsh')).toEqual({ ok: true, value: 'en' });
    expect(readLanguage('englsh', { typos: false })).toEqual({ ok: false, reason: 'notUnderstood' });
  });
});

describe('readRole, who the mentor is', () => {
  it.each(['je veux un mentor', 'I need a mentor', 'ik zoek een coach', 'بغيت منتور'])(
    'reads a mentor one wants to have as a mentee when the answer is "%s"',
    (text) => {
      expect(readRole(text)).toEqual({ ok: true, value: 'mentee' });
    },
  );

  it.each([
    'je veux devenir un mentor',
    'I would like to be a mentor',
    'ik wil als mentor helpen',
    'ik wil mentor worden',
  ])('reads a mentor one wants to be as a mentor when the answer is "%s"', (text) => {
    expect(readRole(text)).toEqual({ ok: true, value: 'mentor' });
  });

  it.each(['I want to help a young person find work', 'ik wil jongeren helpen', 'بغيت نعاون الشباب'])(
    'reads helping young people as a mentor, whatever work they seek, when the answer is "%s"',
    (text) => {
      expect(readRole(text)).toEqual({ ok: true, value: 'mentor' });
    },
  );

  it('reads a young person asking for help as a mentee', () => {
    expect(readRole('je suis jeune, aidez-moi à trouver un travail')).toEqual({ ok: true, value: 'mentee' });
  });

  it('asks again when the answer offers a second role the reader does not know', () => {
    expect(readRole('mentor ou jeune je sais pas')).toEqual({ ok: false, reason: 'severalValues' });
  });
});

describe('readChoice, word forms', () => {
  const heard = [
    { id: 'friend', names: ['Par un ami', 'ami', 'famille'] },
    { id: 'school', names: ["À l'école", 'école', 'formation'] },
  ];

  it.each(['par une amie', 'mes amis', 'des amies'])(
    'reads a feminine or plural form of a label word in "%s"',
    (text) => {
      expect(readChoice(text, heard)).toEqual({ ok: true, value: 'friend' });
    },
  );

  it('reads a Dutch diminutive as its word', () => {
    expect(readRole('gewoon een vraagje')).toEqual({ ok: true, value: 'question' });
  });
});

const education = [
  { id: 'none', names: ['Aucun diplôme', 'Geen diploma', 'No diploma', 'بدون شهادة'] },
  { id: 'bachelor', names: ['Bachelier, licence', 'Bachelor', 'إجازة / بكالوريوس'] },
  { id: 'master', names: ['Master ou plus', 'Master of hoger', 'Master or higher'] },
  { id: 'foreignNotRecognised', names: ['Diplôme étranger non reconnu', 'Diploma from abroad, not recognised here'] },
];

describe('readChoice, what a negation picks', () => {
  it.each(['ma 3ndich diplome', 'je n’ai pas de diplôme', 'ما عنديش ديبلوم'])(
    'reads a negated diploma as none when the answer is "%s"',
    (text) => {
      expect(readChoice(text, education)).toEqual({ ok: true, value: 'none' });
    },
  );

  it.each([
    "j'ai une licence en Algérie mais elle est pas reconnue ici",
    'عندي إجازة من المغرب ولكن ما معترفينش بيها هنا',
  ])('reads a degree said not to be recognised as a diploma from abroad: "%s"', (text) => {
    expect(readChoice(text, education)).toEqual({ ok: true, value: 'foreignNotRecognised' });
  });

  it('reads English "of" after an option\'s name as part of it, not as Dutch "or": "bachelor of science"', () => {
    expect(readChoice('bachelor of science', education)).toEqual({ ok: true, value: 'bachelor' });
    expect(readChoice('bachelor of master', education)).toEqual({ ok: false, reason: 'severalValues' });
  });
});

describe('readLanguage, codes and judgements', () => {
  it('reads a code after a preposition: "on continue en fr"', () => {
    expect(readLanguage('on continue en fr')).toEqual({ ok: true, value: 'fr' });
  });

  it.each([
    ['english please, mon français est pas top', 'en'],
    ['liever niet in het Frans, Nederlands is beter', 'nl'],
  ])('leaves out a language said not to be wanted in "%s"', (text, language) => {
    expect(readLanguage(text)).toEqual({ ok: true, value: language });
  });
});

describe('readChoice, words a label or the answer negates', () => {
  it('takes no "not recognised" option from a diploma said to be recognised', () => {
    expect(readChoice('diplôme reconnu', education).ok).toBe(false);
    expect(readChoice('ma licence est reconnue', education)).toEqual({ ok: true, value: 'bachelor' });
  });

  it.each(['je veux pas travailler dans la vente', 'tout sauf la vente'])(
    'does not pick an option refused in "%s"',
    (text) => {
      expect(readChoice(text, sectors).ok).toBe(false);
    },
  );
});

const levels = [
  { id: 'foreignNotRecognised', names: ['Diplôme étranger non reconnu'] },
  { id: 'none', names: ['Aucun diplôme'] },
  { id: 'lowerSecondary', names: ['Secondaire inférieur', 'Lager secundair onderwijs'] },
  { id: 'upperSecondary', names: ['Secondaire supérieur', 'secondaire', 'middelbaar', 'high school'] },
  { id: 'bachelor', names: ['Bachelier, licence', 'Bachelor'] },
  { id: 'master', names: ['Master ou plus'] },
].map(withLexicon);

describe('readChoice, schooling stopped, going on or from abroad', () => {
  it.each([
    ["j'ai arrêté en 4ème", 'lowerSecondary'],
    ["j'ai arrêté l'école en 1ère", 'lowerSecondary'],
    ['ik ben gestopt in het 3de middelbaar', 'lowerSecondary'],
    ['I quit my bachelor in the second year', 'upperSecondary'],
    ['arrêté en master 1', 'bachelor'],
  ])('reads "%s" as the level completed, below the one stopped in', (text, id) => {
    expect(readChoice(text, levels)).toEqual({ ok: true, value: id });
  });

  it('reads a level finished before stopping as that level', () => {
    expect(readChoice("j'ai arrêté après le master", levels)).toEqual({ ok: true, value: 'master' });
  });

  it.each([
    'ik ben gestopt na het 2de middelbaar',
    "j'ai arrêté après la seconde",
    'left after 3rd year of high school',
  ])('reads a year of secondary school finished before its last as lower secondary: "%s"', (text) => {
    expect(readChoice(text, levels)).toEqual({ ok: true, value: 'lowerSecondary' });
  });

  it.each(['je suis en bachelier 2', "I'm in my master now", 'licence au Maroc', 'bachelor in Syria'])(
    'asks again on "%s": a level going on, or a degree from abroad that may not be recognised',
    (text) => {
      expect(readChoice(text, levels).ok).toBe(false);
    },
  );

  it('reads a degree from abroad said not to be made equivalent as not recognised', () => {
    expect(readChoice('licence men lmaghrib, ma m3adlach', levels)).toEqual({
      ok: true,
      value: 'foreignNotRecognised',
    });
  });
});

describe('readChoice, refusals and unknowns', () => {
  const withUnknown = [...sectors, withLexicon({ id: 'unknown', names: ['je ne sais pas encore', 'geen idee'] })];

  it.each(['anything but sales', 'everything but care'])('asks again on "%s": a refusal picks nothing', (text) => {
    expect(readChoice(text, withUnknown).ok).toBe(false);
  });

  it('does not read a negation of a synonym as its option: "geen verkoop" is not "geen idee"', () => {
    expect(readChoice('geen verkoop', withUnknown).ok).toBe(false);
  });

  it('reads "I don\'t know" in Darija as the option for not knowing yet', () => {
    expect(readChoice('ma3raftch mazal', withUnknown)).toEqual({ ok: true, value: 'unknown' });
  });
});

describe('readLanguage, the language spoken and the one to write in', () => {
  it.each([
    ['je parle turc mais écris-moi en anglais', 'en'],
    ['thuis spreken we Arabisch maar stuur me berichten in het Frans', 'fr'],
    ['I speak French but please write in Dutch', 'nl'],
    ['كنهضر الدارجة ولكن كتب ليا بالانجليزية', 'en'],
  ])('reads "%s" as the language after the "but"', (text, language) => {
    expect(readLanguage(text)).toEqual({ ok: true, value: language });
  });

  it.each(['je parle français mais aussi arabe', 'I speak English but Dutch is fine too'])(
    'asks again on "%s", a second language added, not chosen',
    (text) => {
      expect(readLanguage(text).ok).toBe(false);
    },
  );

  it('reads a name of one letter only as the whole answer: "j" is yes, "j\'ai des questions" is not', () => {
    const yesNo = [withLexicon({ id: 'yes', names: ['oui', 'j'] }), withLexicon({ id: 'no', names: ['non', 'n'] })];
    expect(readChoice('j', yesNo)).toEqual({ ok: true, value: 'yes' });
    expect(readChoice("j'ai des questions", yesNo).ok).toBe(false);
  });
});

describe('readChoice, people who sell and people never schooled', () => {
  const withWords = (ids: readonly string[]) => ids.map((id) => withLexicon({ id, names: [] }));
  const sectorIds = withWords(['office', 'sales', 'care']);
  const education = withWords(['none', 'lowerSecondary', 'upperSecondary']);

  it.each(['vendeuse', 'verkoopster', 'vendeur f hanout', 'بائعة ف محل'])('reads "%s" as sales', (text) => {
    expect(readChoice(text, sectorIds)).toEqual({ ok: true, value: 'sales' });
  });

  it.each(['ما قريتش', 'ma qritch', 'I never went to school', "je suis jamais allé à l'école"])(
    'reads "%s" as no diploma',
    (text) => {
      expect(readChoice(text, education)).toEqual({ ok: true, value: 'none' });
    },
  );

  it('asks again on "ma qritch bzaf": some schooling, how much is still to ask', () => {
    expect(readChoice('ma qritch bzaf', education).ok).toBe(false);
  });

  it('does not read school named in a sentence as no diploma: "j\'ai arrêté l\'école en 2nde"', () => {
    expect(readChoice("j'ai arrêté l'école en 2nde", education)).toEqual({ ok: true, value: 'lowerSecondary' });
  });
  it('reads a level not finished as the level below: "bac pro commerce, pas fini"', () => {
    const levels = withWords(['none', 'lowerSecondary', 'upperSecondary', 'bachelor']);
    expect(readChoice('bac pro commerce, pas fini', levels)).toEqual({ ok: true, value: 'lowerSecondary' });
  });
});

describe('readChoice, names of several words and diplomas of no value here', () => {
  const heardFrom = [
    withLexicon({ id: 'friend', names: ['Amis ou famille'] }),
    withLexicon({ id: 'employmentService', names: ['Service de l’emploi', 'france travail', 'actiris'] }),
  ];
  const education = [
    withLexicon({ id: 'none', names: ['Pas de diplôme', 'No diploma'] }),
    withLexicon({ id: 'bachelor', names: ['Bachelor', 'Licence'] }),
    withLexicon({ id: 'foreignNotRecognised', names: ['Diplôme étranger non reconnu', 'niet erkend'] }),
  ];

  it('does not read one word of a longer name inside another name: "France" of "France Travail"', () => {
    expect(readChoice('Grâce à France Volontaires', heardFrom).ok).toBe(false);
    expect(readChoice('via france travail', heardFrom)).toEqual({ ok: true, value: 'employmentService' });
  });

  it.each([
    'studied law in Kyiv but my degree is not valid in Belgium',
    "mon bac n'est pas valable ici",
    'mijn diploma uit Syrië is hier niet geldig',
    'شهادتي ماشي صالحة هنا',
    'diploma is hier ongeldig',
  ])('reads a diploma declared of no value here as foreign and not recognised: "%s"', (text) => {
    expect(readChoice(text, education)).toEqual({ ok: true, value: 'foreignNotRecognised' });
  });
});
