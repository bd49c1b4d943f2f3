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
});
