import { describe, expect, it } from 'vitest';
import { currentWeek, nextAllowedSlot, weekDueAt, type DuoCalendar } from '../../src/duos/index.js';

const hours = { from: '09:00', to: '20:00', days: ['mon', 'tue', 'wed', 'thu', 'fri', 'sat'] as const };
const calendar = (timeZone: string): DuoCalendar => ({
  startDate: '2031-03-17',
  timeZone,
  sendAt: '18:00',
  sendingHours: { ...hours, days: [...hours.days] },
});

describe('duo calendar', () => {
  it('keeps the local hour of a week across the spring clock change', () => {
    const brussels = calendar('Europe/Brussels');
    expect(weekDueAt(brussels, 1).toISOString()).toBe('2031-03-24T17:00:00.000Z');
    expect(weekDueAt(brussels, 2).toISOString()).toBe('2031-03-31T16:00:00.000Z');
  });

  it('counts weeks in the city time zone', () => {
    const montreal = calendar('America/Montreal');
    expect(weekDueAt(montreal, 1).toISOString()).toBe('2031-03-24T22:00:00.000Z');
    expect(currentWeek(montreal, { now: new Date('2031-03-24T21:59:00Z'), weeks: 26 })).toBe(0);
    expect(currentWeek(montreal, { now: new Date('2031-03-24T22:00:00Z'), weeks: 26 })).toBe(1);
    expect(currentWeek(montreal, { now: new Date('2033-01-01T00:00:00Z'), weeks: 26 })).toBe(26);
  });

  it('moves a Saturday 22:00 send to Monday 09:00 when Sunday is not allowed', () => {
    const slot = nextAllowedSlot({
      at: new Date('2031-03-22T21:00:00Z'),
      timeZone: 'Europe/Brussels',
      hours: { ...hours, days: [...hours.days] },
    });
    expect(slot.toISOString()).toBe('2031-03-24T08:00:00.000Z');
  });

  it('keeps a time inside the sending hours as it is', () => {
    const at = new Date('2031-03-24T12:34:00Z');
    expect(nextAllowedSlot({ at, timeZone: 'Europe/Brussels', hours: { ...hours, days: [...hours.days] } })).toEqual(
      at,
    );
  });
});
