import type { Filter, SortSpec } from '../../collection.js';

export { cloneValue } from '../clone-value.js';

/**
 * MongoDB's filter semantics (the subset in collection.ts) evaluated on documents in memory, with
 * the same answers as the SQLite engine's SQL: an equality on an array matches one of its
 * elements, null matches a missing field, comparisons stay within one type (a date is never less
 * than a number or a string).
 */
export type Doc = Record<string, unknown>;

export function isPlainObject(value: unknown): value is Doc {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof Date);
}

/** The value at a dotted path, through nested objects only (undefined when missing). */
export function valueAt(doc: Doc, path: string): unknown {
  if (!path.includes('.')) return doc[path];
  let current: unknown = doc;
  for (const part of path.split('.')) {
    if (!isPlainObject(current)) return undefined;
    current = current[part];
  }
  return current;
}

/** Type brackets in the order SQLite sorts the stored forms: null, numbers, dates, strings, JSON. */
function rank(value: unknown): number {
  if (value === undefined || value === null) return 0;
  if (typeof value === 'number') return 1;
  if (typeof value === 'boolean') return 2;
  if (value instanceof Date) return 3;
  if (typeof value === 'string') return 4;
  return 5;
}

/** Sort order of two field values (missing and null first, then by type bracket, then by value). */
export function compareValues(left: unknown, right: unknown): number {
  const byRank = rank(left) - rank(right);
  if (byRank !== 0) return byRank;
  if (typeof left === 'number' && typeof right === 'number') return left - right;
  if (typeof left === 'boolean' && typeof right === 'boolean') return Number(left) - Number(right);
  if (left instanceof Date && right instanceof Date) return left.getTime() - right.getTime();
  if (typeof left === 'string' && typeof right === 'string') return left < right ? -1 : left > right ? 1 : 0;
  if (left === undefined || left === null) return 0;
  const a = JSON.stringify(left);
  const b = JSON.stringify(right);
  return a < b ? -1 : a > b ? 1 : 0;
}

export function compareBySort(sort: SortSpec): (left: Doc, right: Doc) => number {
  const keys = Object.entries(sort);
  return (left, right) => {
    for (const [path, direction] of keys) {
      const order = compareValues(valueAt(left, path), valueAt(right, path));
      if (order !== 0) return direction === 1 ? order : -order;
    }
    return 0;
  };
}

/** Whether the document matches the filter; throws on an operator the store does not offer. */
export function matches(doc: Doc, filter: Filter): boolean {
  for (const key in filter) {
    const condition = filter[key];
    if (key === '$or' || key === '$and' || key === '$nor') {
      if (!Array.isArray(condition) || condition.length === 0) throw new Error(`${key} takes a non-empty array`);
      const branches = condition.map((branch: unknown) => {
        if (!isPlainObject(branch)) throw new Error(`${key} takes filters`);
        return branch;
      });
      const ok =
        key === '$and'
          ? branches.every((branch) => matches(doc, branch))
          : branches.some((branch) => matches(doc, branch));
      if (key === '$nor' ? ok : !ok) return false;
      continue;
    }
    if (key.startsWith('$')) throw new Error(`filter operator ${key} is not supported by the memory store`);
    if (!fieldMatches(valueAt(doc, key), condition)) return false;
  }
  return true;
}

export function isOperatorObject(value: unknown): value is Doc {
  if (!isPlainObject(value)) return false;
  for (const key in value) if (key.startsWith('$')) return true;
  return false;
}

function fieldMatches(value: unknown, condition: unknown): boolean {
  if (!isOperatorObject(condition)) return equals(value, condition);
  for (const operator in condition) {
    if (!operatorMatches(value, operator, condition[operator])) return false;
  }
  return true;
}

function operatorMatches(value: unknown, operator: string, operand: unknown): boolean {
  switch (operator) {
    case '$eq':
      return equals(value, operand);
    case '$ne':
      return !equals(value, operand);
    case '$in':
    case '$nin': {
      if (!Array.isArray(operand)) throw new Error(`${operator} takes an array`);
      const any = operand.some((option: unknown) => equals(value, option));
      return operator === '$in' ? any : !any;
    }
    case '$exists':
      return operand ? value !== undefined : value === undefined;
    case '$gt':
    case '$gte':
    case '$lt':
    case '$lte':
      return anyElement(value, (element) => inRange(element, operator, operand));
    default:
      throw new Error(`filter operator ${operator} is not supported by the memory store`);
  }
}

/** On an array field a condition holds when it holds for one element (MongoDB's rule). */
function anyElement(value: unknown, test: (element: unknown) => boolean): boolean {
  return Array.isArray(value) ? value.some(test) : test(value);
}

function equals(value: unknown, operand: unknown): boolean {
  if (operand === null || operand === undefined) return value === null || value === undefined;
  if (Array.isArray(operand) || isPlainObject(operand)) return sameJson(value, operand);
  if (operand instanceof Date) {
    const time = operand.getTime();
    return anyElement(value, (element) => element instanceof Date && element.getTime() === time);
  }
  return anyElement(value, (element) => element === operand);
}

function sameJson(value: unknown, operand: unknown): boolean {
  if (value === undefined) return false;
  return JSON.stringify(value) === JSON.stringify(operand);
}

function inRange(element: unknown, operator: '$gt' | '$gte' | '$lt' | '$lte', operand: unknown): boolean {
  let order: number;
  if (operand instanceof Date) {
    if (!(element instanceof Date)) return false;
    order = element.getTime() - operand.getTime();
  } else if (typeof operand === 'number') {
    if (typeof element !== 'number') return false;
    order = element - operand;
  } else if (typeof operand === 'string') {
    if (typeof element !== 'string') return false;
    order = element < operand ? -1 : element > operand ? 1 : 0;
  } else {
    throw new Error(`${operator} compares numbers, strings or dates`);
  }
  switch (operator) {
    case '$gt':
      return order > 0;
    case '$gte':
      return order >= 0;
    case '$lt':
      return order < 0;
    case '$lte':
      return order <= 0;
  }
}
