import { z } from 'zod';
import type { JobDoc } from '../../store/index.js';
import { loadApplicant } from '../applicant-view.js';
import type { AdminDeps } from '../deps.js';
import { problem } from '../problem.js';
import { fail, json, NONE, staffRoute, type AdminRoute } from '../route.js';
import { idParams } from '../schemas.js';
import { transcriptItems } from '../transcript-view.js';

const ROLES = ['coordinator', 'admin'] as const;

const exportSchema = z
  .object({
    exportedAt: z.iso.datetime(),
    personId: z.string(),
    person: z.unknown(),
    application: z.unknown(),
    conversation: z.unknown(),
    transcript: z.array(z.unknown()),
    messages: z.array(z.unknown()),
    jobs: z.array(z.unknown()),
    sessions: z.array(z.unknown()),
    waitlist: z.unknown(),
    attendance: z.array(z.unknown()),
    staffAccess: z.array(z.unknown()).describe('who on staff read or changed this record, and when'),
  })
  .meta({ id: 'PersonalDataExport' });

/** A person's right of access and right to erasure, each written to the audit log. */
export function dataRequestRoutes(deps: AdminDeps): AdminRoute[] {
  const jobs = deps.bot.store.engine.collection<JobDoc>('jobs');
  return [
    staffRoute(ROLES, {
      method: 'get',
      path: '/applicants/:id/export',
      summary: 'Everything duo-bot keeps about one person, as JSON (a data access request)',
      tag: 'Personal data requests',
      params: idParams,
      query: NONE,
      body: NONE,
      response: exportSchema,
      async handle({ staff, params, response }) {
        const records = await loadApplicant(deps, staff, params.id);
        if (!records) return fail(problem(404, 'no such applicant'));
        await deps.record({ staff, action: 'person.export', targetId: params.id });
        const id = params.id;
        const [transcript, messages, personJobs, sessions, waitlist, attendance, staffAccess] = await Promise.all([
          deps.bot.store.transcript.list(id),
          deps.bot.store.outbox.listForConversation(id),
          jobs.find({ conversationId: id }),
          deps.bot.sessions.bookedBy(id),
          deps.bot.waitlist.get(id),
          deps.attendance.forPerson(id),
          deps.audit.list({ targetId: id, skip: 0, limit: 10_000 }),
        ]);
        response.setHeader('content-disposition', `attachment; filename="person-${id}.json"`);
        return json({
          exportedAt: deps.clock.now().toISOString(),
          personId: id,
          person: records.person,
          application: records.application,
          conversation: records.conversation,
          transcript: transcriptItems(transcript, deps.bot.translator),
          messages,
          jobs: personJobs,
          sessions: sessions.map(({ attendees: _attendees, ...session }) => session),
          waitlist,
          attendance,
          staffAccess: staffAccess.map(({ staffName, action, at }) => ({ staffName, action, at })),
        });
      },
    }),
    staffRoute(ROLES, {
      method: 'delete',
      path: '/applicants/:id',
      summary: 'Erase one person from every collection (a request for erasure)',
      tag: 'Personal data requests',
      params: idParams,
      query: NONE,
      body: NONE,
      response: z.object({ erased: z.literal(true) }),
      async handle({ staff, params }) {
        if (!(await loadApplicant(deps, staff, params.id))) return fail(problem(404, 'no such applicant'));
        await deps.bot.engine.erase(params.id);
        await deps.bot.store.applications.erase(params.id);
        await deps.record({ staff, action: 'person.erase', targetId: params.id });
        return json({ erased: true });
      },
    }),
  ];
}
