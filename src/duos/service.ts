import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import type { Clock } from '../bot/clock.js';
import type { CheckinRecord } from '../flows/contract.js';
import { CHECKIN_JOBS, DUO_MEMBER_FLOW, type CheckinOpening } from '../flows/checkin/index.js';
import { findCity, type Programme } from '../programme/index.js';
import type { JobDoc, Store, WriteOperation } from '../store/index.js';
import type { AlertDoc, AlertsRepository, AlertState } from '../store/repositories/alerts.js';
import {
  checkinId,
  type CheckinDoc,
  type CheckinsRepository,
  type CheckinUpdate,
} from '../store/repositories/checkins.js';
import type { DuoDoc, DuoRole, DuosRepository } from '../store/repositories/duos.js';
import { alertKey, findDuoAlerts } from './alert-rules.js';
import { currentWeek, monthsAfterStart, nextAllowedSlot, weekDueAt, type DuoCalendar } from './calendar.js';
import { duoResults, programmeResults, tallyWeeks, type DuoResults, type ProgrammeResults } from './results.js';

const MINUTE = 60 * 1000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
const ROLES: readonly DuoRole[] = ['mentee', 'mentor'];

const memberSchema = z.object({
  channel: z.string().min(1, 'expected a channel name such as whatsapp-cloud'),
  address: z.string().min(1, 'expected the address on that channel (a phone number on WhatsApp)'),
  language: z.string().regex(/^[a-z]{2,3}$/, 'expected a language code such as fr'),
});

/** What staff give to form a duo. */
export const newDuoSchema = z.object({
  mentee: memberSchema,
  mentor: memberSchema,
  city: z.string().min(1),
  referentId: z.string().min(1, 'expected the staff id of the referent'),
  startDate: z.iso.date('expected the start date as YYYY-MM-DD'),
});
export type NewDuo = z.infer<typeof newDuoSchema>;

export type DuoResult = { ok: true; duo: DuoDoc; created: boolean } | { ok: false; reason: string };
export type DuoChange = { ok: true; duo: DuoDoc } | { ok: false; reason: 'unknown' | 'not-allowed' };

/** What the scheduler should do with a due job once the duo rules have looked at it. */
export type JobDecision = { kind: 'deliver'; job: JobDoc } | { kind: 'done' };

export interface DuoServiceOptions {
  store: Store;
  duos: DuosRepository;
  checkins: CheckinsRepository;
  alerts: AlertsRepository;
  programme: Programme;
  clock: Clock;
  isKnownLanguage: (language: string) => boolean;
  /** The zone used when a city has none: quiet hours fail closed on the programme's zone. */
  fallbackTimeZone: string;
  /** A conversation with a message this recent is in progress: a check-in waits. */
  busyWindowMs?: number;
  /** How long a check-in waits for a conversation in progress (or a staff handoff) before it gives up the week. */
  waitCapMs?: number;
}

/** The duo functions staff (and the staff API) call, and the rules the scheduler applies to check-in jobs. */
export interface DuoService {
  createDuo(input: unknown): Promise<DuoResult>;
  pauseDuo(duoId: string): Promise<DuoChange>;
  resumeDuo(duoId: string): Promise<DuoChange>;
  endDuo(input: { duoId: string; reason: string }): Promise<DuoChange>;
  getDuo(duoId: string): Promise<DuoDoc | null>;
  /** Every duo, or one city's. */
  listDuos(filter: { city?: string }): Promise<DuoDoc[]>;
  listCheckins(duoId: string): Promise<CheckinDoc[]>;
  listAlerts(filter: { duoId?: string; referentId?: string; state?: AlertState }): Promise<AlertDoc[]>;
  acknowledgeAlert(input: { alertId: string; by: string }): Promise<AlertDoc | null>;
  resolveAlert(input: { alertId: string; by: string }): Promise<AlertDoc | null>;
  computeDuoResults(duoId: string): Promise<DuoResults | null>;
  computeProgrammeResults(input: { city?: string; from: string; to: string }): Promise<ProgrammeResults>;
  /** Makes the member's check-in for the current week due at once, sending hours aside (staff, the terminal demo). */
  sendCheckinNow(input: { duoId: string; role: DuoRole }): Promise<DuoChange>;
  /** Applies the duo rules (sending hours, pauses, stop, merging late weeks) to a due job. */
  prepareJob(job: JobDoc): Promise<JobDecision>;
  /** Stores what a check-in gathered and raises the alerts it shows. */
  recordCheckin(input: { personId: string; record: CheckinRecord; now: Date }): Promise<void>;
  /** Erasure: the member's answers and notes go; the duo keeps anonymous counts. */
  eraseMember(personId: string, now: Date): Promise<void>;
}

export const openJobKey = (duoId: string, role: DuoRole, week: number): string => `checkin:${duoId}:${role}:${week}`;
const outcomeJobKey = (duoId: string): string => `checkin:${duoId}:mentee:outcome`;

const openPayloadSchema = z.object({
  duoId: z.string(),
  role: z.enum(['mentee', 'mentor']),
  week: z.int().min(0),
  planVersion: z.int(),
  /** Asked for by staff (or the terminal demo): the sending hours are set aside once. */
  sendNow: z.boolean().optional(),
});

export function createDuoService(options: DuoServiceOptions): DuoService {
  const { store, duos, checkins, alerts, programme, clock } = options;
  const settings = programme.checkins;
  const busyWindowMs = options.busyWindowMs ?? HOUR;
  const waitCapMs = options.waitCapMs ?? DAY;

  const calendarOf = (duo: DuoDoc): DuoCalendar => ({
    startDate: duo.startDate,
    timeZone: duo.timeZone,
    sendAt: settings.sendAt,
    sendingHours: findCity(programme, duo.city)?.sendingHours ?? settings.sendingHours,
  });
  const slotAfter = (duo: DuoDoc, at: Date): Date => {
    const calendar = calendarOf(duo);
    return nextAllowedSlot({ at, timeZone: calendar.timeZone, hours: calendar.sendingHours });
  };
  const memberId = (duo: DuoDoc, role: DuoRole): string | null => duo[role].personId;

  async function scheduleOnce(request: Parameters<Store['jobs']['schedule']>[0]): Promise<void> {
    if (await store.jobs.get(request.key)) return;
    await store.jobs.schedule(request);
  }

  async function planWeek(duo: DuoDoc, role: DuoRole, week: number, dueAt: Date): Promise<void> {
    const personId = memberId(duo, role);
    if (personId === null || week > settings.weeks) return;
    await store.jobs.schedule({
      key: openJobKey(duo._id, role, week),
      conversationId: personId,
      name: CHECKIN_JOBS.open,
      payload: { duoId: duo._id, role, week, planVersion: duo.planVersion },
      dueAt,
    });
  }

  async function planNewDuo(duo: DuoDoc): Promise<void> {
    const calendar = calendarOf(duo);
    for (const role of ROLES) {
      const personId = memberId(duo, role);
      if (personId === null) continue;
      await scheduleOnce({
        key: openJobKey(duo._id, role, 1),
        conversationId: personId,
        name: CHECKIN_JOBS.open,
        payload: { duoId: duo._id, role, week: 1, planVersion: duo.planVersion },
        dueAt: weekDueAt(calendar, 1),
      });
    }
    const menteeId = memberId(duo, 'mentee');
    if (menteeId !== null) {
      await scheduleOnce({
        key: outcomeJobKey(duo._id),
        conversationId: menteeId,
        name: CHECKIN_JOBS.outcome,
        payload: { duoId: duo._id, role: 'mentee', week: 0, planVersion: duo.planVersion },
        dueAt: monthsAfterStart(calendar, settings.outcomeAfterMonths),
      });
    }
  }

  async function cancelWeeks(duo: DuoDoc): Promise<void> {
    for (const role of ROLES) {
      for (let week = 1; week <= settings.weeks; week += 1) await store.jobs.cancel(openJobKey(duo._id, role, week));
    }
  }

  const record = (duo: DuoDoc, role: DuoRole, week: number, changes: CheckinUpdate, now: Date) =>
    commitTogether(recordWrites(duo, role, week, changes, now));

  const recordWrites = (duo: DuoDoc, role: DuoRole, week: number, changes: CheckinUpdate, now: Date) =>
    checkins.recordWrites({
      key: { duoId: duo._id, role, week, kind: 'weekly' },
      personId: memberId(duo, role) ?? '',
      city: duo.city,
      changes,
      now,
    });

  function planWeekWrites(duo: DuoDoc, role: DuoRole, week: number, dueAt: Date): WriteOperation[] {
    const personId = memberId(duo, role);
    if (personId === null || week > settings.weeks) return [];
    return [
      store.jobs.scheduleWrite({
        key: openJobKey(duo._id, role, week),
        conversationId: personId,
        name: CHECKIN_JOBS.open,
        payload: { duoId: duo._id, role, week, planVersion: duo.planVersion },
        dueAt,
      }),
    ];
  }

  /** One commit where the engine has transactions; one write after the other where it has none (each is idempotent). */
  async function commitTogether(writes: WriteOperation[]): Promise<void> {
    if (writes.length === 0) return;
    if (store.engine.supportsTransactions) {
      const result = await store.engine.transaction(writes);
      // Upserts and unrequired updates cannot conflict: a conflict here is a bug, retried by the scheduler.
      if (!result.committed) throw new Error(`check-in writes refused at write ${String(result.conflict)}`);
      return;
    }
    for (const write of writes) {
      if (write.kind === 'updateOne') {
        await store.engine.collection(write.collection).updateOne(write.filter, write.update, {
          upsert: write.upsert === true,
        });
      }
    }
  }

  async function raiseAlerts(duo: DuoDoc, now: Date): Promise<void> {
    const found = findDuoAlerts({
      rules: settings.alerts,
      checkins: await checkins.listForDuo(duo._id),
      distressWords: Object.values(settings.distressWords).flat(),
    });
    if (found.length === 0) return;
    // Only evidence not stored yet is written: every answer reads the duo's history again.
    const stored = new Set((await alerts.list({ duoId: duo._id })).map((alert) => alert._id));
    for (const alert of found) {
      const _id = alertKey(duo._id, alert);
      if (stored.has(_id)) continue;
      await alerts.raise({
        _id,
        duoId: duo._id,
        city: duo.city,
        referentId: duo.referentId,
        ruleId: alert.rule.id,
        severity: alert.rule.severity,
        role: alert.role,
        week: alert.week,
        personId: alert.personId,
        evidence: alert.evidence,
        state: 'open',
        createdAt: now,
        acknowledgedAt: null,
        acknowledgedBy: null,
        resolvedAt: null,
        resolvedBy: null,
      });
    }
  }

  /** Whether the member's conversation is in the middle of something a check-in must not cut into. */
  async function conversationBusy(personId: string, now: Date): Promise<'handoff' | 'talking' | null> {
    const conversation = await store.conversations.get(personId);
    if (!conversation) return null;
    if (conversation.handoff) return 'handoff';
    const recent = conversation.lastInboundAt && now.getTime() - conversation.lastInboundAt.getTime() < busyWindowMs;
    return recent && conversation.awaitingChoices !== null ? 'talking' : null;
  }

  /** Waits for a free moment, or gives the week up once the cap is reached; null means go ahead. */
  async function waitIfBusy(input: {
    duo: DuoDoc;
    job: JobDoc;
    personId: string;
    dueAt: Date;
    now: Date;
  }): Promise<JobDecision | 'gave-up' | null> {
    const busy = await conversationBusy(input.personId, input.now);
    if (busy === null) return null;
    if (input.now.getTime() - input.dueAt.getTime() >= waitCapMs) return busy === 'handoff' ? 'gave-up' : null;
    await store.jobs.schedule({
      ...requestOf(input.job),
      dueAt: slotAfter(input.duo, new Date(input.now.getTime() + 30 * MINUTE)),
    });
    return { kind: 'done' };
  }

  async function prepareOpen(input: {
    job: JobDoc;
    duo: DuoDoc;
    role: DuoRole;
    week: number;
    now: Date;
    sendNow: boolean;
  }): Promise<JobDecision> {
    const { job, duo, role, week, now } = input;
    const personId = memberId(duo, role);
    if (personId === null) return { kind: 'done' };
    const calendar = calendarOf(duo);
    const person = await store.people.get(personId);
    if (!person) return { kind: 'done' };
    if (duo.state !== 'active') {
      await record(duo, role, week, { status: 'skipped', reason: duo.state }, now);
      return { kind: 'done' };
    }
    const slot = input.sendNow ? now : slotAfter(duo, now);
    if (slot.getTime() > now.getTime()) {
      await store.jobs.schedule({ ...requestOf(job), dueAt: slot });
      return { kind: 'done' };
    }
    const asked = Math.max(week, currentWeek(calendar, { now, weeks: settings.weeks }));
    const nextDue = asked < settings.weeks ? weekDueAt(calendar, asked + 1) : null;
    // Everything this run decides is written in one commit: the next week's plan, the weeks' records, the reminder and the close.
    const writes: WriteOperation[] = [];
    if (nextDue) writes.push(...planWeekWrites(duo, role, asked + 1, nextDue));
    if (person.optedOutAt !== null) {
      for (let skipped = week; skipped <= asked; skipped += 1) {
        writes.push(...recordWrites(duo, role, skipped, { status: 'skipped', reason: 'stopped' }, now));
      }
      await commitTogether(writes);
      if (asked >= settings.weeks) {
        await duos.changeState({ id: duo._id, from: ['active'], to: 'completed', now, set: { endedAt: now } });
      }
      return { kind: 'done' };
    }
    const wait = await waitIfBusy({ duo, job, personId, dueAt: weekDueAt(calendar, week), now });
    if (wait === 'gave-up') {
      writes.push(...recordWrites(duo, role, asked, { status: 'skipped', reason: 'handoff' }, now));
      await commitTogether(writes);
      return { kind: 'done' };
    }
    if (wait) {
      await commitTogether(writes);
      return wait;
    }
    for (let missed = week; missed < asked; missed += 1) {
      writes.push(...recordWrites(duo, role, missed, { status: 'merged', reason: 'late', mergedInto: asked }, now));
    }
    const history = (await checkins.listForDuo(duo._id)).filter((c) => c.role === role);
    const first = !history.some((c) => c.askedAt !== null && c.week !== asked);
    // Asked already (staff asked again): its reminder and close were written with that first ask.
    const askedBefore = history.some((c) => c.week === asked && c.kind === 'weekly' && c.askedAt !== null);
    writes.push(...recordWrites(duo, role, asked, { status: 'asked', askedAt: now }, now));
    if (!askedBefore) {
      const remindAt = slotAfter(duo, new Date(now.getTime() + settings.reminderAfterHours * HOUR));
      const closeAt = new Date(
        Math.min(now.getTime() + 6 * DAY, (nextDue ?? new Date(now.getTime() + 6 * DAY)).getTime() - MINUTE),
      );
      const weekKey = openJobKey(duo._id, role, asked);
      const closingPayload = { duoId: duo._id, role, week: asked, planVersion: duo.planVersion };
      if (remindAt < closeAt) {
        writes.push(
          store.jobs.scheduleWrite({
            key: `${weekKey}:remind`,
            conversationId: personId,
            name: CHECKIN_JOBS.remind,
            payload: closingPayload,
            dueAt: remindAt,
          }),
        );
      }
      writes.push(
        store.jobs.scheduleWrite({
          key: `${weekKey}:close`,
          conversationId: personId,
          name: CHECKIN_JOBS.close,
          payload: closingPayload,
          dueAt: closeAt,
        }),
      );
    }
    await commitTogether(writes);
    const survey = settings.surveyWeeks.includes(asked) ? (asked >= settings.weeks ? 'final' : 'midterm') : null;
    const opening: CheckinOpening = {
      duoId: duo._id,
      role,
      week: asked,
      kind: 'weekly',
      first,
      missedWeeks: asked - week,
      survey,
      weeks: settings.weeks,
    };
    return { kind: 'deliver', job: { ...job, payload: opening } };
  }

  async function prepareOutcome(job: JobDoc, duo: DuoDoc, now: Date): Promise<JobDecision> {
    const personId = memberId(duo, 'mentee');
    const person = personId === null ? null : await store.people.get(personId);
    if (!person || personId === null || person.optedOutAt !== null) return { kind: 'done' };
    const slot = slotAfter(duo, now);
    if (slot.getTime() > now.getTime()) {
      await store.jobs.schedule({ ...requestOf(job), dueAt: slot });
      return { kind: 'done' };
    }
    const wait = await waitIfBusy({ duo, job, personId, dueAt: job.dueAt, now });
    if (wait === 'gave-up') return { kind: 'done' };
    if (wait) return wait;
    await commitTogether(
      checkins.recordWrites({
        key: { duoId: duo._id, role: 'mentee', week: 0, kind: 'outcome' },
        personId,
        city: duo.city,
        changes: { status: 'asked', askedAt: now },
        now,
      }),
    );
    const opening: CheckinOpening = {
      duoId: duo._id,
      role: 'mentee',
      week: 0,
      kind: 'outcome',
      first: false,
      missedWeeks: 0,
      survey: null,
      weeks: settings.weeks,
    };
    return { kind: 'deliver', job: { ...job, payload: opening } };
  }

  async function prepareRemind(job: JobDoc, duo: DuoDoc, role: DuoRole, week: number, now: Date): Promise<JobDecision> {
    const personId = memberId(duo, role);
    if (personId === null || duo.state === 'paused' || duo.state === 'ended') return { kind: 'done' };
    const checkin = await checkins.get(checkinId({ duoId: duo._id, role, week, kind: 'weekly' }));
    if (checkin?.status !== 'asked' || checkin.answeredAt !== null) return { kind: 'done' };
    const person = await store.people.get(personId);
    if (!person || person.optedOutAt !== null) return { kind: 'done' };
    if ((await conversationBusy(personId, now)) !== null) return { kind: 'done' };
    const slot = slotAfter(duo, now);
    if (slot.getTime() > now.getTime()) {
      await store.jobs.schedule({ ...requestOf(job), dueAt: slot });
      return { kind: 'done' };
    }
    return { kind: 'deliver', job };
  }

  async function prepareClose(job: JobDoc, duo: DuoDoc, role: DuoRole, week: number, now: Date): Promise<JobDecision> {
    const existing = await checkins.get(checkinId({ duoId: duo._id, role, week, kind: 'weekly' }));
    if (existing?.status === 'asked' && existing.answeredAt === null) {
      await record(duo, role, week, { status: 'unanswered' }, now);
      await raiseAlerts(duo, now);
    }
    if (week >= settings.weeks) {
      await duos.changeState({ id: duo._id, from: ['active'], to: 'completed', now, set: { endedAt: now } });
    }
    return { kind: 'deliver', job };
  }

  return {
    async createDuo(input) {
      const parsed = newDuoSchema.safeParse(input);
      if (!parsed.success) {
        return { ok: false, reason: parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ') };
      }
      const request = parsed.data;
      const city = findCity(programme, request.city);
      if (!city) return { ok: false, reason: `city: unknown city "${request.city}"` };
      for (const role of ROLES) {
        if (!options.isKnownLanguage(request[role].language)) {
          return { ok: false, reason: `${role}.language: the assistant does not speak "${request[role].language}"` };
        }
      }
      const now = clock.now();
      const [mentee, mentor] = await Promise.all(
        ROLES.map(async (role) => {
          const member = request[role];
          const person = await store.people.findOrCreate({ channel: member.channel, address: member.address, now });
          await store.people.update(person._id, { language: member.language });
          // Someone who never wrote to the assistant meets the check-ins, not the intake's greeting.
          await store.conversations.startWith({
            id: person._id,
            flow: DUO_MEMBER_FLOW.id,
            flowVersion: DUO_MEMBER_FLOW.version,
            now,
          });
          return person;
        }),
      );
      if (!mentee || !mentor) return { ok: false, reason: 'members could not be stored' };
      if (mentee._id === mentor._id)
        return { ok: false, reason: 'mentor: the mentee and the mentor are the same person' };
      const { duo, created } = await duos.insertOnce({
        _id: randomUUID(),
        pairKey: `${mentee._id}:${mentor._id}:${request.startDate}`,
        mentee: { personId: mentee._id },
        mentor: { personId: mentor._id },
        city: city.id,
        timeZone: city.timeZone || options.fallbackTimeZone,
        referentId: request.referentId,
        startDate: request.startDate,
        state: 'active',
        endedReason: null,
        pausedAt: null,
        endedAt: null,
        planVersion: 1,
        erasedTotals: { asked: 0, answered: 0, met: 0, ratingSum: 0, ratingCount: 0 },
        createdAt: now,
        updatedAt: now,
      });
      // Planned again when the duo existed: a crash between the insert and the plan loses nothing.
      if (duo.state === 'active') await planNewDuo(duo);
      return { ok: true, duo, created };
    },
    async pauseDuo(duoId) {
      const now = clock.now();
      const duo = await duos.changeState({ id: duoId, from: ['active'], to: 'paused', now, set: { pausedAt: now } });
      if (!duo) return { ok: false, reason: (await duos.get(duoId)) ? 'not-allowed' : 'unknown' };
      await cancelWeeks(duo);
      return { ok: true, duo };
    },
    async resumeDuo(duoId) {
      const now = clock.now();
      const duo = await duos.changeState({ id: duoId, from: ['paused'], to: 'active', now, set: { pausedAt: null } });
      if (!duo) return { ok: false, reason: (await duos.get(duoId)) ? 'not-allowed' : 'unknown' };
      const calendar = calendarOf(duo);
      const week = currentWeek(calendar, { now, weeks: settings.weeks });
      for (const role of ROLES) {
        if (week === 0) {
          await planWeek(duo, role, 1, weekDueAt(calendar, 1));
          continue;
        }
        const thisWeek = await checkins.get(checkinId({ duoId: duo._id, role, week, kind: 'weekly' }));
        const askedAlready = thisWeek !== null && thisWeek.status !== 'skipped';
        if (askedAlready) await planWeek(duo, role, week + 1, weekDueAt(calendar, week + 1));
        else await planWeek(duo, role, week, now);
      }
      return { ok: true, duo };
    },
    async endDuo({ duoId, reason }) {
      const now = clock.now();
      const duo = await duos.changeState({
        id: duoId,
        from: ['active', 'paused'],
        to: 'ended',
        now,
        set: { endedReason: reason, endedAt: now },
      });
      if (!duo) return { ok: false, reason: (await duos.get(duoId)) ? 'not-allowed' : 'unknown' };
      await cancelWeeks(duo);
      return { ok: true, duo };
    },
    async sendCheckinNow({ duoId, role }) {
      const duo = await duos.get(duoId);
      if (!duo) return { ok: false, reason: 'unknown' };
      const personId = memberId(duo, role);
      if (duo.state !== 'active' || personId === null) return { ok: false, reason: 'not-allowed' };
      const now = clock.now();
      const week = Math.max(1, currentWeek(calendarOf(duo), { now, weeks: settings.weeks }));
      await store.jobs.schedule({
        key: openJobKey(duo._id, role, week),
        conversationId: personId,
        name: CHECKIN_JOBS.open,
        payload: { duoId: duo._id, role, week, planVersion: duo.planVersion, sendNow: true },
        dueAt: now,
      });
      return { ok: true, duo };
    },
    getDuo: (duoId) => duos.get(duoId),
    listDuos: (filter) => duos.list(filter),
    listCheckins: (duoId) => checkins.listForDuo(duoId),
    listAlerts: (filter) => alerts.list(filter),
    acknowledgeAlert: ({ alertId, by }) => alerts.advance({ id: alertId, to: 'acknowledged', by, now: clock.now() }),
    resolveAlert: ({ alertId, by }) => alerts.advance({ id: alertId, to: 'resolved', by, now: clock.now() }),
    async computeDuoResults(duoId) {
      const duo = await duos.get(duoId);
      return duo ? duoResults(duo, await checkins.listForDuo(duoId)) : null;
    },
    async computeProgrammeResults({ city, from, to }) {
      return programmeResults({
        city: city ?? null,
        from,
        to,
        duos: await duos.list(city === undefined ? {} : { city }),
        checkins: await checkins.listForCity(city),
      });
    },
    async prepareJob(job) {
      const opening = Object.values(CHECKIN_JOBS).some((name) => name === job.name);
      if (!opening) return { kind: 'deliver', job };
      const payload = openPayloadSchema.safeParse(job.payload);
      if (!payload.success) return { kind: 'done' };
      const { duoId, role, week, planVersion, sendNow } = payload.data;
      const duo = await duos.get(duoId);
      if (!duo) return { kind: 'done' };
      const now = clock.now();
      switch (job.name) {
        case CHECKIN_JOBS.open:
          // A job planned before a pause or an end is stale: the resume planned its own.
          if (planVersion !== duo.planVersion) return { kind: 'done' };
          return prepareOpen({ job, duo, role, week, now, sendNow: sendNow === true });
        case CHECKIN_JOBS.outcome:
          return prepareOutcome(job, duo, now);
        case CHECKIN_JOBS.remind:
          return prepareRemind(job, duo, role, week, now);
        default:
          return prepareClose(job, duo, role, week, now);
      }
    },
    async recordCheckin({ personId, record: answers, now }) {
      const duo = await duos.get(answers.duoId);
      if (!duo || memberId(duo, answers.role) !== personId) return;
      // The answers and the week's status in one commit.
      const writes = checkins.recordWrites({
        key: { duoId: duo._id, role: answers.role, week: answers.week, kind: answers.kind },
        personId,
        city: duo.city,
        changes: {
          ...(answers.answeredAt === null ? {} : { status: 'answered', answeredAt: new Date(answers.answeredAt) }),
          met: answers.met,
          notMetReason: answers.notMetReason,
          notMetDetail: answers.notMetDetail,
          rating: answers.rating,
          note: answers.note,
          survey: answers.survey,
          outcome: answers.outcome ? { ...answers.outcome, selfReported: true } : null,
        },
        now,
      });
      await commitTogether(writes);
      await raiseAlerts(duo, now);
    },
    async eraseMember(personId, now) {
      for (const duo of await duos.findByPerson(personId)) {
        const role: DuoRole = duo.mentee.personId === personId ? 'mentee' : 'mentor';
        const weeks = (await checkins.listForDuo(duo._id)).filter((c) => c.role === role);
        await duos.forgetMember({ id: duo._id, role, totals: tallyWeeks(weeks), now });
      }
      await checkins.eraseForPerson(personId);
      await alerts.redactForPerson(personId);
    },
  };
}

function requestOf(job: JobDoc): Parameters<Store['jobs']['schedule']>[0] {
  return { key: job._id, conversationId: job.conversationId, name: job.name, payload: job.payload, dueAt: job.dueAt };
}
