import { describe, expect, it } from 'vitest';
import { readFirstName } from '../../src/understanding/index.js';

describe('readFirstName', () => {
  it.each([
    ["je m'appelle Sara", 'Sara'],
    ['Bonjour, moi c’est karim', 'Karim'],
    ['ik ben Youssef', 'Youssef'],
    ['Hallo, mijn naam is Ilias', 'Ilias'],
    ['my name is Adam', 'Adam'],
    ["hi it's Sofia", 'Sofia'],
    ['اسمي سارة', 'سارة'],
    ['smiti youssef', 'Youssef'],
    ['salam, ana Amine', 'Amine'],
    ['Yasmine', 'Yasmine'],
    ['jean-pierre', 'Jean-Pierre'],
    ['FATIMA ZAHRA', 'Fatima Zahra'],
    ['Omar merci', 'Omar'],
  ])('keeps the name only when the answer is "%s"', (text, name) => {
    expect(readFirstName(text)).toEqual({ ok: true, value: name });
  });

  it('reads a name that is also a word of introduction when it stands alone', () => {
    expect(readFirstName('Ana')).toEqual({ ok: true, value: 'Ana' });
  });

  it.each(['je sais pas', 'idk', 'ما عرفتش', 'weet ik niet'])(
    'asks again with maybe when the answer is "%s"',
    (text) => {
      expect(readFirstName(text)).toEqual({ ok: false, reason: 'maybe' });
    },
  );

  it.each(['oui', 'nee', 'pourquoi vous voulez savoir', 'علاش', 'hallo', 'ik ben 24', 'je cherche du travail'])(
    'asks again when the answer "%s" is not a name',
    (text) => {
      expect(readFirstName(text)).toEqual({ ok: false, reason: 'notUnderstood' });
    },
  );

  it('asks again when nothing is typed but emoji', () => {
    expect(readFirstName('👋')).toEqual({ ok: false, reason: 'empty' });
  });

  it.each([
    ["je m'appelle Sara Benali", 'Sara'],
    ['my name is Omar El Amrani', 'Omar'],
    ['Lotte van Dijk', 'Lotte'],
    ['ik heet Mohamed Amine', 'Mohamed Amine'],
    ['Anne Sophie', 'Anne Sophie'],
  ])('takes the first name of the full name "%s"', (text, name) => {
    expect(readFirstName(text)).toEqual({ ok: true, value: name });
  });

  it.each(['je suis intéressée', "I'm interested", 'ik ben gemotiveerd', 'je suis motivé'])(
    'asks again when "%s" says how the person is, not who',
    (text) => {
      expect(readFirstName(text)).toEqual({ ok: false, reason: 'notUnderstood' });
    },
  );

  it('still reads a capitalised name after "je suis": "je suis René"', () => {
    expect(readFirstName('je suis René')).toEqual({ ok: true, value: 'René' });
  });

  it('asks again on "ik ben benieuwd", a known word of how one is', () => {
    expect(readFirstName('ik ben benieuwd')).toEqual({ ok: false, reason: 'notUnderstood' });
  });

  it.each(['Mme Lambert', 'Monsieur Dubois', 'Dhr. Peeters', 'mevrouw Claes', 'Mr Smith', 'السيد العلوي', 'J. Maes'])(
    'asks again when a title or an initial shows "%s" is a family name',
    (text) => {
      expect(readFirstName(text)).toEqual({ ok: false, reason: 'notUnderstood' });
    },
  );

  it.each([
    'El Amrani',
    'mijn naam is Van Damme',
    'El',
    'De',
    'Janssens',
    'Peeters',
    'أبو أحمد',
    'Abou Ali',
    'أم محمد',
  ])('asks again when "%s" is a family name or a kunya, not a first name', (text) => {
    expect(readFirstName(text)).toEqual({ ok: false, reason: 'notUnderstood' });
  });

  it('reads "Ben" alone, a particle that is also a first name', () => {
    expect(readFirstName('Ben')).toEqual({ ok: true, value: 'Ben' });
  });

  it.each([
    ['Jean-Marc, ingénieur retraité', 'Jean-Marc'],
    ['Marleen, gepensioneerd en graag bezig met jongeren', 'Marleen'],
    ['Peter - retired teacher from Ghent', 'Peter'],
    ['سعاد، أستاذة متقاعدة', 'سعاد'],
    ["je m'appelle Mohamed, j'ai 25 ans", 'Mohamed'],
  ])('takes the name before a description in "%s"', (text, name) => {
    expect(readFirstName(text)).toEqual({ ok: true, value: name });
  });

  it.each([
    ['ibrahima sory', 'Ibrahima Sory'],
    ['Ahmad Shah', 'Ahmad Shah'],
    ['mamadou lamine', 'Mamadou Lamine'],
    ['ali reza', 'Ali Reza'],
    ['Nour Eddine', 'Nour Eddine'],
  ])('keeps both given names of "%s"', (text, name) => {
    expect(readFirstName(text)).toEqual({ ok: true, value: name });
  });

  it.each([
    ['ik ben de Jef', 'Jef'],
    ["'t is Sien", 'Sien'],
    ['ik ben den Staf', 'Staf'],
  ])('reads the name after the spoken Flemish article in "%s"', (text, name) => {
    expect(readFirstName(text)).toEqual({ ok: true, value: name });
  });

  it('asks again on "ik ben De Smet", a family name with its capital particle', () => {
    expect(readFirstName('ik ben De Smet')).toEqual({ ok: false, reason: 'notUnderstood' });
  });

  it.each([
    ["on m'appelle Dédé mais mon vrai prénom c'est André", 'André'],
    ['they call me Jay, my real name is Jamal', 'Jamal'],
    ['Mohamed mais tout le monde m’appelle Hamoudi', 'Mohamed'],
    ['محمد، بس ينادوني حمودي', 'محمد'],
    ['iedereen noemt me Bart maar mijn echte naam is Bartholomeus', 'Bartholomeus'],
  ])('takes the real name, not the nickname, in "%s"', (text, name) => {
    expect(readFirstName(text)).toEqual({ ok: true, value: name });
  });

  it.each(['moet da?', 'is dat verplicht?', "c'est obligé ?", 'why?', 'do I have to?', 'لازم؟'])(
    'asks again on the question back "%s"',
    (text) => {
      expect(readFirstName(text)).toEqual({ ok: false, reason: 'notUnderstood' });
    },
  );

  it.each([
    ["Diallo c'est mon nom, mon prénom c'est Ousmane", 'Ousmane'],
    ['achternaam Peeters, voornaam Lien', 'Lien'],
    ['last name Okafor; first name Chidi', 'Chidi'],
    ['اسمي سلمى ولقبي الإدريسي', 'سلمى'],
    ['Good evening, Rachel here', 'Rachel'],
  ])('takes the first name, not the family name, in "%s"', (text, name) => {
    expect(readFirstName(text)).toEqual({ ok: true, value: name });
  });

  it.each([
    ['Janssens Peter', 'Peter'],
    ['mijn naam is PEETERS Jan', 'Jan'],
    ['Marie DUPONT', 'Marie'],
    ['Mohamed EL AMRANI', 'Mohamed'],
  ])('takes the first name of "%s", a full name with its family name marked', (text, name) => {
    expect(readFirstName(text)).toEqual({ ok: true, value: name });
  });

  it.each([
    ['KABONGO Marie', 'Marie'],
    ['MANSOURI Youssef', 'Youssef'],
    ['TESFAYE Hanna', 'Hanna'],
  ])('takes the given name after a family name in capitals, as on forms: "%s"', (text, name) => {
    expect(readFirstName(text)).toEqual({ ok: true, value: name });
  });

  it.each([
    ['ik ben youssef', 'Youssef'],
    ['je suis karima', 'Karima'],
    ["i'm mohamed", 'Mohamed'],
    ['ana rachid', 'Rachid'],
  ])('reads a name typed in lower case after an introduction: "%s"', (text, name) => {
    expect(readFirstName(text)).toEqual({ ok: true, value: name });
  });

  it.each(['je m’appelle SARA Benali', 'NADIA Elamrani'])(
    'asks again on "%s": a word in capitals first may be the family name or the first name',
    (text) => {
      expect(readFirstName(text)).toEqual({ ok: false, reason: 'notUnderstood' });
    },
  );
});

describe('readFirstName with the label after the name', () => {
  it.each([
    ["je m'appelle Ben Salah Rania, Rania c le prénom", 'Rania'],
    ['Sam is my first name', 'Sam'],
    ['Bram is mijn voornaam', 'Bram'],
  ])('reads "%s" as %s', (text, name) => {
    expect(readFirstName(text)).toEqual({ ok: true, value: name });
  });

  it('takes no first name from a family name said with its label', () => {
    expect(readFirstName('Smith is my last name').ok).toBe(false);
  });
});
