import { afterEach, describe, expect, it } from 'vitest';
import type { SendRequest } from '../../src/bot/channel.js';
import { createManualClock } from '../../src/bot/clock.js';
import { silentLogger } from '../../src/bot/logger.js';
import { createScheduler } from '../../src/bot/scheduler.js';
import { createDuoHarness, MENTEE, MENTOR, type DuoHarness } from './duo-harness.js';

const HOUR = 60 * 60 * 1000;

/** Taps the fourth choice, or the last when there are fewer: "by phone or video", 4, "nothing to add"… */
const answerEveryQuestion = (_address: string, sent: SendRequest): string | null => {
  const choices = sent.message.rendered.choices;
  return choices[Math.min(3, choices.length - 1)]?.id ?? null;
};

const localParts = (at: Date): { weekday: string; hour: number } => {
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone: 'Europe/Brussels',
    weekday: 'short',
    hour: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(at);
  return {
    weekday: parts.find((p) => p.type === 'weekday')?.value ?? '',
    hour: Number(parts.find((p) => p.type === 'hour')?.value),
  };
};

describe('duo check-in schedule', () => {
  let h: DuoHarness | undefined;
  afterEach(async () => h?.close());

  it('sends 26 weekly check-ins to each member, surveys at weeks 13 and 26, and the outcome question after 12 months', async () => {
    h = await createDuoHarness();
    await h.runUntil(new Date('2032-03-20T00:00:00Z'), answerEveryQuestion);

    for (const address of [MENTEE, MENTOR]) {
      const openings = h.sentTo(address).filter((m) => m.key === 'checkin.framed' && m.lead !== 'reminder');
      const weekly = openings.filter((m) => m.lead !== 'outcome');
      expect(weekly).toHaveLength(26);
      expect(weekly.map((m) => m.lead)).toEqual([
        'first',
        ...Array<string>(11).fill('week'),
        'midterm',
        ...Array<string>(12).fill('week'),
        'final',
      ]);
      for (const message of h.sentTo(address)) {
        const { weekday, hour } = localParts(message.at);
        expect(weekday).not.toBe('Sun');
        expect(hour).toBeGreaterThanOrEqual(9);
        expect(hour).toBeLessThan(20);
      }
    }
    // Each in their language, each week on the same local hour across the March and October clock changes.
    expect(h.sentTo(MENTEE)[0]?.text).toContain('Avez-vous rencontré votre mentor');
    expect(h.sentTo(MENTOR)[0]?.text).toContain('Heb je je mentee deze week ontmoet?');
    const weekTimes = h
      .sentTo(MENTOR)
      .filter((m) => m.lead !== null)
      .map((m) => localParts(m.at).hour);
    expect(new Set(weekTimes)).toEqual(new Set([18]));

    const outcome = h.sentTo(MENTEE).filter((m) => m.lead === 'outcome');
    expect(outcome).toHaveLength(1);
    expect(outcome[0]?.at.toISOString()).toBe('2032-03-03T17:00:00.000Z');
    expect(h.sentTo(MENTOR).filter((m) => m.lead === 'outcome')).toHaveLength(0);

    const results = await h.bot.duos.computeDuoResults(h.duoId);
    expect(results).toMatchObject({
      state: 'completed',
      byRole: { mentee: { asked: 26, answered: 26, met: 26, averageRating: 4 }, mentor: { asked: 26, answered: 26 } },
    });
    const checkins = await h.bot.duos.listCheckins(h.duoId);
    expect(checkins.find((c) => c.kind === 'outcome')?.outcome).toEqual({
      situation: 'none',
      contractAtLeast3Months: null,
      selfReported: true,
    });
    expect(checkins.find((c) => c.role === 'mentor' && c.week === 26)?.survey).toEqual({
      overall: 4,
      recommend: 'no',
      mentorAgain: 'maybe',
    });
  });

  it('waits for Monday morning when a week falls due on a Sunday evening', async () => {
    h = await createDuoHarness({ startDate: '2031-03-02' });
    await h.runUntil(new Date('2031-03-11T00:00:00Z'));
    const first = h.sentTo(MENTEE)[0];
    expect(first?.at.toISOString()).toBe('2031-03-10T08:00:00.000Z');
  });

  it('waits for the morning when the scheduler comes back at 22:00', async () => {
    h = await createDuoHarness();
    h.clock.set(new Date('2031-03-10T21:00:00Z'));
    await h.bot.scheduler.runDue();
    expect(h.sentTo(MENTEE)).toHaveLength(0);
    await h.runUntil(new Date('2031-03-12T00:00:00Z'));
    expect(h.sentTo(MENTEE).map((m) => m.at.toISOString())).toEqual(['2031-03-11T08:00:00.000Z']);
  });

  it('sends one catch-up message after three days of downtime, and one "missed you" for two late weeks', async () => {
    h = await createDuoHarness();
    h.clock.set(new Date('2031-03-13T10:00:00Z'));
    await h.runUntil(new Date('2031-03-14T00:00:00Z'));
    expect(h.sentTo(MENTEE).map((m) => m.lead)).toEqual(['first']);

    await h.tap(MENTEE, 'yes');
    await h.tap(MENTEE, '4');
    await h.tap(MENTEE, 'nothing');
    const before = h.sentTo(MENTEE).length;
    // Down from Monday the 17th to Tuesday the 25th: weeks 2 and 3 fell due meanwhile.
    h.clock.set(new Date('2031-03-25T10:00:00Z'));
    await h.runUntil(new Date('2031-03-26T00:00:00Z'));
    const sent = h.sentTo(MENTEE).slice(before);
    expect(sent).toHaveLength(1);
    expect(sent[0]?.text).toContain('manqué pendant 2 semaines');
    const weeks = (await h.bot.duos.listCheckins(h.duoId)).filter((c) => c.role === 'mentee');
    expect(weeks.map((c) => [c.week, c.status])).toEqual([
      [1, 'answered'],
      [2, 'merged'],
      [3, 'asked'],
    ]);
  });

  it('reminds once after 48 hours, then records the week unanswered and alerts after two such weeks', async () => {
    h = await createDuoHarness();
    await h.runUntil(new Date('2031-03-24T00:00:00Z'));
    const leads = h.sentTo(MENTEE).map((m) => m.lead);
    expect(leads).toEqual(['first', 'reminder', 'week', 'reminder']);
    expect(h.sentTo(MENTEE)[1]?.at.toISOString()).toBe('2031-03-12T17:00:00.000Z');
    const weeks = (await h.bot.duos.listCheckins(h.duoId)).filter((c) => c.role === 'mentee');
    expect(weeks.map((c) => c.status)).toEqual(['unanswered', 'unanswered']);
    const alerts = await h.bot.duos.listAlerts({ duoId: h.duoId });
    expect(alerts.filter((a) => a.ruleId === 'unanswered-two-weeks').map((a) => [a.role, a.week])).toEqual([
      ['mentee', 1],
      ['mentor', 1],
    ]);
  });

  it('never sends a week twice when two instances run the same store', async () => {
    h = await createDuoHarness();
    const harness = h;
    const other = createScheduler({
      store: harness.bot.store,
      clock: harness.clock,
      logger: silentLogger,
      owner: 'other-instance',
      run: async (job) => {
        const decision = await harness.bot.duos.prepareJob(job);
        if (decision.kind === 'deliver') await harness.bot.engine.deliverJob(decision.job);
      },
      retentionMs: HOUR,
    });
    const end = new Date('2031-09-15T00:00:00Z');
    for (;;) {
      const due = await harness.bot.store.jobs.nextDueAt();
      if (!due || due > end) break;
      if (due > harness.clock.now()) harness.clock.set(due);
      await Promise.all([harness.bot.scheduler.runDue(), other.runDue()]);
    }
    const openings = h.sentTo(MENTOR).filter((m) => m.lead !== null && m.lead !== 'reminder');
    expect(openings).toHaveLength(26);
  });

  it('does not send the week again after a restart in the middle of it', async () => {
    const clock = createManualClock(new Date('2031-03-03T09:00:00Z'));
    h = await createDuoHarness({ clock });
    await h.runUntil(new Date('2031-03-11T12:00:00Z'));
    expect(h.sentTo(MENTEE)).toHaveLength(1);
    const dataDir = h.dataDir;
    await h.close();
    h = undefined;

    const { createHarness } = await import('../support/harness.js');
    const restarted = await createHarness({ dataDir, clock });
    try {
      await restarted.bot.engine.recover();
      clock.set(new Date('2031-03-12T10:00:00Z'));
      await restarted.bot.scheduler.runDue();
      expect(restarted.channel.textsTo(MENTEE)).toEqual([]);
    } finally {
      await restarted.close();
    }
  });

  it('stops nudging a paused duo and resumes at the current week', async () => {
    h = await createDuoHarness();
    await h.runUntil(new Date('2031-03-12T00:00:00Z'), answerEveryQuestion);
    expect((await h.bot.duos.pauseDuo(h.duoId)).ok).toBe(true);
    const before = h.sentTo(MENTEE).length;
    await h.runUntil(new Date('2031-04-02T10:00:00Z'));
    expect(h.sentTo(MENTEE)).toHaveLength(before);

    expect((await h.bot.duos.resumeDuo(h.duoId)).ok).toBe(true);
    await h.runUntil(new Date('2031-04-02T12:00:00Z'), answerEveryQuestion);
    const resumed = h
      .sentTo(MENTEE)
      .slice(before)
      .find((m) => m.lead !== null);
    expect(resumed?.text).toContain('Semaine 4 sur 26');
  });

  it('sends nothing to a member who said stop, and goes on with the other', async () => {
    h = await createDuoHarness();
    const duo = await h.bot.duos.getDuo(h.duoId);
    await h.bot.store.people.update(duo?.mentee.personId ?? '', { optedOutAt: h.clock.now() });
    await h.runUntil(new Date('2031-03-25T00:00:00Z'), answerEveryQuestion);
    expect(h.sentTo(MENTEE)).toEqual([]);
    expect(h.sentTo(MENTOR).filter((m) => m.lead !== null && m.lead !== 'reminder')).toHaveLength(3);
  });

  it('waits while the member is in the middle of another conversation, then asks', async () => {
    h = await createDuoHarness();
    h.clock.set(new Date('2031-03-10T16:50:00Z'));
    // The language menu is a question left open.
    const menu = await h.answer(MENTEE, 'langue');
    expect(menu.length).toBeGreaterThan(0);
    await h.runUntil(new Date('2031-03-10T19:00:00Z'));
    const checkin = h.sentTo(MENTEE).filter((m) => m.key === 'checkin.framed');
    // Busy until an hour after the last message (17:50): the next try, every 30 minutes, is 18:00.
    expect(checkin.map((m) => m.at.toISOString())).toEqual(['2031-03-10T18:00:00.000Z']);
    expect(h.sentTo(MENTOR)[0]?.at.toISOString()).toBe('2031-03-10T17:00:00.000Z');
  });
});
