import { z } from 'zod';
import { findCity } from '../../programme/index.js';
import type { AlertDoc } from '../../store/repositories/alerts.js';
import type { CheckinDoc } from '../../store/repositories/checkins.js';
import type { DuoDoc, DuoRole } from '../../store/repositories/duos.js';
import type { StaffDoc } from '../../store/repositories/staff.js';
import type { AdminDeps } from '../deps.js';
import { problem } from '../problem.js';
import { fail, json, NONE, staffRoute, type AdminRoute, type Reply } from '../route.js';
import { idParams, isoDay, pageQuery, paginate, paginated } from '../schemas.js';
import { canSeeCity } from '../scope.js';

const EVERYONE = ['coordinator', 'referent', 'admin'] as const;
const ORGANISERS = ['coordinator', 'admin'] as const;
const ROLES: readonly DuoRole[] = ['mentee', 'mentor'];
const STATE_ORDER = { open: 0, acknowledged: 1, resolved: 2 } as const;
const SEVERITY_ORDER = { safety: 0, urgent: 1, watch: 2 } as const;
const ACKNOWLEDGE = 'alert.acknowledge';

const memberSchema = z.object({ personId: z.string().nullable(), firstName: z.string().nullable() });

const duoSchema = z
  .object({
    id: z.string(),
    city: z.string(),
    state: z.enum(['active', 'paused', 'ended', 'completed']),
    referentId: z.string(),
    startDate: isoDay,
    mentee: memberSchema,
    mentor: memberSchema,
    endedReason: z.string().nullable(),
    pausedAt: z.iso.datetime().nullable(),
    endedAt: z.iso.datetime().nullable(),
    openAlerts: z.number().int(),
  })
  .meta({ id: 'Duo' });

const checkinSchema = z.object({
  status: z.enum(['asked', 'answered', 'unanswered', 'merged', 'skipped']),
  reason: z.string().nullable(),
  met: z.enum(['yes', 'no', 'remote']).nullable(),
  notMetReason: z.string().nullable(),
  rating: z.number().nullable(),
  note: z.string().nullable(),
  answeredAt: z.iso.datetime().nullable(),
});

const alertSchema = z
  .object({
    id: z.string(),
    duoId: z.string(),
    city: z.string(),
    severity: z.enum(['safety', 'urgent', 'watch']),
    ruleId: z.string(),
    role: z.enum(['mentee', 'mentor', 'both']),
    week: z.number().int(),
    state: z.enum(['open', 'acknowledged', 'resolved']),
    evidence: z.record(z.string(), z.unknown()),
    createdAt: z.iso.datetime(),
    acknowledgedAt: z.iso.datetime().nullable(),
    acknowledgedBy: z.string().nullable(),
    note: z.string().nullable().describe('what the staff member wrote when acknowledging'),
  })
  .meta({ id: 'DuoAlert' });

const duoDetailSchema = duoSchema.extend({
  weeks: z.array(
    z.object({ week: z.number().int(), mentee: checkinSchema.nullable(), mentor: checkinSchema.nullable() }),
  ),
  alerts: z.array(alertSchema),
});

const createBody = z.object({
  menteeId: z.string().min(1).describe('the person id of an applicant who will be mentored'),
  mentorId: z.string().min(1).describe('the person id of a volunteer mentor'),
  city: z.string().min(1),
  startDate: isoDay,
  referentId: z.string().min(1).optional().describe('the staff member who follows the duo; the caller when absent'),
});

const iso = (date: Date | null): string | null => date?.toISOString() ?? null;

const byUrgency = (a: AlertDoc, b: AlertDoc): number =>
  STATE_ORDER[a.state] - STATE_ORDER[b.state] ||
  SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] ||
  b.createdAt.getTime() - a.createdAt.getTime();

const viewCheckin = (checkin: CheckinDoc | undefined) =>
  checkin
    ? {
        status: checkin.status,
        reason: checkin.reason,
        met: checkin.met,
        notMetReason: checkin.notMetReason,
        rating: checkin.rating,
        note: checkin.note,
        answeredAt: iso(checkin.answeredAt),
      }
    : null;

export function duoRoutes(deps: AdminDeps): AdminRoute[] {
  const { bot } = deps;

  const firstName = async (personId: string | null) =>
    personId === null ? null : ((await bot.store.applications.get(personId))?.answers.firstName ?? null);

  const view = async (duo: DuoDoc) => ({
    id: duo._id,
    city: duo.city,
    state: duo.state,
    referentId: duo.referentId,
    startDate: duo.startDate,
    mentee: { personId: duo.mentee.personId, firstName: await firstName(duo.mentee.personId) },
    mentor: { personId: duo.mentor.personId, firstName: await firstName(duo.mentor.personId) },
    endedReason: duo.endedReason,
    pausedAt: iso(duo.pausedAt),
    endedAt: iso(duo.endedAt),
    openAlerts: (await bot.duos.listAlerts({ duoId: duo._id, state: 'open' })).length,
  });

  /** The acknowledgement note lives in the audit log, next to who wrote it and when. */
  const noteOf = async (alert: AlertDoc): Promise<string | null> => {
    if (alert.state === 'open') return null;
    const [entry] = await deps.audit.list({ targetId: alert._id, skip: 0, limit: 1 });
    const note = entry?.action === ACKNOWLEDGE ? entry.detail.note : null;
    return typeof note === 'string' ? note : null;
  };

  const viewAlert = async (alert: AlertDoc) => ({
    id: alert._id,
    duoId: alert.duoId,
    city: alert.city,
    severity: alert.severity,
    ruleId: alert.ruleId,
    role: alert.role,
    week: alert.week,
    state: alert.state,
    evidence: { ...alert.evidence },
    createdAt: alert.createdAt.toISOString(),
    acknowledgedAt: iso(alert.acknowledgedAt),
    acknowledgedBy: alert.acknowledgedBy,
    note: await noteOf(alert),
  });

  const visibleDuo = async (staff: StaffDoc, id: string) => {
    const duo = await bot.duos.getDuo(id);
    return duo && canSeeCity(staff, duo.city) ? duo : null;
  };
  const noDuo = () => fail(problem(404, 'no such duo'));

  async function weeksOf(duoId: string) {
    const checkins = (await bot.duos.listCheckins(duoId)).filter((checkin) => checkin.kind === 'weekly');
    const weeks = [...new Set(checkins.map((checkin) => checkin.week))].sort((a, b) => a - b);
    return weeks.map((week) => {
      const [mentee, mentor] = ROLES.map((role) =>
        viewCheckin(checkins.find((checkin) => checkin.week === week && checkin.role === role)),
      );
      return { week, mentee: mentee ?? null, mentor: mentor ?? null };
    });
  }

  async function change(input: {
    staff: StaffDoc;
    id: string;
    action: 'pause' | 'resume' | 'end';
    reason?: string;
  }): Promise<Reply> {
    const { staff, id, action } = input;
    const duo = await visibleDuo(staff, id);
    if (!duo) return noDuo();
    const result =
      action === 'pause'
        ? await bot.duos.pauseDuo(id)
        : action === 'resume'
          ? await bot.duos.resumeDuo(id)
          : await bot.duos.endDuo({ duoId: id, reason: input.reason ?? '' });
    if (!result.ok) {
      return result.reason === 'unknown'
        ? noDuo()
        : fail(problem(409, `a ${duo.state} duo cannot be ${action === 'end' ? 'ended' : `${action}d`}`));
    }
    await deps.record({
      staff,
      action: `duo.${action}`,
      targetId: id,
      detail: input.reason === undefined ? {} : { reason: input.reason },
    });
    return json(await view(result.duo));
  }

  return [
    staffRoute(EVERYONE, {
      method: 'get',
      path: '/duos',
      summary: 'Duos, newest start first',
      tag: 'Duos',
      params: NONE,
      query: z.object({
        city: z.string().optional(),
        state: z.enum(['active', 'paused', 'ended', 'completed']).optional(),
        ...pageQuery,
      }),
      body: NONE,
      response: paginated(duoSchema),
      async handle({ staff, query }) {
        if (query.city !== undefined && !canSeeCity(staff, query.city)) return fail(problem(404, 'no such city'));
        const duos = (await bot.duos.listDuos(query.city === undefined ? {} : { city: query.city }))
          .filter((duo) => canSeeCity(staff, duo.city) && (query.state === undefined || duo.state === query.state))
          .sort((a, b) => b.startDate.localeCompare(a.startDate) || a._id.localeCompare(b._id));
        const page = paginate(duos, query);
        await deps.record({ staff, action: 'duos.list', detail: { city: query.city ?? null } });
        return json({ ...page, items: await Promise.all(page.items.map(view)) });
      },
    }),
    staffRoute(ORGANISERS, {
      method: 'post',
      path: '/duos',
      summary: 'Form a duo from a mentee and a mentor; their weekly check-ins are planned from the start date',
      tag: 'Duos',
      params: NONE,
      query: NONE,
      body: createBody,
      response: duoSchema,
      status: 201,
      async handle({ staff, body }) {
        if (!findCity(deps.programme, body.city) || !canSeeCity(staff, body.city)) {
          return fail(problem(404, 'no such city'));
        }
        const members = [];
        for (const [role, id] of [
          ['mentee', body.menteeId],
          ['mentor', body.mentorId],
        ] as const) {
          const person = await bot.store.people.get(id);
          const city = (await bot.store.applications.get(id))?.city ?? null;
          if (!person || !canSeeCity(staff, city)) return fail(problem(404, `no such ${role}`));
          if (person.language === null) return fail(problem(422, `the ${role} has not chosen a language yet`));
          members.push({ channel: person.channel, address: person.address, language: person.language });
        }
        const [mentee, mentor] = members;
        const referentId = body.referentId ?? staff._id;
        if (!(await deps.staff.get(referentId))) return fail(problem(422, 'no staff member has this referentId'));
        const result = await bot.duos.createDuo({
          mentee,
          mentor,
          city: body.city,
          referentId,
          startDate: body.startDate,
        });
        if (!result.ok) return fail(problem(422, result.reason));
        if (result.created) await deps.record({ staff, action: 'duo.create', targetId: result.duo._id });
        return json(await view(result.duo), result.created ? 201 : 200);
      },
    }),
    staffRoute(EVERYONE, {
      method: 'get',
      path: '/duos/:id',
      summary: "One duo with each week's check-in answers and its alerts",
      tag: 'Duos',
      params: idParams,
      query: NONE,
      body: NONE,
      response: duoDetailSchema,
      async handle({ staff, params }) {
        const duo = await visibleDuo(staff, params.id);
        if (!duo) return noDuo();
        const alerts = (await bot.duos.listAlerts({ duoId: duo._id })).sort(byUrgency);
        await deps.record({ staff, action: 'duo.read', targetId: duo._id });
        return json({
          ...(await view(duo)),
          weeks: await weeksOf(duo._id),
          alerts: await Promise.all(alerts.map(viewAlert)),
        });
      },
    }),
    staffRoute(ORGANISERS, {
      method: 'post',
      path: '/duos/:id/pause',
      summary: 'Pause an active duo: no check-ins until it resumes',
      tag: 'Duos',
      params: idParams,
      query: NONE,
      body: NONE,
      response: duoSchema,
      handle: ({ staff, params }) => change({ staff, id: params.id, action: 'pause' }),
    }),
    staffRoute(ORGANISERS, {
      method: 'post',
      path: '/duos/:id/resume',
      summary: 'Resume a paused duo from the current week',
      tag: 'Duos',
      params: idParams,
      query: NONE,
      body: NONE,
      response: duoSchema,
      handle: ({ staff, params }) => change({ staff, id: params.id, action: 'resume' }),
    }),
    staffRoute(ORGANISERS, {
      method: 'post',
      path: '/duos/:id/end',
      summary: 'End a duo early, with the reason',
      tag: 'Duos',
      params: idParams,
      query: NONE,
      body: z.object({ reason: z.string().trim().min(1, 'say why the duo ends').max(500) }),
      response: duoSchema,
      handle: ({ staff, params, body }) => change({ staff, id: params.id, action: 'end', reason: body.reason }),
    }),
    staffRoute(EVERYONE, {
      method: 'get',
      path: '/alerts',
      summary: 'Alerts raised by check-ins: open first, the most serious first',
      tag: 'Duos',
      params: NONE,
      query: z.object({
        city: z.string().optional(),
        state: z.enum(['open', 'acknowledged', 'resolved']).optional(),
        ...pageQuery,
      }),
      body: NONE,
      response: paginated(alertSchema),
      async handle({ staff, query }) {
        if (query.city !== undefined && !canSeeCity(staff, query.city)) return fail(problem(404, 'no such city'));
        const alerts = (await bot.duos.listAlerts(query.state === undefined ? {} : { state: query.state }))
          .filter((alert) => canSeeCity(staff, alert.city) && (query.city === undefined || alert.city === query.city))
          .sort(byUrgency);
        const page = paginate(alerts, query);
        await deps.record({ staff, action: 'alerts.list', detail: { city: query.city ?? null } });
        return json({ ...page, items: await Promise.all(page.items.map(viewAlert)) });
      },
    }),
    staffRoute(EVERYONE, {
      method: 'post',
      path: '/alerts/:id/acknowledge',
      summary: 'Acknowledge an open alert with a note on what was done',
      tag: 'Duos',
      params: idParams,
      query: NONE,
      body: z.object({ note: z.string().trim().min(1, 'write what was done or planned').max(2000) }),
      response: alertSchema,
      async handle({ staff, params, body }) {
        const [alert] = (await bot.duos.listAlerts({})).filter((candidate) => candidate._id === params.id);
        if (!alert || !canSeeCity(staff, alert.city)) return fail(problem(404, 'no such alert'));
        const acknowledged = await bot.duos.acknowledgeAlert({ alertId: alert._id, by: staff._id });
        if (!acknowledged) return fail(problem(409, `this alert is already ${alert.state}`));
        await deps.record({ staff, action: ACKNOWLEDGE, targetId: alert._id, detail: { note: body.note } });
        return json(await viewAlert(acknowledged));
      },
    }),
  ];
}
