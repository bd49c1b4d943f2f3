import { describe, expect, it } from 'vitest';
import { filterShape, translateFilter } from '../../src/store/engines/sqlite/sql-filter.js';

const at = new Date('2031-01-01T10:00:00Z');
const filters: Record<string, unknown>[] = [
  { _id: 'a' },
  { _id: 'a', version: 3 },
  { conversationId: 'c', state: 'pending' },
  { state: 'scheduled', dueAt: { $lte: at } },
  { state: { $in: ['sending', 'pending'] }, channel: 'wa', _id: 'x' },
  { code: null, open: true, tags: ['y'], meta: { a: 1 } },
  { taken: { $gte: 1, $lt: 5 }, city: { $ne: 'liege' }, name: { $gt: 'm' } },
  { $or: [{ code: 'K' }, { tags: { $in: ['z', 'y'] } }], code: { $exists: true } },
  { _id: { $nin: ['a', 'b'] }, last: { $ne: '42' }, 'mentee.personId': 'p' },
];

describe('filter shapes', () => {
  it('gives the parameters the SQL translation takes, in its order, when filters are cached by shape', () => {
    for (const filter of filters) {
      for (const arrays of [() => false, (path: string) => path === 'tags']) {
        expect(filterShape(filter).params).toEqual(translateFilter(filter, arrays).params);
      }
    }
  });

  it('tells apart filters whose SQL differs and keeps together those that differ by value only', () => {
    const shapes = filters.map((filter) => filterShape(filter).shape);
    expect(new Set(shapes).size).toBe(filters.length);
    expect(filterShape({ _id: 'b', version: 9 }).shape).toBe(filterShape({ _id: 'a', version: 3 }).shape);
    expect(filterShape({ open: false }).shape).not.toBe(filterShape({ open: true }).shape);
    expect(filterShape({ at: { $lte: at } }).shape).not.toBe(filterShape({ at: { $lte: 5 } }).shape);
    expect(filterShape({ tags: { $in: ['a'] } }).shape).not.toBe(filterShape({ tags: { $in: ['a', 'b'] } }).shape);
  });
});
