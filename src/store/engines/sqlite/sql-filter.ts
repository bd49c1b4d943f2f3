import type { Filter, SortSpec } from '../../collection.js';
import { AFTER_DATES, DATE_MARKER, encodeDate, encodeDocument, encodeString } from './document-codec.js';

export type SqlValue = string | number | null;

export interface SqlCondition {
  sql: string;
  params: SqlValue[];
}

/** Whether documents of the collection ever held an array at this path. */
export type ArrayPaths = (path: string) => boolean;

const SEGMENT = /^[A-Za-z_][A-Za-z0-9_]*$/;

/** Literals already built: the repositories use a few dozen field names, asked for on every write. */
const jsonPaths = new Map<string, string>();
const MAX_JSON_PATHS = 1000;

/** The JSON path literal of a dotted field name, inlined so that a query and an index spell it alike. */
export function jsonPath(path: string): string {
  let literal = jsonPaths.get(path);
  if (literal === undefined) {
    literal = buildJsonPath(path);
    if (jsonPaths.size >= MAX_JSON_PATHS) jsonPaths.clear();
    jsonPaths.set(path, literal);
  }
  return literal;
}

function buildJsonPath(path: string): string {
  const parts = path.split('.').map((part) => {
    if (SEGMENT.test(part)) return part;
    if (/["'\\]/.test(part) || part === '') throw new Error(`field name ${JSON.stringify(part)} cannot be queried`);
    return `"${part}"`;
  });
  return `'$.${parts.join('.')}'`;
}

/** The SQL expression of a field's value: the primary key column for _id, json_extract otherwise. */
export function fieldExpression(path: string): string {
  return path === '_id' ? 'id' : `json_extract(doc, ${jsonPath(path)})`;
}

/** A value as SQL compares it; arrays and objects as their JSON text. */
function scalar(value: unknown): SqlValue {
  if (value instanceof Date) return encodeDate(value);
  if (typeof value === 'string') return encodeString(value);
  if (typeof value === 'number') return value;
  if (value === null || value === undefined) return null;
  throw new Error(`cannot compare with ${typeof value}`);
}

interface Target {
  /** The value's SQL expression. */
  value: string;
  /** Its JSON type ('true', 'false', 'null', 'text'…), or NULL when missing. */
  type: string;
}

function isPlainValueObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof Date);
}

/** MongoDB's filter semantics (the subset in collection.ts) as a SQL condition over `doc`. */
export function translateFilter(filter: Filter, arrays: ArrayPaths): SqlCondition {
  const parts: SqlCondition[] = [];
  for (const [key, value] of Object.entries(filter)) {
    if (key === '$or' || key === '$and' || key === '$nor') {
      if (!Array.isArray(value) || value.length === 0) throw new Error(`${key} takes a non-empty array`);
      const branches = value.map((branch: unknown) => {
        if (!isPlainValueObject(branch)) throw new Error(`${key} takes filters`);
        return translateFilter(branch, arrays);
      });
      const joined = join(branches, key === '$and' ? 'AND' : 'OR');
      parts.push(key === '$nor' ? { sql: `NOT (${joined.sql})`, params: joined.params } : joined);
      continue;
    }
    if (key.startsWith('$')) throw new Error(`filter operator ${key} is not supported by the embedded store`);
    parts.push(fieldCondition(key, value, arrays));
  }
  return parts.length === 0 ? { sql: '1', params: [] } : join(parts, 'AND');
}

function join(parts: SqlCondition[], operator: 'AND' | 'OR'): SqlCondition {
  return {
    sql: parts.map((part) => `(${part.sql})`).join(` ${operator} `),
    params: parts.flatMap((part) => part.params),
  };
}

function fieldCondition(path: string, value: unknown, arrays: ArrayPaths): SqlCondition {
  const segments = path.split('.');
  for (let end = 1; end < segments.length; end += 1) {
    if (arrays(segments.slice(0, end).join('.'))) {
      throw new Error(`the embedded store does not query inside arrays of objects (${path})`);
    }
  }
  const conditions =
    isPlainValueObject(value) && Object.keys(value).some((key) => key.startsWith('$'))
      ? Object.entries(value)
      : [['$eq', value] as const];
  const parts = conditions.map(([operator, operand]) => operatorCondition(path, operator, operand, arrays));
  return join(parts, 'AND');
}

function operatorCondition(path: string, operator: string, operand: unknown, arrays: ArrayPaths): SqlCondition {
  const isArray = path !== '_id' && arrays(path);
  const direct: Target = {
    value: fieldExpression(path),
    type: path === '_id' ? `'text'` : `json_type(doc, ${jsonPath(path)})`,
  };
  // On an array field a condition holds when it holds for one element (MongoDB's rule).
  const anyElement = (condition: (target: Target) => SqlCondition): SqlCondition => {
    if (!isArray) return condition(direct);
    const inner = condition({ value: 'element.value', type: 'element.type' });
    return {
      sql: `EXISTS (SELECT 1 FROM json_each(doc, ${jsonPath(path)}) AS element WHERE ${inner.sql})`,
      params: inner.params,
    };
  };
  switch (operator) {
    case '$eq':
      return equals(path, operand, anyElement);
    case '$ne': {
      const positive = equals(path, operand, anyElement);
      return { sql: `NOT coalesce((${positive.sql}), 0)`, params: positive.params };
    }
    case '$in':
    case '$nin': {
      if (!Array.isArray(operand)) throw new Error(`${operator} takes an array`);
      const options = operand.map((option: unknown) => equals(path, option, anyElement));
      const any = options.length === 0 ? { sql: '0', params: [] } : join(options, 'OR');
      return operator === '$in' ? any : { sql: `NOT coalesce((${any.sql}), 0)`, params: any.params };
    }
    case '$exists':
      return { sql: operand ? `${direct.type} IS NOT NULL` : `${direct.type} IS NULL`, params: [] };
    case '$gt':
    case '$gte':
    case '$lt':
    case '$lte':
      return anyElement((target) => range(target, operator, operand));
    default:
      throw new Error(`filter operator ${operator} is not supported by the embedded store`);
  }
}

function equals(
  path: string,
  operand: unknown,
  anyElement: (condition: (target: Target) => SqlCondition) => SqlCondition,
): SqlCondition {
  if (operand === null || operand === undefined) {
    // MongoDB: null matches a null value and a missing field alike.
    return { sql: `${fieldExpression(path)} IS NULL`, params: [] };
  }
  if (typeof operand === 'boolean') {
    return anyElement((target) => ({ sql: `${target.type} = '${operand ? 'true' : 'false'}'`, params: [] }));
  }
  if (Array.isArray(operand) || isPlainValueObject(operand)) {
    return { sql: `(doc -> ${jsonPath(path)}) = ?`, params: [encodeDocument({ v: operand }).slice(5, -1)] };
  }
  return anyElement((target) => ({ sql: `${target.value} = ?`, params: [scalar(operand)] }));
}

const COMPARATORS = { $gt: '>', $gte: '>=', $lt: '<', $lte: '<=' } as const;

/** Compares within one type, as MongoDB does: a date is never less than a number or a string. */
function range(target: Target, operator: keyof typeof COMPARATORS, operand: unknown): SqlCondition {
  const comparison = `${target.value} ${COMPARATORS[operator]} ?`;
  if (operand instanceof Date) {
    return {
      sql: `${comparison} AND ${target.value} >= ? AND ${target.value} < ?`,
      params: [encodeDate(operand), DATE_MARKER, AFTER_DATES],
    };
  }
  if (typeof operand === 'number') {
    return { sql: `${comparison} AND ${target.type} IN ('integer', 'real')`, params: [operand] };
  }
  if (typeof operand === 'string') {
    return {
      sql: `${comparison} AND ${target.type} = 'text' AND substr(${target.value}, 1, 1) <> ?`,
      params: [encodeString(operand), DATE_MARKER],
    };
  }
  throw new Error(`${operator} compares numbers, strings or dates`);
}

export function translateSort(sort: SortSpec | undefined): string {
  if (!sort) return '';
  const keys = Object.entries(sort).map(
    ([path, direction]) => `${fieldExpression(path)} ${direction === 1 ? 'ASC' : 'DESC'}`,
  );
  return keys.length === 0 ? '' : ` ORDER BY ${keys.join(', ')}`;
}

/**
 * What decides a filter's SQL (its fields, operators and the kinds of their values) as one string,
 * with the parameters `translateFilter` would give, in the same order: filters of one shape share
 * their SQL, which is then built once.
 */
export function filterShape(filter: Filter): { shape: string; params: SqlValue[] } {
  const params: SqlValue[] = [];
  return { shape: shapeOf(filter, params), params };
}

function shapeOf(filter: Filter, params: SqlValue[]): string {
  let shape = '';
  for (const key in filter) {
    const value = filter[key];
    if ((key === '$or' || key === '$and' || key === '$nor') && Array.isArray(value)) {
      shape += `${key}[${value.map((branch: unknown) => (isPlainValueObject(branch) ? shapeOf(branch, params) : '?')).join('|')}]`;
      continue;
    }
    shape += `${key}\u0000`;
    if (isPlainValueObject(value) && Object.keys(value).some((name) => name.startsWith('$'))) {
      shape += '{';
      for (const operator in value) shape += `${operator}:${operandShape(operator, value[operator], params)},`;
      shape += '}';
    } else {
      shape += equalityShape(value, params);
    }
    shape += '\u0001';
  }
  return shape;
}

function operandShape(operator: string, operand: unknown, params: SqlValue[]): string {
  switch (operator) {
    case '$eq':
    case '$ne':
      return equalityShape(operand, params);
    case '$in':
    case '$nin':
      return Array.isArray(operand)
        ? `[${operand.map((option: unknown) => equalityShape(option, params)).join('')}]`
        : '?';
    case '$exists':
      return operand ? '1' : '0';
    case '$gt':
    case '$gte':
    case '$lt':
    case '$lte':
      if (operand instanceof Date) {
        params.push(encodeDate(operand), DATE_MARKER, AFTER_DATES);
        return 'd';
      }
      if (typeof operand === 'number') {
        params.push(operand);
        return 'i';
      }
      if (typeof operand === 'string') {
        params.push(encodeString(operand), DATE_MARKER);
        return 's';
      }
      return '?';
    default:
      return '?';
  }
}

function equalityShape(operand: unknown, params: SqlValue[]): string {
  if (operand === null || operand === undefined) return 'n';
  if (typeof operand === 'boolean') return operand ? 't' : 'f';
  if (Array.isArray(operand) || isPlainValueObject(operand)) {
    params.push(encodeDocument({ v: operand }).slice(5, -1));
    return 'j';
  }
  if (operand instanceof Date) {
    params.push(encodeDate(operand));
    return 'd';
  }
  if (typeof operand === 'string') {
    params.push(encodeString(operand));
    return 's';
  }
  if (typeof operand === 'number') {
    params.push(operand);
    return 'i';
  }
  return '?';
}
