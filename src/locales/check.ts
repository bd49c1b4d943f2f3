import type { LocaleResource } from './index.js';

/**
 * Compares every locale with every other: each text must exist in all languages with the same
 * `{{variables}}`. Returns one line per problem; an empty list means complete.
 */
export function findLocaleProblems(resources: Record<string, LocaleResource>): string[] {
  const leavesByLanguage = new Map(
    Object.entries(resources).map(([lng, resource]) => [lng, withPluralsMerged(lng, flatten(resource))]),
  );
  const allKeys = new Set([...leavesByLanguage.values()].flatMap((leaves) => [...leaves.keys()]));
  const problems: string[] = [];
  for (const key of [...allKeys].sort()) {
    const variablesSeen = new Map<string, string>();
    for (const [lng, leaves] of leavesByLanguage) {
      const text = leaves.get(key);
      if (text === undefined) {
        problems.push(`${lng}: missing "${key}"`);
        continue;
      }
      if (typeof text === 'string' && text.trim() === '') problems.push(`${lng}: empty "${key}"`);
      variablesSeen.set(lng, variablesOf(text));
    }
    const distinct = new Set(variablesSeen.values());
    if (distinct.size > 1) {
      const detail = [...variablesSeen].map(([lng, vars]) => `${lng} {${vars}}`).join(', ');
      problems.push(`"${key}": variables differ: ${detail}`);
    }
  }
  return problems;
}

const PLURAL_SUFFIX = /_(zero|one|two|few|many|other)$/;

/**
 * i18next plural forms (`key_one`, `key_other`, Arabic's six forms) count as one text: present when
 * every form the language's plural rules use is there, with the variables of all its forms together.
 */
function withPluralsMerged(language: string, leaves: Map<string, string | number>): Map<string, string | number> {
  const merged = new Map<string, string | number>();
  const forms = new Map<string, Map<string, string | number>>();
  for (const [key, text] of leaves) {
    const match = PLURAL_SUFFIX.exec(key);
    if (!match?.[1]) {
      merged.set(key, text);
      continue;
    }
    const base = key.slice(0, match.index);
    const byForm = forms.get(base) ?? new Map<string, string | number>();
    byForm.set(match[1], text);
    forms.set(base, byForm);
  }
  const needed = new Intl.PluralRules(language).resolvedOptions().pluralCategories;
  for (const [base, byForm] of forms) {
    const missing = needed.filter((form) => !byForm.has(form));
    // A missing form leaves the text missing, so the comparison reports it.
    if (missing.length > 0) continue;
    merged.set(base, [...byForm.values()].map(String).join(' '));
  }
  return merged;
}

function flatten(
  value: unknown,
  prefix = '',
  leaves = new Map<string, string | number>(),
): Map<string, string | number> {
  if (typeof value === 'string' || typeof value === 'number') {
    leaves.set(prefix, value);
  } else if (typeof value === 'object' && value !== null) {
    for (const [key, child] of Object.entries(value)) flatten(child, prefix ? `${prefix}.${key}` : key, leaves);
  }
  return leaves;
}

function variablesOf(text: string | number): string {
  if (typeof text === 'number') return '';
  const names = [...text.matchAll(/\{\{\s*([\w.]+)[^}]*\}\}/g)].map((match) => match[1] ?? '');
  return [...new Set(names)].sort().join(',');
}
