import { z } from 'zod';
import { applicantSchema, loadApplicant, viewApplicant, type ApplicantView } from '../applicant-view.js';
import { toCsv } from '../csv.js';
import type { AdminDeps } from '../deps.js';
import { checkEligibility } from '../eligibility.js';
import { problem } from '../problem.js';
import { csv, fail, json, NONE, staffRoute, type AdminRoute } from '../route.js';
import { idParams, isoDay, pageQuery, paginate, paginated, roleFilter, statusFilter } from '../schemas.js';
import { canSeeCity } from '../scope.js';
import { transcriptItems } from '../transcript-view.js';
import type { StaffDoc } from '../../store/repositories/staff.js';

const EVERYONE = ['coordinator', 'referent', 'admin'] as const;
const WITH_PERSONAL_DATA = ['coordinator', 'admin'] as const;

const filters = {
  city: z.string().optional(),
  status: statusFilter.optional(),
  role: roleFilter.optional(),
  from: isoDay.optional().describe('applied on or after this day'),
  to: isoDay.optional().describe('applied on or before this day'),
  search: z.string().max(100).optional().describe('part of a first name'),
};
const listQuery = z.object({ ...filters, ...pageQuery });
type Filters = z.infer<z.ZodObject<typeof filters>>;

const summarySchema = z
  .object({
    applicant: applicantSchema,
    answers: z.record(z.string(), z.unknown()),
    eligibility: z.array(
      z.object({
        rule: z.string(),
        verdict: z.enum(['met', 'not-met', 'unknown', 'not-applicable']),
        answer: z.string().nullable(),
        reason: z.string(),
      }),
    ),
    booking: z
      .object({
        sessionId: z.string(),
        city: z.string(),
        startsAt: z.iso.datetime(),
        place: z.string(),
        language: z.string(),
      })
      .nullable(),
    waitlist: z
      .object({ city: z.string(), audience: z.string(), joinedAt: z.iso.datetime(), offered: z.boolean() })
      .nullable(),
    handoff: z.object({ reason: z.string(), since: z.iso.datetime() }).nullable(),
    stoppedAt: z.iso.datetime().nullable(),
    deliveryFailure: z.object({ code: z.string(), at: z.iso.datetime() }).nullable(),
    lastMessageAt: z.iso.datetime().nullable(),
  })
  .meta({ id: 'ApplicantSummary' });

const transcriptSchema = z.object({
  items: z.array(
    z.object({
      at: z.iso.datetime(),
      direction: z.enum(['in', 'out']),
      text: z.string(),
      language: z.string().nullable(),
    }),
  ),
});

/** Applicants the caller may see, filtered, most recently updated first. */
async function listApplicants(deps: AdminDeps, staff: StaffDoc, query: Filters): Promise<ApplicantView[] | null> {
  if (query.city !== undefined && !canSeeCity(staff, query.city)) return null;
  const applications = await deps.bot.store.applications.list({
    ...(query.status ? { status: query.status } : {}),
    ...(query.city ? { city: query.city } : {}),
  });
  const from = query.from ? new Date(`${query.from}T00:00:00Z`) : null;
  const to = query.to ? new Date(new Date(`${query.to}T00:00:00Z`).getTime() + 86_400_000) : null;
  const wanted = applications.filter(
    (application) =>
      canSeeCity(staff, application.city) &&
      (!query.role || application.role === query.role) &&
      (!from || application.createdAt >= from) &&
      (!to || application.createdAt < to),
  );
  const views = await Promise.all(
    wanted.map(async (application) => {
      const [person, conversation] = await Promise.all([
        deps.bot.store.people.get(application._id),
        deps.bot.store.conversations.get(application._id),
      ]);
      return viewApplicant(staff, { id: application._id, person, application, conversation });
    }),
  );
  const search = query.search?.trim().toLocaleLowerCase();
  return search ? views.filter((view) => view.firstName?.toLocaleLowerCase().includes(search)) : views;
}

const notFound = () => fail(problem(404, 'no such applicant'));
const filterDetail = (query: Filters) => ({
  city: query.city ?? null,
  status: query.status ?? null,
  role: query.role ?? null,
  from: query.from ?? null,
  to: query.to ?? null,
});

export function applicantRoutes(deps: AdminDeps): AdminRoute[] {
  return [
    staffRoute(EVERYONE, {
      method: 'get',
      path: '/applicants',
      summary: 'List applicants, filtered by city, status, role and the day they applied',
      tag: 'Applicants',
      params: NONE,
      query: listQuery,
      body: NONE,
      response: paginated(applicantSchema),
      async handle({ staff, query }) {
        const views = await listApplicants(deps, staff, query);
        if (!views) return fail(problem(404, 'no such city'));
        await deps.record({ staff, action: 'applicants.list', detail: filterDetail(query) });
        return json(paginate(views, query));
      },
    }),
    staffRoute(WITH_PERSONAL_DATA, {
      method: 'get',
      path: '/applicants.csv',
      summary: 'The applicant list as a CSV file (same filters, no pagination)',
      tag: 'Applicants',
      params: NONE,
      query: z.object(filters),
      body: NONE,
      response: 'csv',
      async handle({ staff, query }) {
        const views = await listApplicants(deps, staff, query);
        if (!views) return fail(problem(404, 'no such city'));
        await deps.record({
          staff,
          action: 'applicants.export-csv',
          detail: { ...filterDetail(query), rows: views.length },
        });
        const header = [
          'id',
          'first_name',
          'role',
          'city',
          'status',
          'ineligible_reason',
          'language',
          'phone',
          'applied_at',
          'handoff',
          'stopped',
          'delivery_failure',
        ];
        const rows = views.map((view) => [
          view.id,
          view.firstName,
          view.role,
          view.city,
          view.status,
          view.ineligibleReason,
          view.language,
          view.phone,
          view.appliedAt,
          view.flags.handoff,
          view.flags.stopped,
          view.flags.deliveryFailure,
        ]);
        return csv('applicants.csv', toCsv(header, rows));
      },
    }),
    staffRoute(EVERYONE, {
      method: 'get',
      path: '/applicants/:id',
      summary: "One applicant's summary: answers, each eligibility rule's verdict, booking or waiting list, flags",
      tag: 'Applicants',
      params: idParams,
      query: NONE,
      body: NONE,
      response: summarySchema,
      async handle({ staff, params }) {
        const records = await loadApplicant(deps, staff, params.id);
        if (!records) return notFound();
        await deps.record({ staff, action: 'applicant.read', targetId: params.id });
        const now = deps.clock.now();
        const [booking, waiting] = await Promise.all([
          deps.bot.sessions.activeBookingOf(params.id, now),
          deps.bot.waitlist.get(params.id),
        ]);
        const { person, application, conversation } = records;
        return json({
          applicant: viewApplicant(staff, records),
          answers: application?.answers ?? {},
          eligibility: application ? checkEligibility(application, deps.programme) : [],
          booking: booking
            ? {
                sessionId: booking._id,
                city: booking.city,
                startsAt: booking.startsAt.toISOString(),
                place: booking.place,
                language: booking.language,
              }
            : null,
          waitlist: waiting
            ? {
                city: waiting.city,
                audience: waiting.audience,
                joinedAt: waiting.joinedAt.toISOString(),
                offered: waiting.offeredSessionId !== null,
              }
            : null,
          handoff: conversation?.handoff
            ? { reason: conversation.handoff.reason, since: conversation.handoff.since.toISOString() }
            : null,
          stoppedAt: person?.optedOutAt?.toISOString() ?? null,
          deliveryFailure: conversation?.deliveryFailure
            ? { code: conversation.deliveryFailure.code, at: conversation.deliveryFailure.at.toISOString() }
            : null,
          lastMessageAt: conversation?.lastInboundAt?.toISOString() ?? null,
        });
      },
    }),
    staffRoute(EVERYONE, {
      method: 'get',
      path: '/applicants/:id/transcript',
      summary: "The applicant's conversation, oldest line first",
      tag: 'Applicants',
      params: idParams,
      query: NONE,
      body: NONE,
      response: transcriptSchema,
      async handle({ staff, params }) {
        if (!(await loadApplicant(deps, staff, params.id))) return notFound();
        await deps.record({ staff, action: 'applicant.transcript', targetId: params.id });
        const lines = await deps.bot.store.transcript.list(params.id);
        return json({ items: transcriptItems(lines, deps.bot.translator) });
      },
    }),
  ];
}
