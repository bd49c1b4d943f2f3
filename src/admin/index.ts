import { randomUUID } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import express, { type NextFunction, type Request, type Response } from 'express';
import { rateLimit } from 'express-rate-limit';
import { z } from 'zod';
import type { DuoBot } from '../app.js';
import { systemClock, type Clock } from '../bot/clock.js';
import type { Logger } from '../bot/logger.js';
import type { Programme } from '../programme/index.js';
import { createAttendanceRepository, type AttendanceDoc } from '../store/repositories/attendance.js';
import { createAuditRepository, type AuditDoc } from '../store/repositories/audit.js';
import type { InfoSessionDoc } from '../store/repositories/sessions.js';
import {
  createStaffRepository,
  type StaffDoc,
  type StaffLoginDoc,
  type StaffRepository,
} from '../store/repositories/staff.js';
import { createAuthenticator } from './auth.js';
import { duoFigures } from './duo-figures.js';
import type { AdminDeps } from './deps.js';
import { buildOpenApi } from './openapi.js';
import { problem, sendProblem, zodProblem } from './problem.js';
import { intakeFigures, type FigureSource } from './results.js';
import { InputError, json, NONE, publicRoute, type AdminRoute, type Reply } from './route.js';
import { accountRoutes } from './routes/account.js';
import { applicantRoutes } from './routes/applicants.js';
import { dataRequestRoutes } from './routes/data-requests.js';
import { duoRoutes } from './routes/duos.js';
import { handoffRoutes } from './routes/handoffs.js';
import { resultRoutes } from './routes/results.js';
import { sessionRoutes } from './routes/sessions.js';

export const ADMIN_API_PATH = '/api/admin';
export const ADMIN_PAGE_PATH = '/admin';
/** What the page sends with every change, so a form on another site cannot borrow its login cookie. */
const PAGE_HEADER = { name: 'x-requested-with', value: 'duo-admin' };

export interface AdminOptions {
  bot: DuoBot;
  programme: Programme;
  logger: Logger;
  clock?: Clock;
  /** Routes added by other parts of the programme (duos), with the same access checks. */
  extraRoutes?: (deps: AdminDeps) => AdminRoute[];
  /** Figures added to the results (duos), after the intake's. */
  extraFigures?: (deps: AdminDeps) => FigureSource[];
  /** Sign-in attempts allowed per address in 15 minutes. */
  loginAttempts?: number;
}

export interface Admin {
  /** Mount at ADMIN_API_PATH. */
  api: express.Router;
  /** Mount at ADMIN_PAGE_PATH. */
  page: express.Router;
  /** Every API route, as the router serves them. */
  routes: readonly AdminRoute[];
  staff: StaffRepository;
}

/** The staff API and page over one duo-bot: accounts, audit log and attendance live in their own collections. */
export async function createAdmin(options: AdminOptions): Promise<Admin> {
  const { bot, logger } = options;
  const clock = options.clock ?? systemClock;
  const engine = bot.store.engine;
  const staff = createStaffRepository({
    staff: engine.collection<StaffDoc>('staff'),
    logins: engine.collection<StaffLoginDoc>('staff_logins'),
  });
  const audit = createAuditRepository(engine.collection<AuditDoc>('audit'));
  const attendance = createAttendanceRepository(engine.collection<AttendanceDoc>('session_attendance'));
  await staff.ensureIndexes();
  await audit.ensureIndexes();
  await attendance.ensureIndexes();
  bot.addEraser((personId) => attendance.eraseForPerson(personId));

  const deps: AdminDeps = {
    bot,
    programme: options.programme,
    clock,
    staff,
    audit,
    attendance,
    sessionDocs: engine.collection<InfoSessionDoc>('info_sessions'),
    auth: createAuthenticator({ staff, clock }),
    newId: randomUUID,
    async record({ staff: member, action, targetId = null, detail = {} }) {
      await audit.record({
        _id: randomUUID(),
        at: clock.now(),
        staffId: member._id,
        staffName: member.name,
        action,
        targetId,
        detail,
      });
    },
  };

  const routes: AdminRoute[] = [
    ...accountRoutes(deps),
    ...applicantRoutes(deps),
    ...dataRequestRoutes(deps),
    ...handoffRoutes(deps),
    ...sessionRoutes(deps),
    ...duoRoutes(deps),
    ...resultRoutes(deps, [intakeFigures(deps), duoFigures(deps), ...(options.extraFigures?.(deps) ?? [])]),
    ...(options.extraRoutes?.(deps) ?? []),
  ];
  let document: unknown = null;
  routes.push(
    publicRoute({
      method: 'get',
      path: '/openapi.json',
      summary: 'This document',
      tag: 'Account',
      params: NONE,
      query: NONE,
      body: NONE,
      response: z.record(z.string(), z.unknown()),
      handle: () =>
        Promise.resolve(json((document ??= buildOpenApi({ routes, basePath: ADMIN_API_PATH, version: '1' })))),
    }),
  );

  const loginLimiter = rateLimit({
    windowMs: 15 * 60_000,
    limit: options.loginAttempts ?? 10,
    standardHeaders: 'draft-8',
    legacyHeaders: false,
    handler: (_request, response) =>
      sendProblem(response, problem(429, 'too many sign-in attempts from this address: wait 15 minutes')),
  });

  const api = express.Router();
  api.use(express.json({ limit: '64kb' }));
  api.use((_request, response, next) => {
    response.setHeader('cache-control', 'no-store');
    next();
  });
  for (const route of routes) {
    const guards = route.path === '/login' && route.method === 'post' ? [loginLimiter] : [];
    api[route.method](route.path, ...guards, async (request: Request, response: Response) => {
      let member: StaffDoc | null = null;
      if (route.access !== 'public') {
        const caller = await deps.auth.identify(request);
        if (!caller) {
          response.setHeader('www-authenticate', 'Bearer');
          sendProblem(response, problem(401, 'sign in with an access key'));
          return;
        }
        if (!route.access.includes(caller.staff.role)) {
          sendProblem(response, problem(403, `not allowed for the ${caller.staff.role} role`));
          return;
        }
        if (caller.via === 'cookie' && route.method !== 'get' && request.get(PAGE_HEADER.name) !== PAGE_HEADER.value) {
          sendProblem(response, problem(403, `changes from a browser must carry the ${PAGE_HEADER.name} header`));
          return;
        }
        member = caller.staff;
      }
      let reply: Reply;
      try {
        reply = await route.run({
          staff: member,
          params: request.params,
          query: request.query,
          body: request.body,
          request,
          response,
        });
      } catch (error) {
        if (!(error instanceof InputError)) throw error;
        sendProblem(response, zodProblem(error.where, error.zodError));
        return;
      }
      send(response, reply);
    });
  }
  api.use((_request, response) => sendProblem(response, problem(404, 'no such route')));
  api.use((error: unknown, _request: Request, response: Response, _next: NextFunction) => {
    const status = clientErrorStatus(error);
    if (status === null) logger.error({ err: error }, 'staff API request failed');
    sendProblem(response, problem(status ?? 500, status === null ? undefined : 'the request body could not be read'));
  });

  return { api, page: createPage(), routes, staff };
}

function send(response: Response, reply: Reply): void {
  switch (reply.kind) {
    case 'json':
      response.status(reply.status).json(reply.body);
      return;
    case 'csv':
      response
        .status(200)
        .type('text/csv; charset=utf-8')
        .setHeader('content-disposition', `attachment; filename="${reply.filename}"`)
        // A byte-order mark, so that spreadsheets read accents and Arabic names right.
        .send(`\uFEFF${reply.body}`);
      return;
    case 'problem':
      sendProblem(response, reply.problem);
      return;
  }
}

/** Body-parser errors (bad JSON, too large) carry a 4xx status; anything else is ours. */
function clientErrorStatus(error: unknown): number | null {
  if (typeof error !== 'object' || error === null || !('status' in error)) return null;
  const { status } = error;
  return typeof status === 'number' && status >= 400 && status < 500 ? status : null;
}

/** The page: static files, no build step, no inline script (a strict content security policy). */
function createPage(): express.Router {
  const page = express.Router();
  page.use((_request, response, next) => {
    response.setHeader(
      'content-security-policy',
      "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; frame-ancestors 'none'; form-action 'self'",
    );
    response.setHeader('x-content-type-options', 'nosniff');
    response.setHeader('referrer-policy', 'no-referrer');
    next();
  });
  page.use(express.static(fileURLToPath(new URL('./page/', import.meta.url)), { index: 'index.html' }));
  return page;
}
