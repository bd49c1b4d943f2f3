import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { z } from 'zod';
import { programmeSchema, type Programme } from './schema.js';

/** The programme duo-bot ships with, beside this file. */
export const DEFAULT_PROGRAMME_PATH = fileURLToPath(new URL('./default-programme.json', import.meta.url));

export type ProgrammeResult = { ok: true; programme: Programme } | { ok: false; error: string };

/** Reads and checks a programme file; a missing file, bad JSON or a bad field is an error value naming it. */
export async function loadProgramme(path: string = DEFAULT_PROGRAMME_PATH): Promise<ProgrammeResult> {
  let content: string;
  try {
    content = await readFile(path, 'utf8');
  } catch (error) {
    const reason = error instanceof Error && 'code' in error ? String(error.code) : 'unreadable';
    return { ok: false, error: `cannot read the programme file ${path} (${reason})` };
  }
  let value: unknown;
  try {
    value = JSON.parse(content);
  } catch (error) {
    const reason = error instanceof Error ? error.message : 'invalid JSON';
    return { ok: false, error: `the programme file ${path} is not valid JSON: ${reason}` };
  }
  const result = parseProgramme(value);
  return result.ok ? result : { ok: false, error: `the programme file ${path} has errors:\n${result.error}` };
}

/** Checks programme data already read; one line per problem, each naming its field. */
export function parseProgramme(value: unknown): ProgrammeResult {
  const parsed = programmeSchema.safeParse(value);
  if (parsed.success) return { ok: true, programme: parsed.data };
  return { ok: false, error: parsed.error.issues.map((issue) => describeIssue(issue, value)).join('\n') };
}

function describeIssue(issue: z.core.$ZodIssue, input: unknown): string {
  const field = issue.path.reduce<string>(
    (text, key) => (typeof key === 'number' ? `${text}[${key}]` : text === '' ? String(key) : `${text}.${String(key)}`),
    '',
  );
  const cityId = issue.path[0] === 'cities' ? idOfCity(input, issue.path[1]) : undefined;
  const where = field === '' ? 'the programme' : field;
  return `${where}${cityId === undefined ? '' : ` (city "${cityId}")`}: ${issue.message}`;
}

/** Staff know cities by id, not by their position in the list. */
function idOfCity(input: unknown, index: PropertyKey | undefined): string | undefined {
  if (typeof index !== 'number' || !isRecord(input) || !Array.isArray(input.cities)) return undefined;
  const city: unknown = input.cities[index];
  return isRecord(city) && typeof city.id === 'string' ? city.id : undefined;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
