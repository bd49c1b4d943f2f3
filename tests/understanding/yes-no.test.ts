import { describe, expect, it } from 'vitest';
import { readYesNo } from '../../src/understanding/index.js';

describe('readYesNo', () => {
  it.each([
    "oui je suis d'accord",
    "ok d'accord",
    "c'est bon",
    'ouii',
    'yes please',
    'ja prima',
    'is goed',
    'jaa',
    'ja hoor',
    'أجل',
    'بلى',
    'ايه',
    'اوكي',
    'نعم موافق',
    '👍',
    'واخا',
    'mzyan',
    'naam',
    'ايوه',
  ])('reads yes when the answer is "%s"', (text) => {
    expect(readYesNo(text)).toEqual({ ok: true, value: 'yes' });
  });

  it.each(['non merci', 'nee dank je', 'no thanks', 'لا شكرا', 'la la', '👎', 'nope'])(
    'reads no when the answer is "%s"',
    (text) => {
      expect(readYesNo(text)).toEqual({ ok: true, value: 'no' });
    },
  );

  it.each(["pas d'accord", 'niet akkoord', 'I do not agree', 'ما موافقش', "je ne suis pas d'accord"])(
    'reads a negated yes as no when the answer is "%s"',
    (text) => {
      expect(readYesNo(text)).toEqual({ ok: true, value: 'no' });
    },
  );

  it('reads a negative statement with no yes or no word as no', () => {
    expect(readYesNo("I don't have papers")).toEqual({ ok: true, value: 'no' });
    expect(readYesNo('ik heb geen papieren')).toEqual({ ok: true, value: 'no' });
  });

  it('reads "no problem" and its kin as yes, not as no', () => {
    for (const text of ['no problem', 'pas de problème', 'geen probleem', 'لا مشكلة']) {
      expect(readYesNo(text)).toEqual({ ok: true, value: 'yes' });
    }
  });

  it('asks again when an answer holds a yes and a no', () => {
    expect(readYesNo('oui et non')).toEqual({ ok: false, reason: 'contradiction' });
    expect(readYesNo('ja nee')).toEqual({ ok: false, reason: 'contradiction' });
    expect(readYesNo('👍👎')).toEqual({ ok: false, reason: 'contradiction' });
  });

  it('asks again on "maybe" unless the question allows "not sure"', () => {
    expect(readYesNo('peut-être')).toEqual({ ok: false, reason: 'maybe' });
    expect(readYesNo("I'm not sure", { allowNotSure: true })).toEqual({ ok: true, value: 'notSure' });
    expect(readYesNo('ما نعرفش', { allowNotSure: true })).toEqual({ ok: true, value: 'notSure' });
  });

  it.each(['oui je pense', 'normalement oui', 'I think yes', 'normaal gezien wel', 'ja denk ik', 'المفروض اه'])(
    'reads a hedged yes as "not sure" where the question allows it, else asks again: "%s"',
    (text) => {
      expect(readYesNo(text, { allowNotSure: true })).toEqual({ ok: true, value: 'notSure' });
      expect(readYesNo(text)).toEqual({ ok: false, reason: 'maybe' });
    },
  );

  it.each(['I can do it but not on fridays', 'je peux mais pas le lundi', 'ik kan het maar niet op maandag'])(
    'reads a yes when only some weekdays are ruled out of a weekly meeting: "%s"',
    (text) => {
      expect(readYesNo(text)).toEqual({ ok: true, value: 'yes' });
    },
  );

  it.each(['I can but not every week', 'je peux mais pas toutes les semaines', 'ik kan het maar niet elke week'])(
    'asks again when weeks are ruled out: "%s"',
    (text) => {
      expect(readYesNo(text)).toEqual({ ok: false, reason: 'contradiction' });
    },
  );

  it('corrects a short word only when it keeps its first letter: "night" is not "right"', () => {
    expect(readYesNo("I can't every week, I work night shift")).toEqual({ ok: true, value: 'no' });
  });

  it.each(['je suis belge', 'Ik ben Belg', "I'm a French citizen", 'عندي الجنسية البلجيكية', 'ik ben hier geboren'])(
    'reads a nationality of the programme\'s countries as a yes to the right to work: "%s"',
    (text) => {
      expect(readYesNo(text, { allowNotSure: true })).toEqual({ ok: true, value: 'yes' });
      expect(readYesNo(text).ok).toBe(false);
    },
  );

  it.each(['oui... non en fait je préfère pas', 'اه لا في الحقيقة ما عنديش الوقت', 'yes no actually I found a job'])(
    'reads a yes turned to a no right before a word of taking back as the no: "%s"',
    (text) => {
      expect(readYesNo(text)).toEqual({ ok: true, value: 'no' });
    },
  );

  it('reads spoken Flemish "ni" as "niet", but not French "ni … ni"', () => {
    expect(readYesNo('ik wil ni da ge mijn gegevens bijhoudt')).toEqual({ ok: true, value: 'no' });
    expect(readYesNo('ni oui ni non').ok).toBe(false);
  });

  it('reads French "née à" as born, not Dutch "nee"', () => {
    expect(readYesNo('oui oui je suis née à Lyon', { allowNotSure: true })).toEqual({ ok: true, value: 'yes' });
  });

  it('lets the words decide over a polite emoji', () => {
    expect(readYesNo('non merci 🙏')).toEqual({ ok: true, value: 'no' });
  });

  it('counts a word too short to trust only when it is the whole answer', () => {
    expect(readYesNo('k')).toEqual({ ok: true, value: 'yes' });
    expect(readYesNo('la')).toEqual({ ok: true, value: 'no' });
    expect(readYesNo('je suis à la maison')).toEqual({ ok: false, reason: 'notUnderstood' });
  });

  it('says there was nothing to read when the answer is only punctuation', () => {
    expect(readYesNo('?!')).toEqual({ ok: false, reason: 'empty' });
  });
});

describe('readYesNo with a negation after the word', () => {
  it('reads "absolutely not" and "of course not" as no', () => {
    expect(readYesNo('absolutely not')).toEqual({ ok: true, value: 'no' });
    expect(readYesNo('of course not')).toEqual({ ok: true, value: 'no' });
  });

  it('keeps "oui pas de souci" a yes: the negation belongs to a phrase of its own', () => {
    expect(readYesNo('oui pas de souci')).toEqual({ ok: true, value: 'yes' });
  });
});

describe('readYesNo, verbs of knowing and believing', () => {
  it.each(['jsais pas trop', 'ma3raftch', 'ماعرفتش', 'ik weet het echt niet', 'no clue'])(
    'reads "%s" as not sure when the question allows it',
    (text) => {
      expect(readYesNo(text, { allowNotSure: true })).toEqual({ ok: true, value: 'notSure' });
    },
  );

  it.each(['ik denk het niet', "I don't think so", 'je crois pas'])('reads "%s" as a no', (text) => {
    expect(readYesNo(text)).toEqual({ ok: true, value: 'no' });
  });

  it('asks again when the person only believes so', () => {
    expect(readYesNo('je crois')).toEqual({ ok: false, reason: 'maybe' });
  });

  it('does not read an oath before "I don\'t know" as a yes', () => {
    expect(readYesNo('wallah ma3raft')).toEqual({ ok: false, reason: 'maybe' });
  });

  it('asks again when a negation stands alone with nothing to negate', () => {
    expect(readYesNo('ماشي')).toEqual({ ok: false, reason: 'notUnderstood' });
  });

  it('reads a yes said longer when it stands alone ("eyy")', () => {
    expect(readYesNo('eyy')).toEqual({ ok: true, value: 'yes' });
  });

  it('reads spoken Flemish "nie" as "niet"', () => {
    expect(readYesNo('liever nie')).toEqual({ ok: true, value: 'no' });
  });
});

describe('readYesNo, being sure', () => {
  it.each(["I'm not quite sure", 'ik ben niet zeker'])('asks again with maybe when the answer is "%s"', (text) => {
    expect(readYesNo(text)).toEqual({ ok: false, reason: 'maybe' });
  });

  it('reads "sure" on its own as a yes', () => {
    expect(readYesNo('sure why not')).toEqual({ ok: true, value: 'yes' });
  });

  it('reads an Arabizi word whatever vowels it is typed with', () => {
    expect(readYesNo('ma3reft', { allowNotSure: true })).toEqual({ ok: true, value: 'notSure' });
    expect(readYesNo('n3am')).toEqual({ ok: true, value: 'yes' });
  });
  it.each(["je n'ai pas de problème avec ça", 'geen enkel probleem', "I don't mind", 'ما عندي حتى مشكل', 'no problem'])(
    'reads a negated problem as yes when the answer is "%s"',
    (text) => {
      expect(readYesNo(text)).toEqual({ ok: true, value: 'yes' });
    },
  );

  it('keeps a no before a problem that is not negated: "non, j\'ai un problème avec ça"', () => {
    expect(readYesNo("non, j'ai un problème avec ça")).toEqual({ ok: true, value: 'no' });
  });

  it('reads a no before a negated problem as part of it when the answer is "non non pas de problème"', () => {
    expect(readYesNo('non non pas de problème pour moi')).toEqual({ ok: true, value: 'yes' });
  });

  it('stops a negation at a comma when the answer is "ik werk nu niet, dus ja ik zoek werk"', () => {
    expect(readYesNo('ik werk nu niet, dus ja ik zoek werk')).toEqual({ ok: true, value: 'yes' });
  });

  it.each(["pas du tout d'accord", 'niet echt akkoord'])('reads "%s" as no, not as a yes and a no', (text) => {
    expect(readYesNo(text)).toEqual({ ok: true, value: 'no' });
  });

  it('takes no yes from words inside a question when the answer is "c\'est quoi exactement les données ?"', () => {
    expect(readYesNo("c'est quoi exactement les données que vous gardez ?").ok).toBe(false);
  });

  it('reads "God willing" as a yes beside a yes and as a maybe alone', () => {
    expect(readYesNo('نعم إن شاء الله')).toEqual({ ok: true, value: 'yes' });
    expect(readYesNo('إن شاء الله')).toEqual({ ok: false, reason: 'maybe' });
  });

  it.each(['refugee', 'cours'])('reads no yes or no through a far-fetched typo in "%s"', (text) => {
    expect(readYesNo(text).ok).toBe(false);
  });

  it('reads "no sorry" as no, "sorry" being no typo of "worry"', () => {
    expect(readYesNo('no sorry')).toEqual({ ok: true, value: 'no' });
  });
});

describe('readYesNo, what is no answer', () => {
  it.each(['je comprends pas', "I don't understand", 'ma fhemtch'])(
    'asks again on "%s", not reading it as a no',
    (text) => {
      expect(readYesNo(text)).toEqual({ ok: false, reason: 'notUnderstood' });
    },
  );

  it('asks again on "no I agree", a no and a yes', () => {
    expect(readYesNo('no I agree')).toEqual({ ok: false, reason: 'contradiction' });
  });
});

describe('readYesNo, objections and abilities', () => {
  it.each(['je suis pas contre', "I'm not against it", 'ik ben er niet tegen'])('reads "%s" as yes', (text) => {
    expect(readYesNo(text)).toEqual({ ok: true, value: 'yes' });
  });

  it('asks again on "je veux bien mais je ne peux pas", a yes and a no', () => {
    expect(readYesNo('je veux bien mais je ne peux pas')).toEqual({ ok: false, reason: 'contradiction' });
  });

  it.each(['never mind', 'laat maar'])('reads no no from "%s"', (text) => {
    expect(readYesNo(text).ok).toBe(false);
  });

  it.each(['oui ? il faut payer ?', 'ok? and then what happens', 'ja? hoe lang duurt het?', 'نعم؟ بشحال؟'])(
    'asks again when the yes of "%s" is asked back before a question',
    (text) => {
      expect(readYesNo(text).ok).toBe(false);
    },
  );

  it.each(['yes but', 'oui mais pas pendant les vacances', 'ja maar niet altijd', 'yes but not in the evening'])(
    'asks again when the yes of "%s" is held back by a but',
    (text) => {
      expect(readYesNo(text)).toEqual({ ok: false, reason: 'contradiction' });
    },
  );

  it('keeps a yes whose but adds something else', () => {
    expect(readYesNo('oui mais seulement le matin je préfère')).toEqual({ ok: true, value: 'yes' });
  });

  it('asks again on "peut-être oui peut-être non": no leaning to take', () => {
    expect(readYesNo('peut-être oui peut-être non', { allowNotSure: true }).ok).toBe(false);
  });

  it('reads a believed yes with a doubt as not sure', () => {
    expect(readYesNo('je crois que oui mais pas certain', { allowNotSure: true })).toEqual({
      ok: true,
      value: 'notSure',
    });
  });

  it.each(['oui mais ça sert à quoi ?', 'yes but what do you keep?'])(
    'asks again when the yes of "%s" waits for an answer to a question',
    (text) => {
      expect(readYesNo(text).ok).toBe(false);
    },
  );

  it.each(['non, je sais pas trop', 'nee, geen idee', 'no... not sure'])(
    'reads "%s" as not sure where the question allows it: the no goes with the doubt',
    (text) => {
      expect(readYesNo(text, { allowNotSure: true })).toEqual({ ok: true, value: 'notSure' });
      expect(readYesNo(text)).toEqual({ ok: false, reason: 'maybe' });
    },
  );

  it.each(['la choukrane', 'yh', 'jup', 'mwafe9'])('reads the Darija, Dutch or texting form "%s"', (text) => {
    expect(readYesNo(text).ok).toBe(true);
  });

  it.each(["j'ai mon titre de séjour", 'ik heb een verblijfskaart', '3andi lwra9', 'عندي الاقامة'])(
    'reads having the document asked about, "%s", as a yes',
    (text) => {
      expect(readYesNo(text)).toEqual({ ok: true, value: 'yes' });
    },
  );

  it.each(["je n'ai pas de titre de séjour", 'ma3ndich lwra9'])('reads not having it, "%s", as a no', (text) => {
    expect(readYesNo(text)).toEqual({ ok: true, value: 'no' });
  });

  it.each(['eh 3adi', 'إي والله', 'ih'])('reads the Darija yes "%s"', (text) => {
    expect(readYesNo(text)).toEqual({ ok: true, value: 'yes' });
  });

  it.each(["j'ai rien contre", "je n'ai rien contre", 'ik heb er niets op tegen'])(
    'reads "%s", nothing against it, as a yes',
    (text) => {
      expect(readYesNo(text)).toEqual({ ok: true, value: 'yes' });
    },
  );

  it.each(['je crois que non', 'ik denk van niet'])('reads "%s", a belief with a no, as a no', (text) => {
    expect(readYesNo(text, { allowNotSure: true })).toEqual({ ok: true, value: 'no' });
  });

  it.each(['I believe so', 'ik geloof het wel'])('reads "%s", a belief, as not sure', (text) => {
    expect(readYesNo(text, { allowNotSure: true })).toEqual({ ok: true, value: 'notSure' });
  });
  describe('an answer taken back', () => {
    it.each([
      ['yes no wait no', 'no'],
      ['ja.. nee toch niet', 'no'],
      ['oui... non en fait non', 'no'],
      ['no sorry I mean yes', 'yes'],
      ['nee, toch wel', 'yes'],
      ['لا لا عفوا نعم', 'yes'],
      ['eyh la pardon la', 'no'],
      ['wah... la 9sdi la', 'no'],
    ])('reads what follows the last word that takes back in "%s"', (text, value) => {
      expect(readYesNo(text)).toEqual({ ok: true, value });
    });

    it.each(['oui en fait', 'no sorry', 'yes actually'])('keeps what was said when nothing follows in "%s"', (text) => {
      expect(readYesNo(text).ok).toBe(true);
    });

    it('asks again when what follows is a doubt: "non en fait je sais pas"', () => {
      expect(readYesNo('non en fait je sais pas')).toEqual({ ok: false, reason: 'maybe' });
      expect(readYesNo('non en fait je sais pas', { allowNotSure: true })).toEqual({ ok: true, value: 'notSure' });
    });

    it.each(['ja maar eigenlijk nee', 'euh non oui', 'oui oui! enfin non pardon, pas tous les jours'])(
      'asks again on "%s": a "but" before it, no word that takes back, or nothing said after it',
      (text) => {
        expect(readYesNo(text).ok).toBe(false);
      },
    );
  });

  it.each(['la ana khddam deja', 'la la ana khddam', 'la, 3ndi khedma'])(
    'reads the Darija "la" followed by a Darija word in "%s" as no',
    (text) => {
      expect(readYesNo(text)).toEqual({ ok: true, value: 'no' });
    },
  );

  it('does not read the French "là" as a no: "là je cherche du travail"', () => {
    expect(readYesNo('là je cherche du travail').ok).toBe(false);
  });

  it.each(['je dirais pas non', "I wouldn't say no", 'ik zeg geen nee'])(
    'reads not saying no, "%s", as yes',
    (text) => {
      expect(readYesNo(text)).toEqual({ ok: true, value: 'yes' });
    },
  );

  it.each(["j'ai une carte orange", 'ik heb een oranje kaart', "oui j'ai l'annexe 26", '3ndi carte orange'])(
    'reads a card of a pending asylum request, "%s", as not sure rather than a yes',
    (text) => {
      expect(readYesNo(text, { allowNotSure: true })).toEqual({ ok: true, value: 'notSure' });
      expect(readYesNo(text).ok).toBe(false);
    },
  );
  it.each([
    ['mazal ma l9it khedma, iyeh kan9leb', 'yes'],
    ['mazal ma 3ndich lwra9', 'no'],
    ['la la safi', 'no'],
    ['si', 'yes'],
  ])('reads "%s" as %s: "still not" and "safi" after a no say no yes or no of their own', (text, value) => {
    expect(readYesNo(text)).toEqual({ ok: true, value });
  });

  it('asks again on a negation said twice: "I\'m not not looking"', () => {
    expect(readYesNo("I'm not not looking").ok).toBe(false);
  });
  it('reads a no before a negated problem as part of it across the negation: "non je n\'ai aucun problème avec ça"', () => {
    expect(readYesNo("non je n'ai aucun problème avec ça")).toEqual({ ok: true, value: 'yes' });
    expect(readYesNo("non, j'ai un gros problème avec ça")).toEqual({ ok: true, value: 'no' });
  });
  it.each(['oui sauf pendant le ramadan', 'yes except in december', 'ok attends je vérifie'])(
    'asks again on "%s": a yes held back by an exception or a wait',
    (text) => {
      expect(readYesNo(text)).toEqual({ ok: false, reason: 'contradiction' });
    },
  );

  it.each(['oui sauf le vendredi', 'ja behalve op vrijdag', 'yes except fridays', 'iyeh ghir nhar jem3a la'])(
    'keeps the yes of "%s": a weekday ruled out still leaves a day a week',
    (text) => {
      expect(readYesNo(text)).toEqual({ ok: true, value: 'yes' });
    },
  );

  it.each([
    'nee, nog altijd geen werk, dus ik zoek',
    'la ma3ndich khdma, kan9leb',
    "non, je n'ai pas de travail et j'en cherche un",
  ])('asks again on "%s": a no beside having no job and looking for one may answer either', (text) => {
    expect(readYesNo(text).ok).toBe(false);
  });
  it.each([
    ["j'ai dit oui par erreur, c'est non", 'no'],
    ["I said yes by mistake, it's no", 'no'],
  ])('reads what follows an answer said by mistake in "%s"', (text, value) => {
    expect(readYesNo(text)).toEqual({ ok: true, value });
  });

  it('asks again on a no followed by a wait: "nee wacht even, ik moet nadenken"', () => {
    expect(readYesNo('nee wacht even, ik moet nadenken').ok).toBe(false);
    expect(readYesNo('nee ik wacht nog op mijn papieren')).toEqual({ ok: true, value: 'no' });
  });

  it.each(['I have refugee status', 'protection subsidiaire', 'erkend vluchteling'])(
    'reads a protection that gives the right to work, "%s", as yes',
    (text) => {
      expect(readYesNo(text, { allowNotSure: true })).toEqual({ ok: true, value: 'yes' });
    },
  );

  it('asks again on a birthplace alone, so that no option "Nee" is read in it', () => {
    expect(readYesNo('née à Tourcoing', { allowNotSure: true })).toEqual({ ok: false, reason: 'maybe' });
  });
});

describe('readYesNo, a doubt about what follows and French "née"', () => {
  it.each([
    'man3rafch wach 3ndi l7a9 nkhdem',
    'idk whether my permit allows it',
    'je sais pas trop si mon titre le permet',
    'ik weet echt niet of mijn kaart dat toelaat',
    'ما عرفتش واش الكارطة ديالي كتسمح',
  ])('reads "I don\'t know" followed by "if …" as not sure: "%s"', (text) => {
    expect(readYesNo(text, { allowNotSure: true })).toEqual({ ok: true, value: 'notSure' });
  });

  it('keeps "or no" after a doubt as two answers offered', () => {
    expect(readYesNo('ja denk ik, of nee', { allowNotSure: true }).ok).toBe(false);
  });

  it.each(['belge née à Charleroi', 'Née à Marseille, je suis française', 'NÉE EN FRANCE'])(
    'never reads French "née" as Dutch "nee": "%s"',
    (text) => {
      expect(readYesNo(text, { allowNotSure: true })).toEqual({ ok: true, value: 'yes' });
    },
  );

  it('asks again on a birthplace alone, so that no option "Nee" is read in it', () => {
    expect(readYesNo('née à Tourcoing', { allowNotSure: true })).toEqual({ ok: false, reason: 'maybe' });
  });
});

describe('readYesNo on the right to work', () => {
  it.each([
    'mon avocat dit que oui',
    'I think so, my lawyer is still checking',
    'المحامي ديالي كيشوف',
    'ik wacht op de DVZ',
  ])('reads "%s" as not sure: someone else decides', (text) => {
    expect(readYesNo(text, { allowNotSure: true })).toEqual({ ok: true, value: 'notSure' });
  });

  it('keeps a no that mentions a lawyer', () => {
    expect(readYesNo('non, mon avocat a perdu le recours', { allowNotSure: true })).toEqual({ ok: true, value: 'no' });
  });

  it.each(['لاجئ معترف بيه', 'عندي حماية دولية', 'erkende vluchteling', 'anaya fransawiya', 'عندي تصريح عمل'])(
    'reads "%s" as a yes',
    (text) => {
      expect(readYesNo(text, { allowNotSure: true })).toEqual({ ok: true, value: 'yes' });
    },
  );
});

describe('readYesNo on conditions, procedures and births', () => {
  it.each([
    'oui si mon patron accepte de changer mes horaires',
    'ja als mijn baas akkoord is',
    'yes if my manager lets me change shifts',
    'نعم إذا وافق صاحب العمل',
  ])('asks again on "%s": a yes on someone else\'s condition', (text) => {
    expect(readYesNo(text)).toEqual({ ok: false, reason: 'maybe' });
  });

  it.each(['wakha ila bghiti', 'oui si vous voulez', 'ja, als mentor'])('keeps the yes of "%s"', (text) => {
    expect(readYesNo(text)).toEqual({ ok: true, value: 'yes' });
  });

  it('reads a procedure still running as not sure, and a no said as the answer as no', () => {
    expect(readYesNo('my asylum case is still pending', { allowNotSure: true })).toEqual({
      ok: true,
      value: 'notSure',
    });
    expect(readYesNo('طلب اللجوء تبعي لسا ما خلص', { allowNotSure: true })).toEqual({ ok: true, value: 'notSure' });
    expect(readYesNo('pas encore, je suis en demande d’asile', { allowNotSure: true })).toEqual({
      ok: true,
      value: 'no',
    });
    expect(readYesNo("la préfecture répond pas donc non pour l'instant", { allowNotSure: true })).toEqual({
      ok: true,
      value: 'no',
    });
  });

  it.each(['chui né a liege', 'I was born in Antwerp', 'ana mzyoud hna f bruxelles'])(
    'reads "%s" as a yes to the right to work',
    (text) => {
      expect(readYesNo(text, { allowNotSure: true })).toEqual({ ok: true, value: 'yes' });
    },
  );

  it.each(['grave je recommande a tt le monde 🔥', 'would recommend 100%', 'zeker aanraden'])(
    'reads "%s" as a yes to recommending',
    (text) => {
      expect(readYesNo(text)).toEqual({ ok: true, value: 'yes' });
    },
  );
});

describe('readYesNo on a Flemish no', () => {
  it('reads "nie" alone as no', () => {
    expect(readYesNo('nie')).toEqual({ ok: true, value: 'no' });
  });
});

describe('readYesNo on a decision still to come', () => {
  it.each([
    'toujours pas de réponse pour mon asile',
    'still no answer from the court',
    'مازال ما ردوش عليا فالدوسي',
    'القضية مازال فالمحكمة',
  ])('reads "%s" as not sure of the right to work', (text) => {
    expect(readYesNo(text, { allowNotSure: true })).toEqual({ ok: true, value: 'notSure' });
  });

  it.each(["oui, mon avocat l'a confirmé", 'my asylum was granted last year', 'mijn asielaanvraag is goedgekeurd'])(
    'reads "%s" as a yes: the decision is taken',
    (text) => {
      expect(readYesNo(text, { allowNotSure: true })).toEqual({ ok: true, value: 'yes' });
    },
  );

  it('keeps a "not yet" said as its own answer a no', () => {
    expect(readYesNo("pas encore, j'attends la réponse", { allowNotSure: true })).toEqual({ ok: true, value: 'no' });
  });

  it('reads a birth here with a hedged yes as a yes, and a birth here with a doubt as not sure', () => {
    expect(readYesNo('je suis né à Lille donc oui normalement', { allowNotSure: true })).toEqual({
      ok: true,
      value: 'yes',
    });
    expect(readYesNo('née à Liège mais je sais pas', { allowNotSure: true })).toEqual({ ok: true, value: 'notSure' });
  });
});

describe('readYesNo on too much asked', () => {
  it.each([
    "six mois c'est trop long pour moi",
    'een half jaar is te lang',
    '6 months is too long for me sorry',
    'sta chhour bzaf 3liya',
  ])('reads "%s" as no', (text) => {
    expect(readYesNo(text)).toEqual({ ok: true, value: 'no' });
  });

  it('asks again when the too much is negated, and keeps a yes beside it', () => {
    expect(readYesNo("c'est pas trop long").ok).toBe(false);
    expect(readYesNo('ja, niet te lang')).toEqual({ ok: true, value: 'yes' });
  });

  it('reads the French preposition "sur" as no doubt', () => {
    expect(readYesNo("je peux pas m'engager sur 6 mois")).toEqual({ ok: true, value: 'no' });
    expect(readYesNo('je suis pas sur').ok).toBe(false);
  });
});

describe('readYesNo on Darija', () => {
  it.each(['ma n9derch', 'ma bghitch', 'ma n9derch kol simana'])('reads the split negation "%s" as no', (text) => {
    expect(readYesNo(text)).toEqual({ ok: true, value: 'no' });
  });

  it.each(['اه ايلا قبل الباطرون ديالي', 'wah ila qbel lpatron'])('asks again on the condition in "%s"', (text) => {
    expect(readYesNo(text).ok).toBe(false);
  });
});

describe('readYesNo on being allowed to work', () => {
  it.each(['I am allowed to work', 'ik mag werken', "j'ai le droit de travailler", 'مسموح لي نخدم'])(
    'reads "%s" as a yes to the right to work',
    (text) => {
      expect(readYesNo(text, { allowNotSure: true })).toEqual({ ok: true, value: 'yes' });
    },
  );

  it('reads the permission negated as a no, and asked back as no answer', () => {
    expect(readYesNo("I'm not allowed to work", { allowNotSure: true })).toEqual({ ok: true, value: 'no' });
    expect(readYesNo('what do you mean by allowed?', { allowNotSure: true }).ok).toBe(false);
  });
});

describe('readYesNo on what a question supposes and on someone else', () => {
  it('asks again when a question back supposes a no: "wat moet ik doen als ik niet akkoord ben?"', () => {
    expect(readYesNo('wat moet ik doen als ik niet akkoord ben?').ok).toBe(false);
  });

  it("takes no permission said of a brother as the person's own", () => {
    expect(readYesNo('mijn broer mag werken hij heeft papieren', { allowNotSure: true }).ok).toBe(false);
  });

  it('reads not understanding in Darija as no answer: "mafhamtch chno katgoul"', () => {
    expect(readYesNo('mafhamtch chno katgoul')).toEqual({ ok: false, reason: 'notUnderstood' });
  });
});

describe('readYesNo on a condition said first', () => {
  it.each(['إذا الشركة وافقت نعم', 'als mijn baas akkoord is wel', 'si mon patron accepte, oui'])(
    'asks again on "%s"',
    (text) => {
      expect(readYesNo(text).ok).toBe(false);
    },
  );

  it('keeps the French "si" that answers a negative question', () => {
    expect(readYesNo("non attends si, oui j'habite bien à Schaerbeek")).toEqual({ ok: true, value: 'yes' });
    expect(readYesNo('si si')).toEqual({ ok: true, value: 'yes' });
  });
});

describe('readYesNo on residence cards and Tunisian', () => {
  it.each(['F kaart, gezinshereniging met mijn man', 'carte B', 'ik heb een B kaart'])(
    'reads "%s" as a yes to the right to work',
    (text) => {
      expect(readYesNo(text, { allowNotSure: true })).toEqual({ ok: true, value: 'yes' });
    },
  );

  it('takes no card asked about or refused', () => {
    expect(readYesNo('c quoi la difference entre carte A et carte B ?', { allowNotSure: true }).ok).toBe(false);
    expect(readYesNo('pas de carte F', { allowNotSure: true })).toEqual({ ok: true, value: 'no' });
  });

  it('reads "باهي نقدر" as yes and "helaas niet" as no', () => {
    expect(readYesNo('باهي نقدر')).toEqual({ ok: true, value: 'yes' });
    expect(readYesNo('helaas niet')).toEqual({ ok: true, value: 'no' });
  });
});
