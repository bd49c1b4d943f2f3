import { afterEach, describe, expect, it } from 'vitest';
import type { CheckinRecord } from '../../src/flows/contract.js';
import { createDuoHarness, MENTEE, MENTOR, type DuoHarness } from './duo-harness.js';

const firstWeek = new Date('2031-03-10T17:00:00Z');

describe('duo alerts', () => {
  let h: DuoHarness | undefined;
  afterEach(async () => h?.close());

  /** A member's answers for one week, as the check-in flow hands them over. */
  async function answerWeek(
    duo: DuoHarness,
    input: { role: 'mentee' | 'mentor'; week: number; met: CheckinRecord['met']; rating?: number },
  ): Promise<void> {
    const stored = await duo.bot.duos.getDuo(duo.duoId);
    const now = duo.clock.now();
    await duo.bot.duos.recordCheckin({
      personId: stored?.[input.role].personId ?? '',
      now,
      record: {
        duoId: duo.duoId,
        role: input.role,
        week: input.week,
        kind: 'weekly',
        met: input.met,
        notMetReason: input.met === 'no' ? 'busy' : null,
        notMetDetail: null,
        rating: input.rating ?? null,
        note: null,
        survey: null,
        outcome: null,
        answeredAt: now.toISOString(),
      },
    });
  }

  const alertsOf = async (duo: DuoHarness) =>
    (await duo.bot.duos.listAlerts({ duoId: duo.duoId })).map((alert) => [alert.ruleId, alert.role, alert.week]);

  it('stores one alert per piece of evidence: a low rating in week 3 and another in week 7 are two', async () => {
    h = await createDuoHarness();
    await answerWeek(h, { role: 'mentee', week: 3, met: 'yes', rating: 2 });
    await answerWeek(h, { role: 'mentee', week: 3, met: 'yes', rating: 2 });
    expect(await alertsOf(h)).toEqual([['low-rating', 'mentee', 3]]);

    await answerWeek(h, { role: 'mentee', week: 7, met: 'yes', rating: 1 });
    expect(await alertsOf(h)).toEqual([
      ['low-rating', 'mentee', 3],
      ['low-rating', 'mentee', 7],
    ]);
  });

  it('raises a missed-meetings alert again when two more weeks without a meeting follow', async () => {
    h = await createDuoHarness();
    for (const week of [3, 4]) await answerWeek(h, { role: 'mentor', week, met: 'no' });
    expect(await alertsOf(h)).toEqual([['no-meeting-two-weeks', 'mentor', 3]]);
    await answerWeek(h, { role: 'mentor', week: 5, met: 'no' });
    expect(await alertsOf(h)).toHaveLength(1);
    await answerWeek(h, { role: 'mentor', week: 6, met: 'no' });
    await answerWeek(h, { role: 'mentor', week: 6, met: 'no' });
    expect(await alertsOf(h)).toEqual([
      ['no-meeting-two-weeks', 'mentor', 3],
      ['no-meeting-two-weeks', 'mentor', 5],
    ]);
  });

  it('alerts the referent once when the mentee says they met and the mentor says they did not', async () => {
    h = await createDuoHarness();
    await h.runUntil(firstWeek);
    await h.tap(MENTEE, 'yes');
    await h.tap(MENTEE, '4');
    await h.tap(MENTEE, 'nothing');
    expect(await alertsOf(h)).toEqual([]);

    await h.tap(MENTOR, 'no');
    await h.tap(MENTOR, 'busy');
    await h.tap(MENTOR, 'nothing');
    const alerts = await h.bot.duos.listAlerts({ referentId: 'staff-anna' });
    expect(alerts.map((alert) => [alert.ruleId, alert.severity, alert.role, alert.week, alert.evidence])).toEqual([
      ['members-disagree', 'watch', 'both', 1, { weeks: [1], met: ['yes', 'no'] }],
    ]);

    // The week closing reads the same answers again: still one alert.
    await h.runUntil(new Date('2031-03-17T12:00:00Z'));
    expect(
      (await h.bot.duos.listAlerts({ duoId: h.duoId })).filter((a) => a.ruleId === 'members-disagree'),
    ).toHaveLength(1);
  });

  it('does not alert when both members say they met, one in person and one by phone', async () => {
    h = await createDuoHarness();
    await answerWeek(h, { role: 'mentee', week: 2, met: 'yes', rating: 4 });
    await answerWeek(h, { role: 'mentor', week: 2, met: 'remote', rating: 4 });
    await answerWeek(h, { role: 'mentee', week: 3, met: 'no' });
    expect(await alertsOf(h)).toEqual([]);
    await answerWeek(h, { role: 'mentor', week: 3, met: 'remote', rating: 4 });
    expect(await alertsOf(h)).toEqual([['members-disagree', 'both', 3]]);
  });
});
