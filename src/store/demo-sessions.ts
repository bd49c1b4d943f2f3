import type { InfoSessionDoc, SessionAudience, SessionsRepository } from './repositories/sessions.js';

export interface DemoCity {
  id: string;
  /** IANA zone, e.g. `Europe/Brussels`. */
  timeZone: string;
  /** The first is used most; a city without languages gets no demo sessions. */
  sessionLanguages: string[];
}

export interface SeedDemoSessionsOptions {
  sessions: SessionsRepository;
  cities: DemoCity[];
  now: Date;
  /** Ids are `<idPrefix>-<city>-<audience>-<n>`; `demo` unless given. */
  idPrefix?: string;
}

const SESSIONS_PER_AUDIENCE = 3;
const LOCAL_START = { hour: 18, minute: 0 };
const DURATION_MINUTES = 90;
const CAPACITY: Record<SessionAudience, number> = { mentee: 12, mentor: 15 };
/** Mentee sessions on the first weekday after today, mentor sessions two days later, one of each a week. */
const AUDIENCE_DAY_OFFSET: Record<SessionAudience, number> = { mentee: 1, mentor: 3 };
const AUDIENCES: SessionAudience[] = ['mentee', 'mentor'];
const DEMO_STREETS: Record<string, string> = {
  brussels: 'Rue du Marché aux Herbes 41, 1000 Brussels',
  antwerp: 'Kammenstraat 18, 2000 Antwerp',
  ghent: 'Korenmarkt 7, 9000 Ghent',
  liege: 'Rue Pont d’Avroy 25, 4000 Liège',
  paris: 'Rue du Faubourg Saint-Denis 104, 75010 Paris',
  lyon: 'Rue de la République 60, 69002 Lyon',
  amsterdam: 'Weesperstraat 61, 1018 VN Amsterdam',
};

/**
 * Gives a fresh install something to book: when no session lies ahead, adds three sessions per
 * city and audience over the next three weeks, at 18:00 local time on weekdays. Ids are
 * deterministic, so a second run (or two instances starting together) adds nothing. Returns how
 * many sessions were created.
 */
export async function seedDemoSessions({
  sessions,
  cities,
  now,
  idPrefix = 'demo',
}: SeedDemoSessionsOptions): Promise<number> {
  if ((await sessions.listAll({ from: now, limit: 1 })).length > 0) return 0;
  let created = 0;
  for (const city of cities) {
    for (const session of demoSessionsFor({ city, now, idPrefix })) {
      if (await sessions.insert(session)) created += 1;
    }
  }
  return created;
}

function demoSessionsFor({ city, now, idPrefix }: { city: DemoCity; now: Date; idPrefix: string }): InfoSessionDoc[] {
  const today = localDate(now, city.timeZone);
  const demo: InfoSessionDoc[] = [];
  for (const audience of AUDIENCES) {
    for (let n = 1; n <= SESSIONS_PER_AUDIENCE; n += 1) {
      const language = city.sessionLanguages[(n - 1) % city.sessionLanguages.length];
      if (language === undefined) continue;
      const day = nextWeekday(addDays(today, AUDIENCE_DAY_OFFSET[audience] + 7 * (n - 1)));
      const id = `${idPrefix}-${city.id}-${audience}-${n}`;
      const online = n === SESSIONS_PER_AUDIENCE;
      demo.push({
        _id: id,
        city: city.id,
        audience,
        language,
        startsAt: zonedTimeToUtc({ ...day, ...LOCAL_START }, city.timeZone),
        durationMinutes: DURATION_MINUTES,
        place: online ? `https://meet.example.org/${id}` : demoVenue(city.id),
        online,
        capacity: CAPACITY[audience],
        taken: 0,
        createdAt: now,
        cancelledAt: null,
      });
    }
  }
  return demo;
}

function demoVenue(cityId: string): string {
  const cityName = cityId.charAt(0).toUpperCase() + cityId.slice(1);
  return `DUO for a JOB, ${DEMO_STREETS[cityId] ?? `Grand-Place 1, ${cityName}`}`;
}

interface CalendarDate {
  year: number;
  /** 1–12 */
  month: number;
  day: number;
}

interface WallClockTime extends CalendarDate {
  hour: number;
  minute: number;
}

function addDays(date: CalendarDate, days: number): CalendarDate {
  const shifted = new Date(Date.UTC(date.year, date.month - 1, date.day + days));
  return { year: shifted.getUTCFullYear(), month: shifted.getUTCMonth() + 1, day: shifted.getUTCDate() };
}

function nextWeekday(date: CalendarDate): CalendarDate {
  const weekday = new Date(Date.UTC(date.year, date.month - 1, date.day)).getUTCDay();
  if (weekday === 6) return addDays(date, 2);
  if (weekday === 0) return addDays(date, 1);
  return date;
}

function localDate(instant: Date, timeZone: string): CalendarDate {
  const { year, month, day } = wallClockAt(instant.getTime(), timeZone);
  return { year, month, day };
}

/**
 * The instant at which clocks in `timeZone` show `local`. The zone's offset is read at a first
 * guess and read again at the corrected instant, which settles it when a DST change lies between
 * the two; a time skipped by a spring-forward change lands just after the gap.
 */
function zonedTimeToUtc(local: WallClockTime, timeZone: string): Date {
  const asIfUtc = Date.UTC(local.year, local.month - 1, local.day, local.hour, local.minute);
  const firstGuess = asIfUtc - offsetAt(asIfUtc, timeZone);
  return new Date(asIfUtc - offsetAt(firstGuess, timeZone));
}

/** How far the zone's wall clock is ahead of UTC at `instant`, in milliseconds. */
function offsetAt(instant: number, timeZone: string): number {
  const wall = wallClockAt(instant, timeZone);
  const wallAsUtc = Date.UTC(wall.year, wall.month - 1, wall.day, wall.hour, wall.minute, wall.second);
  return wallAsUtc - (instant - (((instant % 1000) + 1000) % 1000));
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function wallClockAt(instant: number, timeZone: string): WallClockTime & { second: number } {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(timeZone, formatter);
  }
  const parts = formatter.formatToParts(instant);
  const field = (type: Intl.DateTimeFormatPartTypes): number => Number(parts.find((part) => part.type === type)?.value);
  return {
    year: field('year'),
    month: field('month'),
    day: field('day'),
    hour: field('hour'),
    minute: field('minute'),
    second: field('second'),
  };
}
