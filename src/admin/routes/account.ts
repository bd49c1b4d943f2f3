import { z } from 'zod';
import { LOGIN_COOKIE } from '../auth.js';
import type { AdminDeps } from '../deps.js';
import { problem } from '../problem.js';
import { fail, json, NONE, publicRoute, staffRoute, type AdminRoute } from '../route.js';
import { pageQuery, paginate, paginated } from '../schemas.js';
import { STAFF_ROLES, type StaffDoc } from '../../store/repositories/staff.js';

const meSchema = z
  .object({
    id: z.string(),
    name: z.string(),
    role: z.enum(STAFF_ROLES),
    cities: z.union([z.array(z.string()), z.literal('all')]),
  })
  .meta({ id: 'StaffMember' });

const me = (staff: StaffDoc) => ({ id: staff._id, name: staff.name, role: staff.role, cities: staff.cities });

export function accountRoutes(deps: AdminDeps): AdminRoute[] {
  return [
    publicRoute({
      method: 'post',
      path: '/login',
      summary: 'Sign in with an access key; the page keeps the login in an HttpOnly cookie for 8 hours',
      tag: 'Account',
      params: NONE,
      query: NONE,
      body: z.object({ key: z.string().min(1).max(200) }),
      response: meSchema,
      async handle({ body, request, response }) {
        const login = await deps.auth.login(body.key.trim());
        if (!login) return fail(problem(401, 'this access key is not valid'));
        response.cookie(LOGIN_COOKIE, login.token, {
          httpOnly: true,
          sameSite: 'strict',
          secure: request.secure,
          path: '/',
          maxAge: login.maxAgeSeconds * 1000,
        });
        await deps.record({ staff: login.staff, action: 'staff.login' });
        return json(me(login.staff));
      },
    }),
    staffRoute(STAFF_ROLES, {
      method: 'post',
      path: '/logout',
      summary: 'Sign out of the page',
      tag: 'Account',
      params: NONE,
      query: NONE,
      body: NONE,
      response: z.object({ signedOut: z.literal(true) }),
      async handle({ staff, request, response }) {
        await deps.auth.logout(request);
        response.clearCookie(LOGIN_COOKIE, { path: '/' });
        await deps.record({ staff, action: 'staff.logout' });
        return json({ signedOut: true });
      },
    }),
    staffRoute(STAFF_ROLES, {
      method: 'get',
      path: '/me',
      summary: 'Who is signed in, with their role and cities',
      tag: 'Account',
      params: NONE,
      query: NONE,
      body: NONE,
      response: meSchema.extend({ cityNames: z.record(z.string(), z.string()) }),
      handle: ({ staff }) =>
        Promise.resolve(
          json({
            ...me(staff),
            cityNames: Object.fromEntries(deps.programme.cities.map((city) => [city.id, city.names[0] ?? city.id])),
          }),
        ),
    }),
    staffRoute(['admin'], {
      method: 'get',
      path: '/staff',
      summary: 'Staff accounts',
      tag: 'Account',
      params: NONE,
      query: NONE,
      body: NONE,
      response: z.object({ items: z.array(meSchema.extend({ disabled: z.boolean() })) }),
      async handle() {
        const staff = await deps.staff.list();
        return json({ items: staff.map((member) => ({ ...me(member), disabled: member.disabledAt !== null })) });
      },
    }),
    staffRoute(['admin'], {
      method: 'get',
      path: '/audit',
      summary: 'The audit log: every read of personal data and every change, newest first',
      tag: 'Account',
      params: NONE,
      query: z.object({ staffId: z.string().optional(), targetId: z.string().optional(), ...pageQuery }),
      body: NONE,
      response: paginated(
        z.object({
          at: z.iso.datetime(),
          staffId: z.string(),
          staffName: z.string(),
          action: z.string(),
          targetId: z.string().nullable(),
          detail: z.record(z.string(), z.union([z.string(), z.number(), z.boolean(), z.null()])),
        }),
      ),
      async handle({ query }) {
        const filter = {
          ...(query.staffId ? { staffId: query.staffId } : {}),
          ...(query.targetId ? { targetId: query.targetId } : {}),
        };
        const [entries, total] = await Promise.all([
          deps.audit.list({ ...filter, skip: (query.page - 1) * query.pageSize, limit: query.pageSize }),
          deps.audit.count(filter),
        ]);
        const items = entries.map(({ _id: _unused, at, ...entry }) => ({ ...entry, at: at.toISOString() }));
        return json({ ...paginate(items, { page: 1, pageSize: query.pageSize }), page: query.page, total });
      },
    }),
  ];
}
