import type { Request, Response } from 'express';
import { z } from 'zod';
import type { StaffDoc, StaffRole } from '../store/repositories/staff.js';
import type { Problem } from './problem.js';

export type HttpMethod = 'get' | 'post' | 'put' | 'patch' | 'delete';

/** What a handler answers: JSON, a CSV file, or a problem. */
export type Reply =
  | { kind: 'json'; status: number; body: unknown }
  | { kind: 'csv'; filename: string; body: string }
  | { kind: 'problem'; problem: Problem };

export const json = (body: unknown, status = 200): Reply => ({ kind: 'json', status, body });
export const csv = (filename: string, body: string): Reply => ({ kind: 'csv', filename, body });
export const fail = (value: Problem): Reply => ({ kind: 'problem', problem: value });

/** Who may call a route: nobody needs to be signed in, or one of these roles. */
export type Access = 'public' | readonly StaffRole[];

export interface RawInput {
  staff: StaffDoc | null;
  params: unknown;
  query: unknown;
  body: unknown;
  request: Request;
  response: Response;
}

/** One admin route as data: the router, the OpenAPI document and the access-matrix test all read this. */
export interface AdminRoute {
  method: HttpMethod;
  /** Express path under /api/admin, e.g. `/applicants/:id`. */
  path: string;
  summary: string;
  tag: string;
  access: Access;
  schemas: {
    params?: z.ZodType;
    query?: z.ZodType;
    body?: z.ZodType;
    /** The 2xx body; `csv` for a text/csv download. */
    response: z.ZodType | 'csv';
    status?: number;
  };
  run(input: RawInput): Promise<Reply>;
}

export interface RouteInput<P, Q, B, S> {
  staff: S;
  params: P;
  query: Q;
  body: B;
  request: Request;
  response: Response;
}

/** The schema of a route with no path parameters, no query or no body. */
export const NONE = z.object({});

interface RouteSpec<P extends z.ZodType, Q extends z.ZodType, B extends z.ZodType, S> {
  method: HttpMethod;
  path: string;
  summary: string;
  tag: string;
  params: P;
  query: Q;
  body: B;
  response: z.ZodType | 'csv';
  status?: number;
  handle(input: RouteInput<z.output<P>, z.output<Q>, z.output<B>, S>): Promise<Reply>;
}

/** Thrown only by the router when parsing fails; handlers never see bad input. */
export class InputError extends Error {
  constructor(
    readonly where: string,
    readonly zodError: z.ZodError,
  ) {
    super(`invalid ${where}`);
    this.name = 'InputError';
  }
}

const isNone = (schema: z.ZodType): boolean => schema === NONE;

function parse<T extends z.ZodType>(where: string, schema: T, value: unknown): z.output<T> {
  const result = schema.safeParse(value);
  if (!result.success) throw new InputError(where, result.error);
  return result.data;
}

function build<P extends z.ZodType, Q extends z.ZodType, B extends z.ZodType, S>(
  spec: RouteSpec<P, Q, B, S>,
  access: Access,
  staffOf: (staff: StaffDoc | null) => S,
): AdminRoute {
  return {
    method: spec.method,
    path: spec.path,
    summary: spec.summary,
    tag: spec.tag,
    access,
    schemas: {
      ...(isNone(spec.params) ? {} : { params: spec.params }),
      ...(isNone(spec.query) ? {} : { query: spec.query }),
      ...(isNone(spec.body) ? {} : { body: spec.body }),
      response: spec.response,
      ...(spec.status ? { status: spec.status } : {}),
    },
    run: (input) =>
      spec.handle({
        staff: staffOf(input.staff),
        params: parse('params', spec.params, input.params),
        query: parse('query', spec.query, input.query),
        body: parse('body', spec.body, input.body ?? {}),
        request: input.request,
        response: input.response,
      }),
  };
}

/** A route for signed-in staff of the given roles. */
export function staffRoute<P extends z.ZodType, Q extends z.ZodType, B extends z.ZodType>(
  roles: readonly StaffRole[],
  spec: RouteSpec<P, Q, B, StaffDoc>,
): AdminRoute {
  return build(spec, roles, (staff) => {
    if (!staff) throw new Error(`${spec.method} ${spec.path} ran without a signed-in staff member`);
    return staff;
  });
}

/** A route anyone may call (the login, the OpenAPI document). */
export function publicRoute<P extends z.ZodType, Q extends z.ZodType, B extends z.ZodType>(
  spec: RouteSpec<P, Q, B, StaffDoc | null>,
): AdminRoute {
  return build(spec, 'public', (staff) => staff);
}
