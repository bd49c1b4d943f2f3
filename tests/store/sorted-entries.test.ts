import { describe, expect, it } from 'vitest';
import { SortedEntries } from '../../src/store/engines/memory/sorted-entries.js';

/** A fixed shuffle, so that a failure can be replayed. */
function shuffled(count: number): number[] {
  const values = Array.from({ length: count }, (_, index) => index);
  let seed = 7;
  for (let index = values.length - 1; index > 0; index -= 1) {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    const other = seed % (index + 1);
    [values[index], values[other]] = [values[other] ?? 0, values[index] ?? 0];
  }
  return values;
}

describe('memory store sorted entries', () => {
  const byNumber = (left: number, right: number) => left - right;

  it('keeps entries in order across many chunks when they come in any order and half are deleted', () => {
    const entries = new SortedEntries(byNumber, 4);
    for (const value of shuffled(2000)) entries.insert(value);
    for (const value of shuffled(2000)) if (value % 2 === 1) expect(entries.delete(value)).toBe(true);

    const evens = Array.from({ length: 1000 }, (_, index) => index * 2);
    expect([...entries]).toEqual(evens);
    expect(entries.size).toBe(1000);
    expect([...entries.from(1001)].slice(0, 3)).toEqual([1002, 1004, 1006]);
    expect([...entries.from(5000)]).toEqual([]);
  });

  it('reports a delete of an entry it does not hold, and ends empty when every entry is deleted', () => {
    const entries = new SortedEntries(byNumber, 4);
    expect(entries.delete(1)).toBe(false);
    for (const value of shuffled(50)) entries.insert(value);
    expect(entries.delete(50)).toBe(false);
    for (const value of shuffled(50)) entries.delete(value);
    expect([...entries]).toEqual([]);
    expect([...entries.from(0)]).toEqual([]);
  });
});
