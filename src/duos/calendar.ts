import { DateTime } from 'luxon';
import { WEEKDAYS, type SendingHours } from '../programme/index.js';

/** A duo's calendar: its start date and the city's time zone and hours. */
export interface DuoCalendar {
  /** The local date the duo started, `YYYY-MM-DD`. */
  startDate: string;
  timeZone: string;
  /** Local time of day a week's check-in is due, `HH:mm`. */
  sendAt: string;
  sendingHours: SendingHours;
}

const toMinutes = (time: string): number => {
  const [hours = '0', minutes = '0'] = time.split(':');
  return Number(hours) * 60 + Number(minutes);
};

const WEEK_MS = 7 * 24 * 60 * 60 * 1000;
const MEMO_LIMIT = 20_000;
/** Week due times by calendar and week: many duos share a start date, and time zone arithmetic is costly. */
const dueTimes = new Map<string, number>();

function localStart(calendar: DuoCalendar): DateTime {
  const minutes = toMinutes(calendar.sendAt);
  return DateTime.fromISO(calendar.startDate, { zone: calendar.timeZone }).set({
    hour: Math.floor(minutes / 60),
    minute: minutes % 60,
  });
}

/**
 * When week `week` is due: the start date plus 7 × week calendar days at the local hour, so
 * the check-in keeps its local time across daylight-saving changes.
 */
export function weekDueAt(calendar: DuoCalendar, week: number): Date {
  const key = `${calendar.startDate}|${calendar.timeZone}|${calendar.sendAt}|${String(week)}`;
  let due = dueTimes.get(key);
  if (due === undefined) {
    due = localStart(calendar)
      .plus({ days: 7 * week })
      .toMillis();
    if (dueTimes.size >= MEMO_LIMIT) dueTimes.clear();
    dueTimes.set(key, due);
  }
  return new Date(due);
}

/** When the outcome question is due: calendar months after the start, at the local hour. */
export function monthsAfterStart(calendar: DuoCalendar, months: number): Date {
  return localStart(calendar).plus({ months }).toJSDate();
}

/** The latest week (1…weeks) already due at `now`, or 0 before the first. */
export function currentWeek(calendar: DuoCalendar, input: { now: Date; weeks: number }): number {
  const now = input.now.getTime();
  // Week 1's due time plus whole weeks is right to within an hour (a clock change); the exact times settle it.
  const first = weekDueAt(calendar, 1).getTime();
  let week = Math.min(input.weeks, Math.max(0, Math.floor((now - first) / WEEK_MS) + 1));
  while (week > 0 && weekDueAt(calendar, week).getTime() > now) week -= 1;
  while (week < input.weeks && weekDueAt(calendar, week + 1).getTime() <= now) week += 1;
  return week;
}

/**
 * The first moment at or after `at` when the assistant may write first: inside the sending
 * hours on an allowed day, in the city's time zone. Never earlier than `at`.
 */
export function nextAllowedSlot(input: { at: Date; timeZone: string; hours: SendingHours }): Date {
  const { hours } = input;
  const from = toMinutes(hours.from);
  const to = toMinutes(hours.to);
  let local = DateTime.fromJSDate(input.at, { zone: input.timeZone });
  for (let day = 0; day < 8; day += 1) {
    const weekday = WEEKDAYS[local.weekday - 1];
    const minute = local.hour * 60 + local.minute;
    if (weekday !== undefined && hours.days.includes(weekday)) {
      if (minute < from)
        return local.set({ hour: Math.floor(from / 60), minute: from % 60, second: 0, millisecond: 0 }).toJSDate();
      if (minute < to) return local.toJSDate();
    }
    local = local.plus({ days: 1 }).startOf('day');
  }
  // Unreachable with at least one allowed day; waiting a day is the safe answer.
  return new Date(input.at.getTime() + 24 * 60 * 60 * 1000);
}

/** True when `at` falls inside the sending hours. */
export function isAllowedToSend(input: { at: Date; timeZone: string; hours: SendingHours }): boolean {
  return nextAllowedSlot(input).getTime() === input.at.getTime();
}
