import { afterEach, describe, expect, it } from 'vitest';
import { intakeHarnesses, run, session, TO_SESSION_CHOICE } from '../support/intake-chat.js';

describe('intake: choosing an information session', () => {
  const harnesses = intakeHarnesses();
  afterEach(() => harnesses.closeAll());

  it('lists sessions in the person’s language first, with the language as a word, and states it in the confirmation', async () => {
    const h = await harnesses.start([
      session({ _id: 'nl-early', language: 'nl', startsAt: new Date('2031-03-04T17:00:00Z') }),
      session({ _id: 'fr-late', language: 'fr', startsAt: new Date('2031-03-06T17:00:00Z') }),
    ]);
    const chat = await run(h, '+32470500001', TO_SESSION_CHOICE);
    expect(chat).toContain('1. jeu. 6 mars, 18:00\n2. mar. 4 mars, 18:00\n3. Aucune de ces dates');
    const rows = h.channel.sent.at(-1)?.message.rendered.choices ?? [];
    expect(rows.map((row) => row.description)).toEqual([
      '12 places · en français',
      '12 places · en néerlandais',
      undefined,
    ]);
    const [booked] = await h.say('+32470500001', '1');
    expect(booked).toContain(
      'jeudi 6 mars à 18:00, à l’adresse : Rue du Marché aux Herbes 41, Bruxelles. La séance est en français.',
    );
  });

  it('names the session language in English', async () => {
    const h = await harnesses.start([session({ _id: 'fr-1' })]);
    await run(h, '+32470500002', [
      'Hello',
      '1',
      'yes',
      '1',
      'Brussels',
      '25',
      '1',
      'yes',
      'yes',
      'yes',
      'Sam',
      '1',
      '4',
      'French',
      '1',
    ]);
    const [booked] = await h.say('+32470500002', '1');
    expect(booked).toContain('The session is in French.');
  });
});

describe('intake: seats left, in each language’s plural forms', () => {
  const harnesses = intakeHarnesses();
  afterEach(() => harnesses.closeAll());

  it.each([
    ['French', 1, TO_SESSION_CHOICE, '1 place · en français'],
    ['French', 12, TO_SESSION_CHOICE, '12 places · en français'],
    [
      'Dutch',
      1,
      ['Hallo', '1', 'ja', '1', 'Brussel', '25', '1', 'ja', 'ja', 'ja', 'Sam', '1', '4', 'Frans', '1'],
      'nog 1 plaats · in het Frans',
    ],
    [
      'Arabic',
      12,
      ['مرحبا', '1', 'نعم', '1', 'بروكسل', '25', '1', 'نعم', 'نعم', 'نعم', 'سام', '1', '4', 'العربية', '1'],
      '\u206812\u2069 مكانًا · بالفرنسية',
    ],
  ])('in %s with %i seats left', async (_, seatsLeft, lines, description) => {
    const h = await harnesses.start([session({ _id: 'bxl', capacity: 12, taken: 12 - seatsLeft })]);
    await run(h, '+32470500003', lines);
    expect(h.channel.sent.at(-1)?.message.rendered.choices[0]?.description).toBe(description);
  });
});
