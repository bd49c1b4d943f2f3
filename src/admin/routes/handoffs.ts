import { z } from 'zod';
import { applicantSchema, loadApplicant, viewApplicant } from '../applicant-view.js';
import type { AdminDeps } from '../deps.js';
import { problem } from '../problem.js';
import { fail, json, NONE, staffRoute, type AdminRoute } from '../route.js';
import { idParams, pageQuery, paginate, paginated } from '../schemas.js';
import { canSeeCity } from '../scope.js';

const ROLES = ['coordinator', 'referent', 'admin'] as const;
/** WhatsApp allows free text only this long after the person's last message; after it, the template goes out. */
const SERVICE_WINDOW_MS = 24 * 60 * 60 * 1000;

const handoffSchema = z
  .object({
    applicant: applicantSchema,
    reason: z.string(),
    since: z.iso.datetime(),
    lastMessageAt: z.iso.datetime().nullable(),
    windowClosesAt: z.iso.datetime().nullable().describe('after this, a reply goes out as the approved template'),
  })
  .meta({ id: 'Handoff' });

export function handoffRoutes(deps: AdminDeps): AdminRoute[] {
  const { bot } = deps;
  const openHandoff = async (staff: Parameters<typeof loadApplicant>[1], id: string) => {
    const records = await loadApplicant(deps, staff, id);
    return records?.conversation?.handoff ? records : null;
  };
  return [
    staffRoute(ROLES, {
      method: 'get',
      path: '/handoffs',
      summary: 'Conversations waiting for staff, oldest first',
      tag: 'Handoffs',
      params: NONE,
      query: z.object({ city: z.string().optional(), ...pageQuery }),
      body: NONE,
      response: paginated(handoffSchema),
      async handle({ staff, query }) {
        if (query.city !== undefined && !canSeeCity(staff, query.city)) return fail(problem(404, 'no such city'));
        const conversations = await bot.store.conversations.listHandoffs();
        const items = [];
        for (const conversation of conversations) {
          const { handoff } = conversation;
          if (!handoff) continue;
          const application = await bot.store.applications.get(conversation._id);
          const city = application?.city ?? null;
          if (!canSeeCity(staff, city) || (query.city !== undefined && city !== query.city)) continue;
          const person = await bot.store.people.get(conversation._id);
          const last = conversation.lastInboundAt;
          items.push({
            applicant: viewApplicant(staff, { id: conversation._id, person, application, conversation }),
            reason: handoff.reason,
            since: handoff.since.toISOString(),
            lastMessageAt: last?.toISOString() ?? null,
            windowClosesAt: last ? new Date(last.getTime() + SERVICE_WINDOW_MS).toISOString() : null,
          });
        }
        await deps.record({ staff, action: 'handoffs.list', detail: { city: query.city ?? null } });
        return json(paginate(items, query));
      },
    }),
    staffRoute(ROLES, {
      method: 'post',
      path: '/handoffs/:id/reply',
      summary:
        "Reply to the person on their channel, through the outbox (free text inside WhatsApp's 24-hour window, the approved template after it)",
      tag: 'Handoffs',
      params: idParams,
      query: NONE,
      body: z.object({ text: z.string().trim().min(1, 'write a message').max(1000) }),
      response: z.object({ queued: z.literal(true) }),
      status: 202,
      async handle({ staff, params, body }) {
        if (!(await openHandoff(staff, params.id))) return fail(problem(404, 'no open handoff for this person'));
        const outcome = await bot.engine.sendFromStaff(params.id, { key: 'staff.reply', params: { text: body.text } });
        if (outcome === 'opted-out')
          return fail(problem(409, 'this person said stop: nothing can be sent until they write again'));
        if (outcome === 'unknown-person') return fail(problem(404, 'no open handoff for this person'));
        await deps.record({
          staff,
          action: 'handoff.reply',
          targetId: params.id,
          detail: { characters: body.text.length },
        });
        return json({ queued: true }, 202);
      },
    }),
    staffRoute(ROLES, {
      method: 'post',
      path: '/handoffs/:id/hand-back',
      summary: 'Give the conversation back to the assistant, which goes on where it stopped',
      tag: 'Handoffs',
      params: idParams,
      query: NONE,
      body: NONE,
      response: z.object({ handedBack: z.literal(true) }),
      async handle({ staff, params }) {
        if (!(await openHandoff(staff, params.id))) return fail(problem(404, 'no open handoff for this person'));
        await bot.engine.handBack(params.id);
        await deps.record({ staff, action: 'handoff.hand-back', targetId: params.id });
        return json({ handedBack: true });
      },
    }),
  ];
}
