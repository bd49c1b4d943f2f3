import { afterEach, describe, expect, it } from 'vitest';
import { createDuoHarness, MENTEE, MENTOR, type DuoHarness } from './duo-harness.js';

describe('weekly check-in', () => {
  let h: DuoHarness | undefined;
  afterEach(async () => h?.close());

  it('asks each member in their own language and records the answers when the first week is due', async () => {
    h = await createDuoHarness();
    await h.runUntil(new Date('2031-03-10T17:00:00Z'));

    const mentee = h.sentTo(MENTEE);
    expect(mentee).toHaveLength(1);
    expect(mentee[0]?.text).toContain("l'autre membre de votre duo ne les voit pas");
    expect(mentee[0]?.text).toMatch(/\n\nAvez-vous rencontré votre mentor cette semaine \?$/);
    expect(mentee[0]?.choices).toEqual(['yes', 'no', 'remote']);
    expect(h.sentTo(MENTOR)[0]?.text).toMatch(
      /je referent bij DUO for a JOB\.\n\nHeb je je mentee deze week ontmoet\?$/,
    );

    expect(await h.answer(MENTEE, 'oui')).toEqual([
      'Le duo vous a-t-il été utile cette semaine ? 1 = pas du tout, 5 = très utile.\n1. 1 · pas du tout\n2. 2\n3. 3\n4. 4\n5. 5 · très utile',
    ]);
    await h.answer(MENTEE, '4');
    expect(await h.answer(MENTEE, 'Il m’a aidée à préparer un entretien')).toEqual(['Merci ! À la semaine prochaine.']);

    const week1 = (await h.bot.duos.listCheckins(h.duoId)).find((c) => c.role === 'mentee');
    expect(week1).toMatchObject({
      role: 'mentee',
      week: 1,
      status: 'answered',
      met: 'yes',
      rating: 4,
      note: 'Il m’a aidée à préparer un entretien',
    });
  });

  it('asks why and keeps the words when the member did not meet', async () => {
    h = await createDuoHarness();
    await h.runUntil(new Date('2031-03-10T17:00:00Z'));
    await h.tap(MENTOR, 'no');
    expect(h.sentTo(MENTOR).at(-1)?.key).toBe('checkin.question.whyNot');
    await h.answer(MENTOR, 'Zij was op vakantie');
    await h.tap(MENTOR, 'nothing');

    const mentor = (await h.bot.duos.listCheckins(h.duoId)).find((c) => c.role === 'mentor');
    expect(mentor).toMatchObject({ met: 'no', notMetReason: 'other', notMetDetail: 'Zij was op vakantie', note: null });
    expect(h.sentTo(MENTOR).at(-1)?.text).toBe('Bedankt! Tot volgende week.');
  });

  it('asks again with a hint when a button answer cannot be read', async () => {
    h = await createDuoHarness();
    await h.runUntil(new Date('2031-03-10T17:00:00Z'));
    const replies = await h.answer(MENTEE, 'bof');
    expect(replies[0]).toBe("Touchez l'un des choix, ou tapez son numéro.");
    expect(replies[1]).toContain('Avez-vous rencontré votre mentor cette semaine ?');
  });

  it('hands a command typed in the middle of a check-in to the main flow, keeping what was answered', async () => {
    h = await createDuoHarness();
    await h.runUntil(new Date('2031-03-10T17:00:00Z'));
    await h.tap(MENTEE, 'yes');
    const replies = await h.answer(MENTEE, 'langue');
    expect(h.sentTo(MENTEE).at(-1)?.key).toMatch(/^intake\./);
    expect(replies.join('\n')).not.toContain('utile');
    const personId = (await h.bot.duos.getDuo(h.duoId))?.mentee.personId ?? '';
    const conversation = await h.bot.store.conversations.get(personId);
    expect(conversation?.snapshot).not.toContain('"layers":1');
    const week1 = (await h.bot.duos.listCheckins(h.duoId)).find((c) => c.role === 'mentee');
    expect(week1).toMatchObject({ status: 'answered', met: 'yes', rating: null });
  });

  it('goes on when the member answers the template with a typed number', async () => {
    h = await createDuoHarness();
    await h.runUntil(new Date('2031-03-10T17:00:00Z'));
    // Outside the 24-hour window the opening arrives as the template, its choices numbered.
    expect(h.channel.sent[0]?.lastInboundAt).toBeNull();
    const replies = await h.answer(MENTOR, '3');
    expect(replies[0]).toContain('Hoe nuttig was je duo deze week?');
    const mentor = (await h.bot.duos.listCheckins(h.duoId)).find((c) => c.role === 'mentor');
    expect(mentor).toMatchObject({ status: 'answered', met: 'remote' });
  });

  it('asks the question again, buttons and all, when the member taps the template itself', async () => {
    h = await createDuoHarness();
    await h.runUntil(new Date('2031-03-10T17:00:00Z'));
    await h.tap(MENTEE, 'template-quick-reply');
    const [hint, question] = h.sentTo(MENTEE).slice(1);
    expect(hint?.key).toBe('checkin.hint.choose');
    expect(question?.choices).toEqual(['yes', 'no', 'remote']);
    await h.tap(MENTEE, 'yes');
    expect(h.sentTo(MENTEE).at(-1)?.choices).toEqual(['1', '2', '3', '4', '5']);
  });
});
