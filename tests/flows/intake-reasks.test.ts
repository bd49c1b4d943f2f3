import { afterEach, describe, expect, it } from 'vitest';
import { intakeHarnesses, run, session, TO_SESSION_CHOICE } from '../support/intake-chat.js';

describe('intake: every re-ask says what kind of answer works', () => {
  const harnesses = intakeHarnesses();
  afterEach(() => harnesses.closeAll());

  it.each([
    ['Hello', 'yes', 'Brussels', 'between 20 and 25', 'I need one exact number, not a range.'],
    ['Bonjour', 'oui', 'Bruxelles', 'entre 20 et 25 ans', 'Il me faut un seul nombre, pas une fourchette.'],
    ['Bonjour', 'oui', 'Bruxelles', '24 ou 25', 'J’ai lu deux réponses différentes : il m’en faut une seule.'],
  ])('says a range or two ages cannot be taken (%s, "%s")', async (greeting, yes, city, age, why) => {
    const h = await harnesses.start();
    await run(h, '+32471100001', [greeting, '1', yes, '1', city]);
    const replies = await h.say('+32471100001', age);
    expect(replies[0]).toBe(why);
    expect(replies[1]).toMatch(/(for example 24|par exemple 24)/);
    expect(replies[2]).toMatch(/How old are you\?|Quel âge avez-vous \?/);
  });

  it.each([
    [
      'Hello',
      'yes',
      'Brussels or Paris',
      'I read two different answers; I need just one.',
      /Type the name of your city/,
    ],
    ['Bonjour', 'oui', 'Bruxelles ou Namur', 'J’ai lu deux réponses différentes : il m’en faut une seule.', /ville/],
  ])('says two places cannot be taken at the city question (%s, "%s")', async (greeting, yes, places, why, hint) => {
    const h = await harnesses.start();
    await run(h, '+32471100009', [greeting, '1', yes, '1']);
    const replies = await h.say('+32471100009', places);
    expect(replies[0]).toBe(why);
    expect(replies[1]).toMatch(hint);
    expect(replies.join('\n')).not.toMatch(/Namur”|Paris”/);
  });

  it.each([
    [
      'Bonjour',
      'oui',
      'Bruxelles',
      'oui et non',
      'J’ai lu à la fois un oui et un non.',
      'Cherchez-vous un emploi ?\n1. Oui\n2. Non',
    ],
    ['Hallo', 'ja', 'Brussel', 'misschien', 'Ik heb een ja of een nee nodig.', 'Zoek je werk?\n1. Ja\n2. Nee'],
  ])(
    'says why a yes-or-no answer is asked again and shows the options (%s, "%s")',
    async (greeting, yes, city, answer, why, question) => {
      const h = await harnesses.start();
      await run(h, '+32471100002', [greeting, '1', yes, '1', city, '25', '1']);
      expect(await h.say('+32471100002', answer)).toEqual([why, expect.any(String), question]);
    },
  );

  it.each([
    [
      'Hello',
      ['1'],
      'maybe',
      ['I need a yes or a no.', 'Answer yes or no (1 or 2).'],
      /Do you agree\?\n1\. Yes\n2\. No$/,
    ],
    [
      'Bonjour',
      ['1'],
      'zzz',
      ['Désolé, je n’ai pas compris.', 'Répondez oui ou non (1 ou 2).'],
      /Êtes-vous d’accord \?\n1\. Oui\n2\. Non$/,
    ],
    [
      'Hello',
      ['1', 'yes'],
      'hmm',
      [
        'Sorry, I did not understand.',
        'Type 1, 2 or 3, or say it in your own words, for example “I am looking for a job”.',
      ],
      /Who are you\?\n1\. /,
    ],
    [
      'Goedendag',
      [],
      'blabla',
      ['Sorry, dat begreep ik niet.', 'Typ het nummer van je taal, of de naam ervan.'],
      /Kies ze:\n1\. Nederlands/,
    ],
  ])(
    'gives a hint and the options again at the consent, role and language questions (%s, "%s")',
    async (greeting, path, answer, lines, question) => {
      const h = await harnesses.start();
      await run(h, '+32471100003', [greeting, ...path]);
      const replies = await h.say('+32471100003', answer);
      expect(replies.slice(0, 2)).toEqual(lines);
      expect(replies[2]).toMatch(question);
    },
  );

  it('gives a hint and the dates again at the list of sessions', async () => {
    const h = await harnesses.start();
    await run(h, '+32471100004', TO_SESSION_CHOICE);
    const replies = await h.say('+32471100004', 'euh');
    expect(replies.slice(0, 2)).toEqual([
      'Désolé, je n’ai pas compris.',
      'Tapez le numéro d’une date, ou touchez-la dans la liste.',
    ]);
    expect(replies[2]).toContain('1. mer. 5 mars, 18:00');
  });
});

describe('intake: a human after three misses, at every question', () => {
  const harnesses = intakeHarnesses();
  afterEach(() => harnesses.closeAll());
  const offer = /J’ai du mal à comprendre\. Voulez-vous qu’une personne de notre équipe vous aide \?\n1\. Oui\n2\. Non/;

  it.each([
    ['the language menu', ['Bonjour']],
    ['the consent', ['Bonjour', '1']],
    ['the role', ['Bonjour', '1', 'oui']],
    ['the city', ['Bonjour', '1', 'oui', '1']],
    ['the age', ['Bonjour', '1', 'oui', '1', 'Bruxelles']],
    ['the list of dates', TO_SESSION_CHOICE],
    ['the waiting-list offer', [...TO_SESSION_CHOICE, '2']],
  ])('offers a human after three misses at %s', async (_, path) => {
    const h = await harnesses.start();
    await run(h, '+32471100005', path);
    await run(h, '+32471100005', ['xq', 'xq']);
    expect((await h.say('+32471100005', 'xq')).at(-1)).toMatch(offer);
    expect(await h.say('+32471100005', 'oui')).toEqual([expect.stringContaining('Une personne de notre équipe')]);
  });

  it('offers a human after three misses at a freed seat, with a hint at each miss', async () => {
    const h = await harnesses.start([session({ _id: 'one-seat', capacity: 1 })]);
    await run(h, '+32471100006', [...TO_SESSION_CHOICE, '1']);
    await run(h, '+32471100007', [...TO_SESSION_CHOICE, 'oui']);
    await h.say('+32471100006', 'annuler');
    await h.bot.scheduler.runDue();
    const replies = await h.say('+32471100007', 'xq');
    expect(replies[1]).toBe('Répondez oui ou non.');
    expect(replies[2]).toContain('une place s’est libérée');
    await h.say('+32471100007', 'xq');
    expect((await h.say('+32471100007', 'xq')).at(-1)).toMatch(offer);
  });
});
