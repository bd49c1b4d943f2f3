import { afterEach, describe, expect, it } from 'vitest';
import type { InfoSessionDoc } from '../../src/store/repositories/sessions.js';
import { createHarness, type Harness } from '../support/harness.js';

const HOUR = 60 * 60 * 1000;
/** A young job seeker in Brussels, in French, from the first message to the list of sessions. */
const TO_SESSION_CHOICE = [
  'Bonjour',
  '1',
  'oui',
  '1',
  'Bruxelles',
  '25',
  '1',
  'oui',
  'oui',
  'oui',
  'Sam',
  '1',
  '4',
  'français',
  '1',
];
/** Monday 3 March 2031, 10:00 in Brussels. */
const NOW = new Date('2031-03-03T09:00:00Z');

function session(fields: Partial<InfoSessionDoc> & Pick<InfoSessionDoc, '_id'>): InfoSessionDoc {
  return {
    city: 'brussels',
    audience: 'mentee',
    language: 'fr',
    // Wednesday 5 March 2031, 18:00 in Brussels
    startsAt: new Date('2031-03-05T17:00:00Z'),
    durationMinutes: 90,
    place: 'Rue du Marché aux Herbes 41, Bruxelles',
    online: false,
    capacity: 12,
    taken: 0,
    attendees: [],
    createdAt: NOW,
    cancelledAt: null,
    ...fields,
  };
}

describe('intake', () => {
  const open: Harness[] = [];
  afterEach(async () => {
    await Promise.all(open.splice(0).map((harness) => harness.close()));
  });
  const start = async (sessions: InfoSessionDoc[] = [session({ _id: 'bxl-fr-1' })], dataDir?: string) => {
    const harness = await createHarness(dataDir ? { dataDir } : {});
    harness.clock.set(NOW);
    for (const doc of sessions) await harness.bot.sessions.insert(doc);
    open.push(harness);
    return harness;
  };
  /** Sends each line in turn and returns every reply, joined, as the person would scroll through them. */
  const run = async (harness: Harness, address: string, lines: string[]): Promise<string> => {
    const replies: string[] = [];
    for (const line of lines) replies.push(...(await harness.say(address, line)));
    return replies.join('\n---\n');
  };
  const personId = async (harness: Harness, address: string) =>
    (await harness.bot.store.people.findOrCreate({ channel: 'test', address, now: NOW }))._id;

  describe('a young job seeker books an information session', () => {
    it('in French', async () => {
      const h = await start();
      const opening = await h.say('+32470100001', 'Bonjour');
      expect(opening[0]).toContain('Je suis l’assistant de DUO for a JOB');
      expect(opening[1]).toContain('1. Français');
      expect(await h.say('+32470100001', '1')).toEqual([
        expect.stringContaining('nous continuons en français'),
        expect.stringContaining('nous gardons vos réponses et cette conversation'),
        expect.stringMatching(/supprimer mes données ».*Êtes-vous d’accord \?\n1\. Oui\n2\. Non$/),
      ]);
      expect((await h.say('+32470100001', 'oui'))[0]).toContain('Qui êtes-vous ?');
      expect(await h.say('+32470100001', '1')).toEqual([
        'C’est noté : vous cherchez un emploi. Votre origine et votre droit au travail servent seulement à vérifier que vous pouvez participer.\nDans quelle ville ou quel code postal habitez-vous ?',
      ]);
      expect(await h.say('+32470100001', 'Bruxelles')).toEqual(['Quel âge avez-vous ?']);
      expect((await h.say('+32470100001', '24 ans'))[0]).toContain('hors de l’Union européenne');
      const rest = await run(h, '+32470100001', [
        '2',
        'oui',
        'oui',
        'ouais',
        'Amina',
        '10',
        '1',
        'français, arabe',
        '1',
      ]);
      expect(rest).toContain('Merci, Amina ! Prochaine étape');
      expect(rest).toContain('Quelle date vous convient ?\n1. mer. 5 mars, 18:00');
      const booked = await h.say('+32470100001', '1');
      expect(booked[0]).toContain('C’est réservé ✅ mercredi 5 mars à 18:00');
      expect(booked[0]).toContain('Rue du Marché aux Herbes 41');

      const seat = await h.bot.sessions.get('bxl-fr-1');
      expect(seat?.taken).toBe(1);
      const application = await h.bot.store.applications.get(await personId(h, '+32470100001'));
      expect(application).toMatchObject({
        role: 'mentee',
        city: 'brussels',
        status: 'booked',
        answers: {
          age: 24,
          origin: 'family',
          firstName: 'Amina',
          project: 'unknown',
          education: 'foreignNotRecognised',
        },
      });
    });

    it('in Dutch', async () => {
      const h = await start([
        session({ _id: 'gent-nl-1', city: 'ghent', language: 'nl', place: 'Korenmarkt 7, Gent' }),
      ]);
      expect((await h.say('+32470100002', 'Hallo'))[1]).toContain('Ik schrijf in het Nederlands');
      const chat = await run(h, '+32470100002', [
        '1',
        'ja',
        'Ik zoek werk',
        '9000',
        'ja',
        '14/05/2004',
        '1',
        'ja',
        'ja',
        'ja',
        'Youssef',
        'IT',
        '4',
        'Nederlands, Arabisch, Engels',
        'vdab',
      ]);
      expect(chat).toContain('Welke datum past je?');
      const [booked] = await h.say('+32470100002', '1');
      expect(booked).toContain('Je bent ingeschreven ✅');
      expect(booked).toContain('Korenmarkt 7');
      const application = await h.bot.store.applications.get(await personId(h, '+32470100002'));
      expect(application?.answers).toMatchObject({ age: 26, project: 'digital', heardFrom: 'employmentService' });
      expect(application?.answers.spokenLanguages).toEqual(['nl', 'ar', 'en']);
    });

    it('in English', async () => {
      const h = await start([
        session({ _id: 'paris-1', city: 'paris', place: '104 rue du Faubourg Saint-Denis, Paris' }),
      ]);
      expect((await h.say('+33612000003', 'Hi there'))[1]).toContain('I will write in English');
      const chat = await run(h, '+33612000003', [
        '1',
        'yes',
        '1',
        '75011',
        'yes',
        '22',
        'I was born outside the EU',
        'y',
        'not sure',
        'yes',
        'my name is Grace',
        'hospitality',
        '5',
        'english, french',
        'friends',
      ]);
      expect(chat).toContain('Which date suits you?');
      const [booked] = await h.say('+33612000003', '1');
      expect(booked).toContain('You are booked ✅ Wednesday 5 March at 18:00');
      expect(chat).toContain('1. Wed 5 Mar, 18:00');
    });

    it('in Arabic, with Arabic-Indic digits and a keycap', async () => {
      const h = await start([session({ _id: 'bxl-fr-2' })]);
      const [greeting, menu] = await h.say('+32470100004', 'السلام عليكم');
      expect(greeting).toContain('أنا مساعد DUO for a JOB');
      expect(menu).toContain('1. العربية');
      const chat = await run(h, '+32470100004', [
        '١',
        'نعم',
        'أبحث عن عمل',
        'بروكسل',
        '٢٣',
        '1️⃣',
        'نعم',
        'ايوه',
        'نعم',
        'اسمي أمينة',
        '٢',
        '٤',
        'العربية، الفرنسية',
        '1',
      ]);
      expect(chat).toContain('أي موعد يناسبك؟');
      const [booked] = await h.say('+32470100004', '1');
      expect(booked).toContain('تم الحجز ✅');
      const application = await h.bot.store.applications.get(await personId(h, '+32470100004'));
      expect(application?.answers).toMatchObject({ age: 23, origin: 'self', firstName: 'أمينة', project: 'sales' });
    });
  });

  describe('eligibility', () => {
    const upToAge = ['Hello', '1', 'yes', '1', 'Brussels'];
    const cases: { name: string; lines: string[]; says: string; referral: string; reason: string }[] = [
      {
        name: 'lives where DUO is not active',
        lines: ['Hello', '1', 'yes', '1', '5000'],
        says: 'not active where you live',
        referral: 'You can get help from Le Forem',
        reason: 'area',
      },
      {
        name: 'is too young',
        lines: [...upToAge, '16'],
        says: 'aged 18 and over',
        referral: 'You can get help from Actiris',
        reason: 'tooYoung',
      },
      {
        name: 'is too old',
        lines: [...upToAge, '34'],
        says: 'up to 30 years old',
        referral: 'You can get help from Actiris',
        reason: 'tooOld',
      },
      {
        name: 'has no origin outside the EU',
        lines: [...upToAge, '25', '3'],
        says: 'outside the European Union',
        referral: 'You can get help from Actiris',
        reason: 'origin',
      },
      {
        name: 'is not looking for work',
        lines: [...upToAge, '25', '1', 'no'],
        says: 'looking for a job',
        referral: 'If you start looking for a job later, write to us again',
        reason: 'notLookingForWork',
      },
      {
        name: 'may not work here',
        lines: [...upToAge, '25', '1', 'yes', 'no'],
        says: 'allowed to work',
        referral: 'A social service or a legal aid office near you',
        reason: 'workPermit',
      },
      {
        name: 'cannot meet weekly',
        lines: [...upToAge, '25', '1', 'yes', 'yes', 'no'],
        says: 'one meeting a week',
        referral: 'You can get help from Actiris',
        reason: 'availability',
      },
    ];
    it.each(cases)('says why and where to turn when the person $name', async ({ lines, says, referral, reason }) => {
      const h = await start();
      const chat = await run(h, '+32470100010', lines);
      expect(chat).toContain(says);
      expect(chat).toContain(referral);
      const application = await h.bot.store.applications.get(await personId(h, '+32470100010'));
      expect(application).toMatchObject({ status: 'ineligible', ineligibleReason: reason });
      expect(await h.say('+32470100010', 'ok')).toEqual([expect.stringContaining('type “restart”')]);
    });
  });

  it('takes a would-be mentor through to a mentor session', async () => {
    const h = await start([session({ _id: 'mentor-1', audience: 'mentor', language: 'fr' })]);
    const tooYoung = await run(h, '+32470100020', ['Bonjour', '1', 'oui', '2', 'Liège', '45']);
    expect(tooYoung).toContain('Les mentors ont 50 ans ou plus');
    expect(tooYoung).toContain('parlez-lui de DUO for a JOB');
    expect(tooYoung).not.toContain('Le Forem');

    const chat = await run(h, '+32470100021', ['Bonjour', '1', 'oui', '2', 'Bruxelles', '62']);
    expect(chat).toContain('Dans quel domaine avez-vous travaillé ?');
    const booked = await run(h, '+32470100021', ['1', '30', 'oui', 'Marc', '1', '1']);
    expect(booked).toContain('C’est réservé ✅');
    expect((await h.bot.sessions.get('mentor-1'))?.taken).toBe(1);
    const application = await h.bot.store.applications.get(await personId(h, '+32470100021'));
    expect(application).toMatchObject({
      role: 'mentor',
      status: 'booked',
      answers: { age: 62, sector: 'office', experienceYears: 30 },
    });
  });

  it('goes on at the same question in the new language, answers kept, when the person names a language', async () => {
    const h = await start();
    await run(h, '+32470100030', ['Bonjour', '1', 'oui', '1', 'Bruxelles']);
    expect(await h.say('+32470100030', 'nederlands')).toEqual([
      'Prima, we gaan verder in het Nederlands.',
      'Hoe oud ben je?',
    ]);
    expect((await h.say('+32470100030', '24'))[0]).toContain('buiten de Europese Unie');
    const menu = await h.say('+32470100030', 'language');
    expect(menu[0]).toContain('Ik schrijf in het Nederlands');
    expect(await h.say('+32470100030', 'العربية')).toEqual([
      'ممتاز، سنكمل باللغة العربية.',
      expect.stringContaining('خارج الاتحاد الأوروبي'),
    ]);
    const application = await h.bot.store.applications.get(await personId(h, '+32470100030'));
    expect(application?.role).toBe('mentee');
  });

  it('sends nothing after STOP until the person writes again, then goes on where it was', async () => {
    const h = await start();
    await run(h, '+32470100040', ['Bonjour', '1', 'oui', '1']);
    expect(await h.say('+32470100040', 'STOP')).toEqual([expect.stringContaining('je ne vous enverrai plus')]);
    const sentBefore = h.channel.sent.length;
    h.clock.advance(30 * 24 * HOUR);
    await h.bot.scheduler.runDue();
    expect(h.channel.sent).toHaveLength(sentBefore);

    expect(await h.say('+32470100040', 'coucou')).toEqual([
      expect.stringContaining('Bon retour'),
      'Dans quelle ville ou quel code postal habitez-vous ?',
    ]);
  });

  it('books exactly 5 of 20 people who pick the same 5-seat session at once, and waitlists the other 15', async () => {
    const h = await start([session({ _id: 'small', capacity: 5 })]);
    const people = Array.from({ length: 20 }, (_, i) => `+3247020${String(i).padStart(4, '0')}`);
    for (const address of people) {
      await run(h, address, TO_SESSION_CHOICE);
    }
    const answers = await Promise.all(people.map((address) => h.say(address, '1')));
    const booked = answers.filter((replies) => replies.some((text) => text.includes('C’est réservé')));
    const full = answers.filter((replies) => replies.some((text) => text.includes('liste d’attente')));
    expect(booked).toHaveLength(5);
    expect(full).toHaveLength(15);
    expect((await h.bot.sessions.get('small'))?.taken).toBe(5);

    const waitlisted = await Promise.all(
      people
        .filter((_, i) => !answers[i]?.some((text) => text.includes('C’est réservé')))
        .map((address) => h.say(address, 'oui')),
    );
    expect(waitlisted.every((replies) => replies[0]?.includes('Vous êtes sur la liste d’attente'))).toBe(true);
    expect(await h.bot.waitlist.next({ city: 'brussels', audience: 'mentee', limit: 50 })).toHaveLength(15);
  });

  it('offers a freed seat to the first person on the waiting list', async () => {
    const h = await start([session({ _id: 'one-seat', capacity: 1 })]);
    const path = TO_SESSION_CHOICE;
    await run(h, '+32470100050', [...path, '1']);
    const second = await run(h, '+32470100051', [...path, 'oui']);
    expect(second).toContain('Vous êtes sur la liste d’attente');

    const cancelled = await h.say('+32470100050', 'annuler');
    expect(cancelled[0]).toBe('Votre place est annulée.');
    await h.bot.scheduler.runDue();
    const offer = h.channel.textsTo('+32470100051').at(-1);
    expect(offer).toContain('une place s’est libérée mercredi 5 mars à 18:00');
    expect((await h.say('+32470100051', 'oui'))[0]).toContain('C’est réservé ✅');
    expect((await h.bot.sessions.get('one-seat'))?.attendees).toEqual([await personId(h, '+32470100051')]);
  });

  it('asks the same question after a restart of the process in the middle of the intake', async () => {
    const first = await start();
    await run(first, '+32470100060', ['Bonjour', '1', 'oui', '1', 'Bruxelles']);
    await first.close();
    open.splice(open.indexOf(first), 1);

    const second = await start([], first.dataDir);
    expect((await second.say('+32470100060', '24'))[0]).toContain('hors de l’Union européenne');
  });

  it('reminds the day before and two hours before, at the local time, once each', async () => {
    const h = await start([session({ _id: 'evening', startsAt: new Date('2031-03-10T17:00:00Z') })]);
    await run(h, '+32470100070', [...TO_SESSION_CHOICE, '1']);
    const remindersSoFar = () =>
      h.channel.textsTo('+32470100070').filter((text) => text.startsWith('Rappel') || text.startsWith('À tout'));

    h.clock.set(new Date('2031-03-09T16:59:59Z'));
    await h.bot.scheduler.runDue();
    expect(remindersSoFar()).toEqual([]);
    h.clock.set(new Date('2031-03-09T17:00:00Z'));
    await h.bot.scheduler.runDue();
    expect(remindersSoFar()).toEqual([expect.stringContaining('demain, lundi 10 mars à 18:00')]);

    h.clock.set(new Date('2031-03-10T15:00:00Z'));
    await h.bot.scheduler.runDue();
    await h.bot.scheduler.runDue();
    expect(remindersSoFar()).toHaveLength(2);
    expect(remindersSoFar()[1]).toContain('commence aujourd’hui à 18:00');
  });

  it('nudges once after 23 hours of silence, puts the conversation aside after 7 days, and resumes it', async () => {
    const h = await start();
    await run(h, '+32470100080', ['Bonjour', '1', 'oui', '1', 'Bruxelles']);
    h.clock.advance(23 * HOUR);
    await h.bot.scheduler.runDue();
    expect(h.channel.textsTo('+32470100080').slice(-2)).toEqual([
      expect.stringContaining('Vous êtes toujours là'),
      'Quel âge avez-vous ?',
    ]);
    const sent = h.channel.sent.length;
    h.clock.advance(6 * 24 * HOUR + HOUR);
    await h.bot.scheduler.runDue();
    expect(h.channel.sent).toHaveLength(sent);

    expect(await h.say('+32470100080', 're-bonjour')).toEqual([
      expect.stringContaining('Bon retour'),
      'Quel âge avez-vous ?',
    ]);
    expect((await h.say('+32470100080', '24'))[0]).toContain('hors de l’Union européenne');
  });

  it('asks again with a hint, and offers a human after three answers it cannot read', async () => {
    const h = await start();
    await run(h, '+32470100090', ['Hello', '1', 'yes', '1', 'Brussels']);
    expect(await h.say('+32470100090', '🙂🙂')).toEqual([
      'Sorry, I did not understand.',
      expect.stringContaining('Type your age as a number'),
      'How old are you?',
    ]);
    await h.say('+32470100090', 'banana');
    const third = await h.say('+32470100090', 'purple');
    expect(third).toEqual([expect.stringContaining('Would you like a member of our team to help you?\n1. Yes\n2. No')]);
    expect(await h.say('+32470100090', 'yes')).toEqual([
      expect.stringContaining('A member of our team will answer you'),
    ]);
    const id = await personId(h, '+32470100090');
    expect((await h.bot.store.conversations.get(id))?.handoff?.reason).toBe('asked-for-help');
    expect(await h.say('+32470100090', 'hello?')).toEqual([]);

    await h.bot.engine.handBack(id);
    expect(h.channel.textsTo('+32470100090').slice(-2)).toEqual([
      "Thank you for waiting. Let's continue.",
      'How old are you?',
    ]);
    expect((await h.bot.store.conversations.get(id))?.handoff).toBeNull();
  });

  it('reads small typos in a city, a date of birth, and a keycap number', async () => {
    const h = await start();
    const chat = await run(h, '+32470100100', ['Hello', '1', 'yes', '1', 'bruxele', 'yes', '03/03/2007', '2️⃣']);
    expect(chat).toContain('Brussels (bruxele), right?');
    expect(chat).toContain('How old are you?');
    expect(chat).toContain('Are you looking for a job?');
  });

  it('takes a tapped button or list row by its id, and Persian digits for an age', async () => {
    const h = await start();
    await run(h, '+32470100130', ['Hello', '1']);
    const tap = async (id: string, title: string) => {
      const before = h.channel.textsTo('+32470100130').length;
      await h.bot.engine.handle({
        channel: 'test',
        address: '+32470100130',
        providerMessageId: `tap-${id}-${before}`,
        sentAt: h.clock.now(),
        content: { type: 'choice', id, title },
      });
      return h.channel.textsTo('+32470100130').slice(before);
    };
    expect((await tap('yes', 'Yes'))[0]).toContain('Who are you?');
    expect(await tap('mentee', 'I am looking for a job')).toEqual([
      'Noted: you are looking for a job. Your origin and your right to work are used only to check that you can join.\nIn which city or postcode do you live?',
    ]);
    await h.say('+32470100130', 'Brussels');
    expect((await h.say('+32470100130', '۲۴'))[0]).toContain('outside the European Union');
    expect(await tap('family', 'My family is from outside the EU')).toEqual([
      'Are you looking for a job?\n1. Yes\n2. No',
    ]);
  });

  it('starts the questions again on "restart", keeping the language and the consent', async () => {
    const h = await start();
    await run(h, '+32470100140', ['Hallo', '1', 'ja', '1', 'Gent', '25']);
    expect(await h.say('+32470100140', 'opnieuw')).toEqual([
      'Oké, we beginnen opnieuw.',
      'Wie ben je?\n1. Ik zoek werk\n2. Ik wil mentor worden\n3. Ik heb een vraag',
    ]);
    expect(await h.say('+32470100140', '2')).toEqual([
      expect.stringMatching(/^Genoteerd: je wilt mentor worden.*\nIn welke stad of welke postcode woon je\?$/),
    ]);
  });

  it('moves a booking to another date on "change", giving the first seat back', async () => {
    const h = await start([
      session({ _id: 'first' }),
      session({ _id: 'second', startsAt: new Date('2031-03-12T17:00:00Z') }),
    ]);
    await run(h, '+32470100150', [...TO_SESSION_CHOICE, '1']);
    const choices = await h.say('+32470100150', 'changer');
    expect(choices[0]).toContain('3. Garder ma date');
    expect((await h.say('+32470100150', '2'))[0]).toContain('C’est réservé ✅ mercredi 12 mars à 18:00');
    expect((await h.bot.sessions.get('first'))?.taken).toBe(0);
    expect((await h.bot.sessions.get('second'))?.taken).toBe(1);
    expect(await h.say('+32470100150', 'annuler')).toEqual([
      'Votre place est annulée.',
      expect.stringContaining('une autre date'),
    ]);
    expect((await h.bot.sessions.get('second'))?.taken).toBe(0);
  });

  it('erases every trace of the person after a confirmation', async () => {
    const h = await start();
    await run(h, '+32470100110', [...TO_SESSION_CHOICE, '1']);
    const id = await personId(h, '+32470100110');
    expect(await h.say('+32470100110', 'supprimer mes données')).toEqual([expect.stringContaining('C’est définitif')]);
    expect(await h.say('+32470100110', 'oui')).toEqual([expect.stringContaining('Vos données sont supprimées')]);
    await h.bot.scheduler.runDue();

    for (const name of [
      'people',
      'conversations',
      'inbox',
      'transcript',
      'outbox',
      'outbox_sent',
      'jobs',
      'applications',
      'waitlist',
      'session_bookings',
    ]) {
      const docs = await h.bot.store.engine.collection<{ _id: string }>(name).find({});
      expect(JSON.stringify(docs), name).not.toContain(id);
      expect(JSON.stringify(docs), name).not.toContain('+32470100110');
    }
    expect(await h.bot.sessions.get('bxl-fr-1')).toMatchObject({ taken: 0, attendees: [] });
  });

  it('keeps nothing but the refusal when the person does not consent', async () => {
    const h = await start();
    const chat = await run(h, '+32470100120', ['Bonjour', '1', 'non']);
    expect(chat).toContain('Nous ne gardons rien sur vous, sauf votre refus');
    await h.bot.scheduler.runDue();
    expect(await h.bot.store.engine.collection('transcript').countDocuments({})).toBe(0);
    expect(await h.bot.store.engine.collection('people').countDocuments({})).toBe(0);
    expect(await h.bot.store.applications.list({ status: 'refused-consent' })).toHaveLength(1);
  });
});
