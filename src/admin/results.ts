import type { AdminDeps } from './deps.js';

/** One city's raw counts for the period, by figure id. */
export type CityCounts = Record<string, Record<string, number>>;

/**
 * Where the programme's figures come from. The intake gives applicants, eligible, booked and
 * attended; other parts of the programme (duos) add a source with their own figure ids.
 */
export interface FigureSource {
  figures: readonly string[];
  count(query: { cities: readonly string[]; from: Date; to: Date }): Promise<CityCounts>;
}

const ELIGIBLE = new Set(['eligible', 'booked', 'waitlisted']);
/** The latest date stores compare correctly: dates kept as ISO text sort right only up to year 9999. */
const NO_END = new Date('9999-12-31T00:00:00Z');

/** Applicants who started the intake in the period, followed to their information session. */
export function intakeFigures(deps: AdminDeps): FigureSource {
  return {
    figures: ['applicants', 'eligible', 'booked', 'attended'],
    async count({ cities, from, to }) {
      const counts: CityCounts = Object.fromEntries(
        cities.map((city) => [city, { applicants: 0, eligible: 0, booked: 0, attended: 0 }]),
      );
      const attended = new Set(
        (await deps.attendance.attendedBetween({ from, to: NO_END })).map((mark) => mark.personId),
      );
      for (const application of await deps.bot.store.applications.list()) {
        const city = application.city === null ? undefined : counts[application.city];
        if (!city || application.createdAt < from || application.createdAt >= to) continue;
        if (application.role !== 'mentee' && application.role !== 'mentor') continue;
        const came = attended.has(application._id);
        city.applicants = (city.applicants ?? 0) + 1;
        if (ELIGIBLE.has(application.status) || came) city.eligible = (city.eligible ?? 0) + 1;
        if (application.status === 'booked' || came) city.booked = (city.booked ?? 0) + 1;
        if (came) city.attended = (city.attended ?? 0) + 1;
      }
      return counts;
    },
  };
}

/** Counts from 1 to 4 could point at someone: they are shown as "<5". */
export function suppressSmall(count: number): number | '<5' {
  return count > 0 && count < 5 ? '<5' : count;
}
