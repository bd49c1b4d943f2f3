import { afterEach, describe, expect, it } from 'vitest';
import type { Harness } from '../support/harness.js';
import { intakeHarnesses, personId, run, session, TO_SESSION_CHOICE } from '../support/intake-chat.js';

const HOUR = 60 * 60 * 1000;

describe('intake without dead ends', () => {
  const harnesses = intakeHarnesses();
  afterEach(() => harnesses.closeAll());
  const start = (...args: Parameters<typeof harnesses.start>) => harnesses.start(...args);

  it.each([
    ['its row number', '2'],
    ['its label', 'Aucune de ces dates'],
    ['a plain no', 'non'],
  ])('offers the waiting list when no date suits, given as %s', async (_, answer) => {
    const h = await start();
    await run(h, '+32470200001', TO_SESSION_CHOICE);
    const offer = await h.say('+32470200001', answer);
    expect(offer).toEqual([expect.stringContaining('liste d’attente : quand une nouvelle date est prévue')]);
    expect(offer[0]).toContain('1. Oui\n2. Non');
    expect(await h.say('+32470200001', 'oui')).toEqual([expect.stringContaining('Vous êtes sur la liste d’attente')]);
    expect(await h.bot.waitlist.next({ city: 'brussels', audience: 'mentee', limit: 5 })).toEqual([
      expect.objectContaining({ personId: await personId(h, '+32470200001') }),
    ]);
  });

  it('offers the waiting list when the row is tapped, and says how to book later after a no', async () => {
    const h = await start();
    await run(h, '+32470200002', TO_SESSION_CHOICE);
    await h.bot.engine.handle({
      channel: 'test',
      address: '+32470200002',
      providerMessageId: 'tap-none',
      sentAt: h.clock.now(),
      content: { type: 'choice', id: 'none', title: 'Aucune de ces dates' },
    });
    expect(h.channel.textsTo('+32470200002').at(-1)).toContain('Je vous mets sur la liste ?');
    expect(await h.say('+32470200002', 'non')).toEqual([expect.stringContaining('Tapez « réserver »')]);
  });

  it('keeps the date and says so when the person changes their mind after "change"', async () => {
    const h = await start([
      session({ _id: 'first' }),
      session({ _id: 'second', startsAt: new Date('2031-03-12T17:00:00Z') }),
    ]);
    await run(h, '+32470200003', [...TO_SESSION_CHOICE, '1', 'changer']);
    expect(await h.say('+32470200003', 'garder ma date')).toEqual([
      expect.stringContaining('vous gardez votre date : mercredi 5 mars à 18:00'),
    ]);
    expect((await h.bot.sessions.get('first'))?.taken).toBe(1);
  });

  it('answers a no to "another date?" after a cancellation', async () => {
    const h = await start();
    await run(h, '+32470200004', [...TO_SESSION_CHOICE, '1', 'annuler']);
    expect(await h.say('+32470200004', 'non')).toEqual([expect.stringContaining('Tapez « réserver »')]);
    expect((await h.say('+32470200004', 'réserver'))[0]).toContain('Quelle date vous convient ?');
  });

  it('says when a person will answer, and that the question can be typed now, after "help"', async () => {
    const h = await start();
    await run(h, '+32470200005', ['Bonjour', '1', 'oui', '1']);
    expect(await h.say('+32470200005', 'aide')).toEqual([
      'Une personne de notre équipe vous répondra ici, les jours ouvrables entre 9h et 17h. Vous pouvez écrire votre question dès maintenant.',
    ]);
    expect(await h.say('+32470200005', 'Est-ce que c’est payant ?')).toEqual([]);
  });

  it('invites the question, with office hours, when the person says they have a question', async () => {
    const h = await start();
    await run(h, '+32470200006', ['Hello', '1', 'yes']);
    expect(await h.say('+32470200006', '3')).toEqual([
      'Type your question here. A member of our team will answer you, on working days between 9:00 and 17:00.',
    ]);
    const id = await personId(h, '+32470200006');
    expect((await h.bot.store.conversations.get(id))?.handoff?.reason).toBe('question');
  });

  it('still restarts and stops during a handoff, and gives the conversation back from staff', async () => {
    const h = await start();
    await run(h, '+32470200007', ['Hello', '1', 'yes', '3']);
    const id = await personId(h, '+32470200007');
    expect(await h.say('+32470200007', 'restart')).toEqual([
      "OK, let's start again.",
      expect.stringContaining('Who are you?'),
    ]);
    expect((await h.bot.store.conversations.get(id))?.handoff).toBeNull();

    await h.say('+32470200007', 'help');
    expect(await h.say('+32470200007', 'stop')).toEqual([expect.stringContaining('I will not send you any more')]);
    expect((await h.bot.store.conversations.get(id))?.handoff).toBeNull();
  });

  describe('offers a human after three messages it cannot read', () => {
    const cases: { where: string; lines: string[]; question: string }[] = [
      { where: 'at the language menu', lines: ['Hello'], question: 'I will write in English' },
      { where: 'at the consent question', lines: ['Hello', '1'], question: 'Do you agree?' },
      { where: 'at the role question', lines: ['Hello', '1', 'yes'], question: 'Who are you?' },
    ];
    it.each(cases)('$where', async ({ lines, question }) => {
      const h = await start();
      await run(h, '+32470200008', lines);
      expect(await h.say('+32470200008', 'banana')).toEqual([
        'Sorry, I did not understand.',
        expect.stringMatching(/^(Type|Answer) /),
        expect.stringContaining(question),
      ]);
      await h.say('+32470200008', 'purple');
      expect(await h.say('+32470200008', 'zebra')).toEqual([
        'I am having trouble understanding. Would you like a member of our team to help you?\n1. Yes\n2. No',
      ]);
      expect(await h.say('+32470200008', 'no')).toEqual([expect.stringContaining(question)]);
      expect(await h.say('+32470200008', 'kiwi')).toEqual([
        'Sorry, I did not understand.',
        expect.stringMatching(/^(Type|Answer) /),
        expect.stringContaining(question),
      ]);
    });

    it('in the list of dates after "change", and hands over on yes', async () => {
      const h = await start();
      await run(h, '+32470200009', [...TO_SESSION_CHOICE, '1', 'changer', 'banane', 'violet']);
      expect((await h.say('+32470200009', 'zèbre'))[0]).toContain('Voulez-vous qu’une personne de notre équipe');
      expect((await h.say('+32470200009', 'oui'))[0]).toContain('Une personne de notre équipe vous répondra');
      const id = await personId(h, '+32470200009');
      expect((await h.bot.store.conversations.get(id))?.handoff?.reason).toBe('asked-for-help');
    });
  });

  it('tells a booked person who comes back after STOP their booking and that reminders go on', async () => {
    const h = await start([session({ _id: 'evening', startsAt: new Date('2031-03-10T17:00:00Z') })]);
    await run(h, '+32470200010', [...TO_SESSION_CHOICE, '1']);
    await h.say('+32470200010', 'stop');
    expect(await h.say('+32470200010', 'coucou')).toEqual([
      'Bon retour ! Votre séance d’information est toujours réservée : lundi 10 mars à 18:00, à l’adresse Rue du Marché aux Herbes 41, Bruxelles. Les rappels reprennent. Tapez « annuler » pour annuler ou « changer » pour une autre date.',
    ]);
    h.clock.set(new Date('2031-03-09T17:00:00Z'));
    await h.bot.scheduler.runDue();
    expect(h.channel.textsTo('+32470200010').at(-1)).toContain('demain, lundi 10 mars à 18:00');
  });

  it('takes the message that follows STOP as the answer when it answers the pending question', async () => {
    const h = await start();
    await run(h, '+32470200011', ['Bonjour', '1', 'oui', '1', 'Bruxelles', 'stop']);
    expect(await h.say('+32470200011', '24')).toEqual([
      'Bon retour ! Reprenons là où nous nous étions arrêtés.',
      expect.stringContaining('hors de l’Union européenne'),
    ]);
    await h.say('+32470200011', 'stop');
    expect(await h.say('+32470200011', '2')).toEqual([
      'Bon retour ! Reprenons là où nous nous étions arrêtés.',
      'Cherchez-vous un emploi ?\n1. Oui\n2. Non',
    ]);
  });

  it('takes the message that follows a long silence as the answer when it answers the pending question', async () => {
    const h = await start();
    await run(h, '+32470200012', ['Hello', '1', 'yes', '1', 'Brussels']);
    h.clock.advance(23 * HOUR);
    await h.bot.scheduler.runDue();
    h.clock.advance(7 * 24 * HOUR);
    await h.bot.scheduler.runDue();
    expect(await h.say('+32470200012', '25')).toEqual([
      "Welcome back! Let's continue where we stopped.",
      expect.stringContaining('outside the European Union'),
    ]);
  });

  it('reads a numbered answer right after a photo or an empty message', async () => {
    const h = await start();
    await h.say('+32470200013', 'Hello');
    const photo = async () => {
      const before = h.channel.textsTo('+32470200013').length;
      await h.bot.engine.handle({
        channel: 'test',
        address: '+32470200013',
        providerMessageId: `photo-${before}`,
        sentAt: h.clock.now(),
        content: { type: 'unsupported', what: 'image' },
      });
      return h.channel.textsTo('+32470200013').slice(before);
    };
    expect(await photo()).toEqual(['Sorry, I can only read text messages. Please type your answer.']);
    expect((await h.say('+32470200013', '1'))[0]).toBe('Great, we continue in English.');
    expect(await h.say('+32470200013', '   ')).toEqual(['I did not receive any text. Please type your answer.']);
    expect((await h.say('+32470200013', '1'))[0]).toContain('Who are you?');
  });

  describe('answers a message it cannot read in every state', () => {
    const until = (lines: string[], h: Harness, address: string) => run(h, address, lines);
    const cases: { state: string; prepare: (h: Harness, address: string) => Promise<unknown> }[] = [
      { state: 'language menu', prepare: (h, a) => until(['Bonjour'], h, a) },
      { state: 'consent', prepare: (h, a) => until(['Bonjour', '1'], h, a) },
      { state: 'role', prepare: (h, a) => until(['Bonjour', '1', 'oui'], h, a) },
      { state: 'a question', prepare: (h, a) => until(['Bonjour', '1', 'oui', '1'], h, a) },
      { state: 'not eligible', prepare: (h, a) => until(['Bonjour', '1', 'oui', '1', 'Bruxelles', '40'], h, a) },
      { state: 'choosing a date', prepare: (h, a) => until(TO_SESSION_CHOICE, h, a) },
      { state: 'no date suits', prepare: (h, a) => until([...TO_SESSION_CHOICE, '2'], h, a) },
      { state: 'booked', prepare: (h, a) => until([...TO_SESSION_CHOICE, '1'], h, a) },
      { state: 'after "change"', prepare: (h, a) => until([...TO_SESSION_CHOICE, '1', 'changer'], h, a) },
      { state: 'after "cancel"', prepare: (h, a) => until([...TO_SESSION_CHOICE, '1', 'annuler'], h, a) },
      { state: 'on the waiting list', prepare: (h, a) => until([...TO_SESSION_CHOICE, '2', 'oui'], h, a) },
      { state: 'closed', prepare: (h, a) => until([...TO_SESSION_CHOICE, '2', 'non'], h, a) },
      { state: 'the language menu asked for', prepare: (h, a) => until(['Bonjour', '1', 'oui', 'langue'], h, a) },
      {
        state: 'confirming deletion',
        prepare: (h, a) => until(['Bonjour', '1', 'oui', 'supprimer mes données'], h, a),
      },
      { state: 'after stop', prepare: (h, a) => until(['Bonjour', '1', 'oui', 'stop'], h, a) },
      {
        state: 'put aside after a week',
        prepare: async (h, a) => {
          await until(['Bonjour', '1', 'oui'], h, a);
          h.clock.advance(23 * HOUR);
          await h.bot.scheduler.runDue();
          h.clock.advance(7 * 24 * HOUR);
          await h.bot.scheduler.runDue();
        },
      },
    ];
    it.each(cases)('$state', async ({ prepare }) => {
      const h = await start();
      await prepare(h, '+32470200099');
      const replies = await h.say('+32470200099', 'blablabla');
      expect(replies.length).toBeGreaterThan(0);
    });

    it('with no sessions at all', async () => {
      const h = await start([]);
      await run(h, '+32470200098', TO_SESSION_CHOICE.slice(0, -1));
      expect((await h.say('+32470200098', 'blablabla')).length).toBeGreaterThan(0);
    });

    it('when a freed seat is offered', async () => {
      const h = await start([session({ _id: 'one-seat', capacity: 1 })]);
      await run(h, '+32470200096', [...TO_SESSION_CHOICE, '1']);
      await run(h, '+32470200097', [...TO_SESSION_CHOICE, 'oui']);
      await h.say('+32470200096', 'annuler');
      await h.bot.scheduler.runDue();
      expect((await h.say('+32470200097', 'blablabla')).length).toBeGreaterThan(0);
    });
  });
});
