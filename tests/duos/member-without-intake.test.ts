import { afterEach, describe, expect, it } from 'vitest';
import { createDuoHarness, MENTEE, MENTOR, type DuoHarness } from './duo-harness.js';

const firstWeek = new Date('2031-03-10T17:00:00Z');
const secondWeek = new Date('2031-03-17T17:00:00Z');

describe('duo member who never went through the intake', () => {
  let h: DuoHarness | undefined;
  afterEach(async () => h?.close());

  it('hears what the weekly check-in is, in their language, when they write before any check-in', async () => {
    h = await createDuoHarness();
    const replies = await h.answer(MENTOR, 'Hallo');
    expect(replies).toHaveLength(1);
    expect(replies[0]).toContain('wekelijkse check-in van DUO for a JOB');
    expect(h.sentTo(MENTOR).map((sent) => sent.key)).toEqual(['checkin.member.about']);
  });

  it('gets the check-in and, after it, the same short note instead of the greeting', async () => {
    h = await createDuoHarness();
    await h.runUntil(firstWeek);
    await h.answer(MENTEE, 'oui');
    await h.answer(MENTEE, '4');
    expect(await h.answer(MENTEE, 'rien')).toEqual(['Merci ! À la semaine prochaine.']);

    const replies = await h.answer(MENTEE, 'merci, bonne soirée');
    expect(replies).toHaveLength(1);
    expect(replies[0]).toContain('check-in hebdomadaire de DUO for a JOB');
    expect(h.sentTo(MENTEE).map((sent) => sent.key)).not.toContain('intake.languageMenu');
  });

  it('is heard when they say stop: nothing more until they write again, then the check-ins go on', async () => {
    h = await createDuoHarness();
    await h.runUntil(firstWeek);
    expect(await h.answer(MENTOR, 'stop')).toEqual([
      'Begrepen, ik stuur je geen berichten meer. Schrijf me wanneer je wilt verdergaan.',
    ]);
    await h.runUntil(secondWeek);
    expect(h.sentTo(MENTOR).filter((sent) => sent.key === 'checkin.framed')).toHaveLength(1);

    const back = await h.answer(MENTOR, 'Hallo, ik ben er weer');
    expect(back.join('\n')).toContain('wekelijkse check-in van DUO for a JOB');
    await h.runUntil(new Date('2031-03-24T17:00:00Z'));
    expect(h.sentTo(MENTOR).filter((sent) => sent.key === 'checkin.framed')).toHaveLength(2);
  });

  it('reaches staff with "help" and hears nothing from the assistant until staff hand back', async () => {
    h = await createDuoHarness();
    const personId = (await h.bot.duos.getDuo(h.duoId))?.mentor.personId ?? '';
    expect(await h.answer(MENTOR, 'hulp')).toHaveLength(1);
    expect((await h.bot.store.conversations.get(personId))?.handoff).not.toBeNull();
    expect(await h.answer(MENTOR, 'Mijn mentee antwoordt niet meer')).toEqual([]);

    await h.bot.engine.handBack(personId);
    expect((await h.bot.store.conversations.get(personId))?.handoff).toBeNull();
  });

  it('switches language when they name one, and erases their data after a yes', async () => {
    h = await createDuoHarness();
    const switched = await h.answer(MENTEE, 'english');
    expect(switched.join('\n')).toContain("DUO for a JOB's weekly check-in");

    await h.answer(MENTEE, 'delete my data');
    expect(h.sentTo(MENTEE).at(-1)?.key).toBe('delete.ask');
    await h.answer(MENTEE, 'yes');
    // The erasure runs once the goodbye is sent.
    await h.bot.scheduler.runDue();
    const duo = await h.bot.duos.getDuo(h.duoId);
    expect(duo?.mentee.personId).toBeNull();
  });
});
