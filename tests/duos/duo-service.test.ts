import { afterEach, describe, expect, it } from 'vitest';
import { createDuoHarness, MENTEE, MENTOR, type DuoHarness } from './duo-harness.js';

const firstWeek = new Date('2031-03-10T17:00:00Z');

describe('duo service', () => {
  let h: DuoHarness | undefined;
  afterEach(async () => h?.close());

  it('creates a duo once when staff send the same request twice', async () => {
    h = await createDuoHarness();
    const again = await h.bot.duos.createDuo({
      mentee: { channel: 'test', address: MENTEE, language: 'fr' },
      mentor: { channel: 'test', address: MENTOR, language: 'nl' },
      city: 'brussels',
      referentId: 'staff-anna',
      startDate: '2031-03-03',
    });
    expect(again).toMatchObject({ ok: true, created: false, duo: { _id: h.duoId } });
    await h.runUntil(firstWeek);
    expect(h.sentTo(MENTEE)).toHaveLength(1);
  });

  it('refuses a duo with an unknown city or language, naming the field', async () => {
    h = await createDuoHarness();
    const request = {
      mentee: { channel: 'test', address: '+32470100009', language: 'fr' },
      mentor: { channel: 'test', address: '+32470100010', language: 'de' },
      city: 'brussels',
      referentId: 'staff-anna',
      startDate: '2031-03-03',
    };
    expect(await h.bot.duos.createDuo(request)).toEqual({
      ok: false,
      reason: 'mentor.language: the assistant does not speak "de"',
    });
    expect(await h.bot.duos.createDuo({ ...request, city: 'atlantis' })).toMatchObject({
      ok: false,
      reason: 'city: unknown city "atlantis"',
    });
    expect(await h.bot.duos.createDuo({ ...request, startDate: '3 March' })).toMatchObject({ ok: false });
  });

  it('raises one safety alert for a note with words of distress, which the referent acknowledges', async () => {
    h = await createDuoHarness();
    await h.runUntil(firstWeek);
    await h.tap(MENTEE, 'yes');
    await h.tap(MENTEE, '2');
    await h.answer(MENTEE, 'Au travail il y a du harcèlement, je ne sais pas quoi faire');

    const alerts = await h.bot.duos.listAlerts({ referentId: 'staff-anna' });
    expect(alerts.map((a) => [a.ruleId, a.severity, a.role, a.week, a.state]).sort()).toEqual([
      ['distress-words', 'safety', 'mentee', 1, 'open'],
      ['low-rating', 'watch', 'mentee', 1, 'open'],
    ]);
    const distress = alerts.find((a) => a.ruleId === 'distress-words');
    expect(distress?.evidence.words).toEqual(['harcèlement']);

    const acknowledged = await h.bot.duos.acknowledgeAlert({ alertId: distress?._id ?? '', by: 'staff-anna' });
    expect(acknowledged).toMatchObject({ state: 'acknowledged', acknowledgedBy: 'staff-anna' });
    // The week closing later reads the same evidence: nothing new.
    await h.runUntil(new Date('2031-03-17T12:00:00Z'));
    expect(await h.bot.duos.listAlerts({ duoId: h.duoId })).toHaveLength(2);
  });

  it('raises an alert when a member wants to stop', async () => {
    h = await createDuoHarness();
    await h.runUntil(firstWeek);
    await h.tap(MENTOR, 'no');
    await h.tap(MENTOR, 'wantsToStop');
    const alerts = await h.bot.duos.listAlerts({ duoId: h.duoId });
    expect(alerts.map((a) => [a.ruleId, a.severity, a.role])).toEqual([['wants-to-stop', 'urgent', 'mentor']]);
  });

  it('erases a member’s answers and notes and keeps the counts', async () => {
    h = await createDuoHarness();
    await h.runUntil(firstWeek);
    await h.tap(MENTEE, 'yes');
    await h.tap(MENTEE, '5');
    await h.answer(MENTEE, 'Tout va bien, merci');
    await h.tap(MENTOR, 'remote');
    await h.tap(MENTOR, '3');
    await h.tap(MENTOR, 'nothing');
    const menteeId = (await h.bot.duos.getDuo(h.duoId))?.mentee.personId ?? '';

    await h.bot.engine.erase(menteeId);

    const left = await h.bot.duos.listCheckins(h.duoId);
    expect(left.map((c) => c.role)).toEqual(['mentor']);
    expect(JSON.stringify(left)).not.toContain('Tout va bien');
    expect((await h.bot.duos.getDuo(h.duoId))?.mentee.personId).toBeNull();
    expect(await h.bot.duos.computeDuoResults(h.duoId)).toMatchObject({
      total: { asked: 2, answered: 2, met: 2, averageRating: 4 },
    });
  });

  it('reports per city and period: duos by state, the share of weeks met and the outcome rates', async () => {
    h = await createDuoHarness();
    await h.runUntil(firstWeek);
    await h.tap(MENTEE, 'yes');
    await h.tap(MENTEE, '4');
    await h.tap(MENTEE, 'nothing');
    await h.tap(MENTOR, 'no');
    await h.tap(MENTOR, 'busy');
    await h.tap(MENTOR, 'nothing');

    const results = await h.bot.duos.computeProgrammeResults({
      city: 'brussels',
      from: '2031-03-01',
      to: '2031-04-01',
    });
    expect(results).toMatchObject({
      duos: { active: 1, completed: 0, endedEarly: 0 },
      weeksAnswered: 2,
      shareOfWeeksMet: 0.5,
      outcomes: { answered: 0, positiveRate: null },
    });
    expect(await h.bot.duos.endDuo({ duoId: h.duoId, reason: 'mentee found a job' })).toMatchObject({ ok: true });
    const after = await h.bot.duos.computeProgrammeResults({ from: '2031-03-01', to: '2031-04-01' });
    expect(after.duos).toMatchObject({ active: 0, endedEarly: 1 });
  });
});
