import { afterEach, describe, expect, it } from 'vitest';
import { intakeHarnesses, run } from '../support/intake-chat.js';

describe('intake: consent fitted to who is writing', () => {
  const harnesses = intakeHarnesses();
  afterEach(() => harnesses.closeAll());

  it('asks consent in two short messages that say nothing of residence status', async () => {
    const h = await harnesses.start();
    await h.say('+32470900001', 'Hello');
    const [languageSet, ...consent] = await h.say('+32470900001', '1');
    expect(languageSet).toBe('Great, we continue in English.');
    expect(consent).toHaveLength(2);
    for (const text of consent) {
      expect(text.length).toBeLessThan(300);
      expect(text).not.toMatch(/origin|right to work|residence|permit/i);
    }
    expect(consent[1]).toMatch(/Do you agree\?\n1\. Yes\n2\. No$/);
  });

  it.each([
    ['Hello', 'yes', 'Noted: you want to be a mentor, thank you! Your answers are used only to prepare your mentoring'],
    [
      'Bonjour',
      'oui',
      'C’est noté : vous voulez devenir mentor, merci ! Vos réponses servent seulement à préparer votre mentorat',
    ],
  ])('speaks of mentoring, not of the right to work, to a mentor who says "%s"', async (greeting, yes, line) => {
    const h = await harnesses.start();
    const chat = await run(h, '+32470900002', [greeting, '1', yes, '2']);
    expect(chat).not.toMatch(/origin|right to work|droit au travail|origine/i);
    const [afterRole] = h.channel.textsTo('+32470900002').slice(-1);
    expect(afterRole).toContain(line);
    expect(afterRole).toMatch(
      /(In which city or postcode do you live\?|Dans quelle ville ou quel code postal habitez-vous \?)$/,
    );
  });

  it.each([
    [
      'Bonjour',
      'oui',
      'C’est noté : vous cherchez un emploi. Votre origine et votre droit au travail servent seulement à vérifier que vous pouvez participer.\nDans quelle ville ou quel code postal habitez-vous ?',
    ],
    [
      'Hallo',
      'ja',
      'Genoteerd: je zoekt werk. Je afkomst en je recht om te werken gebruiken we alleen om te kijken of je kunt deelnemen.\nIn welke stad of welke postcode woon je?',
    ],
  ])(
    'tells a young job seeker greeting with "%s" what origin and right to work are for',
    async (greeting, yes, expected) => {
      const h = await harnesses.start();
      await run(h, '+32470900003', [greeting, '1', yes]);
      expect(await h.say('+32470900003', '1')).toEqual([expected]);
    },
  );

  it.each([
    [
      'Amina',
      ['Bonjour', '1', 'oui', '1', 'Bruxelles', '25', '1', 'oui', 'oui', 'oui'],
      'Merci, Amina !\nDans quel domaine',
    ],
    [
      'Pieter',
      ['Hallo', '1', 'ja', '2', 'Gent', '55', '2', '30', 'ja'],
      'Dank je, Pieter!\nHoe heb je DUO for a JOB leren kennen?',
    ],
  ])('thanks %s by name at the next question when the first name is given', async (name, path, expected) => {
    const h = await harnesses.start();
    await run(h, '+32470900004', path);
    expect((await h.say('+32470900004', name))[0]).toContain(expected);
  });

  it.each([
    [
      'French',
      ['Bonjour', '1', 'oui', '1', 'Bruxelles', '25', '1', 'oui', 'oui', 'oui', 'Amina', 'stop'],
      'Bon retour, Amina !',
    ],
    [
      'English',
      ['Hello', '1', 'yes', '1', 'Brussels', '25', '1', 'yes', 'yes', 'yes', 'Sam', 'stop'],
      'Welcome back, Sam!',
    ],
  ])('welcomes the person back by name in %s after a stop', async (_language, path, welcome) => {
    const h = await harnesses.start();
    await run(h, '+32470900005', path);
    expect((await h.say('+32470900005', 'hello'))[0]).toMatch(new RegExp(`^${welcome}`));
  });
});
