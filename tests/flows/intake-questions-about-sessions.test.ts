import { afterEach, describe, expect, it } from 'vitest';
import { intakeHarnesses, personId, run, session, TO_SESSION_CHOICE } from '../support/intake-chat.js';

const TO_SESSION_CHOICE_EN = [
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
  'English',
  '1',
];

describe('intake: "yes, but when is it?"', () => {
  const harnesses = intakeHarnesses();
  afterEach(() => harnesses.closeAll());

  it.each([
    ['French', [], 'oui mais c’est quand ?', 'mer. 5 mars, 18:00'],
    ['English', [], 'yes but when is it?', 'Wed 5 Mar, 18:00'],
    ['Dutch', ['Nederlands'], 'ja maar wanneer?', 'wo 5 mrt, 18:00'],
    ['Arabic', ['العربية'], 'نعم لكن متى؟', '18:00'],
  ])(
    'shows the dates again in %s when the person asks when at the list of sessions',
    async (language, switchTo, asked, date) => {
      const h = await harnesses.start();
      const path = language === 'English' ? TO_SESSION_CHOICE_EN : TO_SESSION_CHOICE;
      await run(h, '+32470800001', [...path, ...switchTo]);
      const answer = await h.say('+32470800001', asked);
      expect(answer).toHaveLength(1);
      expect(answer[0]).toContain(date);
      expect(answer[0]).toMatch(/\n1\. .*\n2\. /);
      expect((await h.bot.sessions.get('bxl-fr-1'))?.taken).toBe(0);
      expect((await h.say('+32470800001', '1'))[0]).toMatch(/réservé|booked|ingeschreven|حجز/);
    },
  );

  it('says the date and place of a freed seat and asks again, instead of taking the yes', async () => {
    const h = await harnesses.start([session({ _id: 'one-seat', capacity: 1 })]);
    await run(h, '+32470800002', [...TO_SESSION_CHOICE, '1']);
    await run(h, '+32470800003', [...TO_SESSION_CHOICE, 'oui']);
    await h.say('+32470800002', 'annuler');
    await h.bot.scheduler.runDue();
    expect(h.channel.textsTo('+32470800003').at(-1)).toContain('une place s’est libérée');

    const answer = await h.say('+32470800003', 'oui mais c’est quand ?');
    expect(answer).toEqual([
      'C’est mercredi 5 mars à 18:00, à l’adresse : Rue du Marché aux Herbes 41, Bruxelles. La séance est en français. Voulez-vous cette place ?\n1. Oui\n2. Non',
    ]);
    expect((await h.bot.sessions.get('one-seat'))?.attendees).toEqual([]);
    expect((await h.say('+32470800003', 'oui'))[0]).toContain('C’est réservé ✅');
    expect((await h.bot.sessions.get('one-seat'))?.attendees).toEqual([await personId(h, '+32470800003')]);
  });

  it('says what the waiting list means and asks again when the person asks when', async () => {
    const h = await harnesses.start();
    await run(h, '+32470800004', [...TO_SESSION_CHOICE_EN, '2']);
    const answer = await h.say('+32470800004', 'yes but when?');
    expect(answer).toEqual([
      'No other date is planned yet. On the waiting list, I message you as soon as a new date is planned or a seat opens. Shall I put you on the list?\n1. Yes\n2. No',
    ]);
    expect(await h.bot.waitlist.next({ city: 'brussels', audience: 'mentee', limit: 5 })).toEqual([]);
  });

  it('gives the booked session’s date and place when a booked person asks when', async () => {
    const h = await harnesses.start();
    await run(h, '+32470800005', [...TO_SESSION_CHOICE, '1']);
    expect((await h.say('+32470800005', 'oui mais c’est quand ?'))[0]).toContain(
      'mercredi 5 mars à 18:00, à l’adresse : Rue du Marché aux Herbes 41',
    );
  });
});
