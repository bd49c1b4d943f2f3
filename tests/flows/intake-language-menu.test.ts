import { afterEach, describe, expect, it } from 'vitest';
import { intakeHarnesses } from '../support/intake-chat.js';

describe('intake: the language menu', () => {
  const harnesses = intakeHarnesses();
  afterEach(() => harnesses.closeAll());

  it.each([
    ['Bonjour', 'oui', 'Parfait, nous continuons en français.'],
    ['Bonjour', 'ok', 'Parfait, nous continuons en français.'],
    ['Hello', 'yes', 'Great, we continue in English.'],
    ['Hallo', 'ja', 'Prima, we gaan verder in het Nederlands.'],
    ['مرحبا', 'نعم', 'ممتاز، سنكمل باللغة العربية.'],
  ])('keeps the suggested language when the person greets with "%s" and answers "%s"', async (greeting, yes, kept) => {
    const h = await harnesses.start();
    await h.say('+32470700001', greeting);
    const replies = await h.say('+32470700001', yes);
    expect(replies[0]).toBe(kept);
    expect(replies.join('\n')).not.toContain('pas compris');
  });

  it.each([
    ['Bonjour', 'non', 'Quelle langue préférez-vous ?\n1. Français\n2. Nederlands\n3. English\n4. العربية'],
    ['Hello', 'no', 'Which language would you like?\n1. English\n2. Français\n3. Nederlands\n4. العربية'],
    ['Goedendag', 'nee', 'Welke taal wil je?\n1. Nederlands\n2. Français\n3. English\n4. العربية'],
    ['مرحبا', 'لا', 'أي لغة تفضل؟\n1. العربية\n2. Français\n3. Nederlands\n4. English'],
  ])('offers the list of languages when the person greets with "%s" and answers "%s"', async (greeting, no, list) => {
    const h = await harnesses.start();
    await h.say('+32470700002', greeting);
    expect(await h.say('+32470700002', no)).toEqual([list]);
    expect((await h.say('+32470700002', 'Nederlands'))[0]).toBe('Prima, we gaan verder in het Nederlands.');
  });

  it('suggests Dutch to someone who greets with "Goedendag"', async () => {
    const h = await harnesses.start();
    const replies = await h.say('+32470700003', 'Goedendag');
    expect(replies[1]).toContain('Ik schrijf in het Nederlands');
  });

  it('keeps the language from the menu opened later, after a yes', async () => {
    const h = await harnesses.start();
    for (const line of ['Hello', '1', 'yes', '1']) await h.say('+32470700004', line);
    expect((await h.say('+32470700004', 'language'))[0]).toContain('I will write in English');
    expect(await h.say('+32470700004', 'ok')).toEqual([
      'Great, we continue in English.',
      'In which city or postcode do you live?',
    ]);
  });
});

describe('intake: numbers are not language names', () => {
  const harnesses = intakeHarnesses();
  afterEach(() => harnesses.closeAll());

  it('keeps the language when a bare number answers a question without choices', async () => {
    const h = await harnesses.start();
    for (const line of ['Hello', '1', 'yes', '2', 'Brussels', '60', '1']) await h.say('+32470700005', line);
    expect(await h.say('+32470700005', '2')).toEqual([
      'A mentor meets their young person once a week for 6 months. Can you do that?\n1. Yes\n2. No',
    ]);
  });
});
