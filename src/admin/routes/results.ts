import { z } from 'zod';
import { toCsv } from '../csv.js';
import type { AdminDeps } from '../deps.js';
import { problem } from '../problem.js';
import { suppressSmall, type FigureSource } from '../results.js';
import { csv, fail, json, NONE, staffRoute, type AdminRoute } from '../route.js';
import { isoDay, period } from '../schemas.js';
import { canSeeCity, visibleCities } from '../scope.js';
import type { StaffDoc } from '../../store/repositories/staff.js';

const ROLES = ['coordinator', 'referent', 'admin'] as const;
const YEAR_MS = 365 * 86_400_000;

const query = z.object({
  city: z.string().optional(),
  from: isoDay.optional().describe('first day; a year ago when absent'),
  to: isoDay.optional().describe('last day, included; today when absent'),
});
const cell = z.union([z.number().int(), z.literal('<5')]);
const resultsSchema = z
  .object({
    from: z.iso.datetime(),
    to: z.iso.datetime(),
    figures: z.array(z.string()),
    rows: z.array(z.object({ city: z.string(), values: z.record(z.string(), cell) })),
    total: z.record(z.string(), cell),
  })
  .meta({ id: 'Results' });

export function resultRoutes(deps: AdminDeps, sources: readonly FigureSource[]): AdminRoute[] {
  async function compute(staff: StaffDoc, filter: z.infer<typeof query>) {
    const now = deps.clock.now();
    const { from, to } = period(filter, new Date(now.getTime() - YEAR_MS), now);
    const all = deps.programme.cities.map((city) => city.id);
    const cities = filter.city ? [filter.city] : visibleCities(staff, all);
    const figures = sources.flatMap((source) => source.figures);
    const raw: Record<string, Record<string, number>> = Object.fromEntries(cities.map((city) => [city, {}]));
    for (const source of sources) {
      const counts = await source.count({ cities, from, to });
      for (const city of cities) Object.assign(raw[city] ?? {}, counts[city]);
    }
    const total = Object.fromEntries(
      figures.map((figure) => [
        figure,
        suppressSmall(cities.reduce((sum, city) => sum + (raw[city]?.[figure] ?? 0), 0)),
      ]),
    );
    const rows = cities.map((city) => ({
      city,
      values: Object.fromEntries(figures.map((figure) => [figure, suppressSmall(raw[city]?.[figure] ?? 0)])),
    }));
    return { from: from.toISOString(), to: to.toISOString(), figures, rows, total };
  }
  const outOfScope = (staff: StaffDoc, city: string | undefined) =>
    city !== undefined && (!canSeeCity(staff, city) || !deps.programme.cities.some((known) => known.id === city));

  return [
    staffRoute(ROLES, {
      method: 'get',
      path: '/results',
      summary: 'The programme\'s figures per city for a period; counts from 1 to 4 shown as "<5"',
      tag: 'Results',
      params: NONE,
      query,
      body: NONE,
      response: resultsSchema,
      async handle({ staff, query: filter }) {
        if (outOfScope(staff, filter.city)) return fail(problem(404, 'no such city'));
        return json(await compute(staff, filter));
      },
    }),
    staffRoute(ROLES, {
      method: 'get',
      path: '/results.csv',
      summary: 'The same figures as a CSV file',
      tag: 'Results',
      params: NONE,
      query,
      body: NONE,
      response: 'csv',
      async handle({ staff, query: filter }) {
        if (outOfScope(staff, filter.city)) return fail(problem(404, 'no such city'));
        const results = await compute(staff, filter);
        const rows = [
          ...results.rows.map((row) => [row.city, ...results.figures.map((figure) => row.values[figure] ?? 0)]),
          ['total', ...results.figures.map((figure) => results.total[figure] ?? 0)],
        ];
        return csv('results.csv', toCsv(['city', ...results.figures], rows));
      },
    }),
  ];
}
