import type { CheckinDoc } from '../store/repositories/checkins.js';
import type { DuoDoc, DuoRole } from '../store/repositories/duos.js';

export interface WeekFigures {
  /** Weeks the member was asked about (merged and skipped weeks are not counted). */
  asked: number;
  answered: number;
  /** Met in person or by phone or video. */
  met: number;
  averageRating: number | null;
}

export interface DuoResults {
  duoId: string;
  state: DuoDoc['state'];
  byRole: Record<DuoRole, WeekFigures>;
  /** Both members together, erased members' counts included. */
  total: WeekFigures;
}

export interface ProgrammeResults {
  city: string | null;
  from: string;
  to: string;
  duos: { active: number; completed: number; endedEarly: number; paused: number };
  /** Weeks answered in the period, and the share of them in which the duo met. */
  weeksAnswered: number;
  weeksMet: number;
  shareOfWeeksMet: number | null;
  /**
   * From the outcome answers asked in the period (clock: months after the duo's start, as the
   * programme file says): positive = job, training or internship; job; stable job = contract of
   * three months or more. Self-reported.
   */
  outcomes: {
    answered: number;
    positive: number;
    job: number;
    positiveRate: number | null;
    jobRate: number | null;
    stableJobRate: number | null;
  };
}

interface Tally {
  asked: number;
  answered: number;
  met: number;
  ratingSum: number;
  ratingCount: number;
}

const emptyTally = (): Tally => ({ asked: 0, answered: 0, met: 0, ratingSum: 0, ratingCount: 0 });

export function tallyWeeks(checkins: readonly CheckinDoc[]): Tally {
  const tally = emptyTally();
  for (const checkin of checkins) {
    if (checkin.kind !== 'weekly') continue;
    if (checkin.status === 'asked' || checkin.status === 'answered' || checkin.status === 'unanswered')
      tally.asked += 1;
    if (checkin.status !== 'answered') continue;
    tally.answered += 1;
    if (checkin.met === 'yes' || checkin.met === 'remote') tally.met += 1;
    if (checkin.rating !== null) {
      tally.ratingSum += checkin.rating;
      tally.ratingCount += 1;
    }
  }
  return tally;
}

const figures = (tally: Tally): WeekFigures => ({
  asked: tally.asked,
  answered: tally.answered,
  met: tally.met,
  averageRating: tally.ratingCount === 0 ? null : Math.round((tally.ratingSum / tally.ratingCount) * 100) / 100,
});

const add = (a: Tally, b: Tally): Tally => ({
  asked: a.asked + b.asked,
  answered: a.answered + b.answered,
  met: a.met + b.met,
  ratingSum: a.ratingSum + b.ratingSum,
  ratingCount: a.ratingCount + b.ratingCount,
});

export function duoResults(duo: DuoDoc, checkins: readonly CheckinDoc[]): DuoResults {
  const mentee = tallyWeeks(checkins.filter((c) => c.role === 'mentee'));
  const mentor = tallyWeeks(checkins.filter((c) => c.role === 'mentor'));
  return {
    duoId: duo._id,
    state: duo.state,
    byRole: { mentee: figures(mentee), mentor: figures(mentor) },
    total: figures(add(add(mentee, mentor), duo.erasedTotals)),
  };
}

const rate = (count: number, of: number): number | null => (of === 0 ? null : Math.round((count / of) * 1000) / 1000);

/** Figures for funders, per city (or all) and period; `from` and `to` are ISO dates, `to` excluded. */
export function programmeResults(input: {
  city: string | null;
  from: string;
  to: string;
  duos: readonly DuoDoc[];
  checkins: readonly CheckinDoc[];
}): ProgrammeResults {
  const from = new Date(input.from);
  const to = new Date(input.to);
  const inPeriod = (date: Date | null): boolean => date !== null && date >= from && date < to;
  const duos = input.duos.filter((duo) => input.city === null || duo.city === input.city);
  const startedBeforeEnd = duos.filter((duo) => duo.startDate < input.to);
  const count = (state: DuoDoc['state']): number =>
    startedBeforeEnd.filter((duo) => duo.state === state && (state === 'active' || inPeriod(duo.endedAt))).length;
  const ids = new Set(duos.map((duo) => duo._id));
  const checkins = input.checkins.filter((c) => ids.has(c.duoId) && inPeriod(c.askedAt));
  const weeks = add(
    tallyWeeks(checkins),
    duos.reduce((sum, duo) => add(sum, duo.erasedTotals), emptyTally()),
  );
  const outcomes = checkins.filter((c) => c.kind === 'outcome' && c.outcome !== null);
  const jobs = outcomes.filter((c) => c.outcome?.situation === 'job');
  const positive = outcomes.filter((c) => c.outcome?.situation === 'job' || c.outcome?.situation === 'training');
  return {
    city: input.city,
    from: input.from,
    to: input.to,
    duos: {
      active: count('active'),
      completed: count('completed'),
      endedEarly: count('ended'),
      paused: startedBeforeEnd.filter((duo) => duo.state === 'paused').length,
    },
    weeksAnswered: weeks.answered,
    weeksMet: weeks.met,
    shareOfWeeksMet: rate(weeks.met, weeks.answered),
    outcomes: {
      answered: outcomes.length,
      positive: positive.length,
      job: jobs.length,
      positiveRate: rate(positive.length, outcomes.length),
      jobRate: rate(jobs.length, outcomes.length),
      stableJobRate: rate(jobs.filter((c) => c.outcome?.contractAtLeast3Months === true).length, outcomes.length),
    },
  };
}
