import { z } from 'zod';

/** Query fields arrive as text; these read them leniently and document them as what they mean. */
export const pageQuery = {
  page: z.coerce.number().int().min(1).default(1).describe('1-based page number'),
  pageSize: z.coerce.number().int().min(1).max(200).default(50).describe('items per page (at most 200)'),
};

export const isoDay = z.iso.date().describe('a day, YYYY-MM-DD');

export const idParams = z.object({ id: z.string().min(1).max(100) });

export function paginated<T extends z.ZodType>(item: T) {
  return z.object({
    items: z.array(item),
    page: z.number().int(),
    pageSize: z.number().int(),
    total: z.number().int(),
  });
}

export function paginate<T>(items: T[], query: { page: number; pageSize: number }) {
  const start = (query.page - 1) * query.pageSize;
  return {
    items: items.slice(start, start + query.pageSize),
    page: query.page,
    pageSize: query.pageSize,
    total: items.length,
  };
}

/** [from, to) in UTC from two optional days; `to` is inclusive as typed by a person. */
export function period(query: { from?: string | undefined; to?: string | undefined }, fallbackFrom: Date, now: Date) {
  const from = query.from ? new Date(`${query.from}T00:00:00Z`) : fallbackFrom;
  const to = query.to
    ? new Date(new Date(`${query.to}T00:00:00Z`).getTime() + 86_400_000)
    : new Date(now.getTime() + 1);
  return { from, to };
}

export const roleFilter = z.enum(['mentee', 'mentor', 'question']);
export const statusFilter = z.enum([
  'in-progress',
  'eligible',
  'ineligible',
  'booked',
  'waitlisted',
  'refused-consent',
]);
