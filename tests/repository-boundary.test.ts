import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
/** Where the project's code, tests, scripts and settings live; generated files stay out. */
const CHECKED_PLACES = [
  'src',
  'tests',
  'bench',
  'scripts',
  'drills',
  '.ci',
  '.github',
  'package.json',
  'tsconfig.json',
  'vitest.config.ts',
  'eslint.config.js',
  '.puppeteerrc.cjs',
];
const SKIPPED_FOLDERS = new Set(['node_modules', 'fixtures', 'test-artifacts']);
const CHECKED_FILE = /\.(ts|mts|cts|js|mjs|cjs|json|sh|ya?ml)$|^run$/;
/** Folders of a developer's machine: a clone elsewhere has none of them. */
const MACHINE_FOLDER = /^\/(work|home|root|Users)\//;
const QUOTED = /(['"`])((?:\.\.?\/|\/)[^'"`\s]*)\1/g;

function listFiles(path: string): string[] {
  if (!existsSync(path)) return [];
  if (!statSync(path).isDirectory()) return [path];
  return readdirSync(path, { withFileTypes: true }).flatMap((entry) => {
    const child = join(path, entry.name);
    if (entry.isDirectory()) return SKIPPED_FOLDERS.has(entry.name) ? [] : listFiles(child);
    return CHECKED_FILE.test(entry.name) ? [child] : [];
  });
}

/** Every quoted path in a file that leads outside the repository, as `file:line: path`. */
export function findOutsidePaths(file: string, text: string): string[] {
  const found: string[] = [];
  text.split('\n').forEach((line, index) => {
    for (const match of line.matchAll(QUOTED)) {
      const path = match[2] ?? '';
      const outside = path.startsWith('/')
        ? MACHINE_FOLDER.test(path)
        : relative(ROOT, resolve(dirname(file), path)).startsWith('..');
      if (outside) found.push(`${relative(ROOT, file)}:${index + 1}: ${path}`);
    }
  });
  return found;
}

describe('the repository boundary', () => {
  it('finds no file that reads a path outside the repository', () => {
    const outside = CHECKED_PLACES.flatMap((place) => listFiles(join(ROOT, place))).flatMap((file) =>
      findOutsidePaths(file, readFileSync(file, 'utf8')),
    );
    expect(outside).toEqual([]);
  });

  it('notices a path that climbs out of the repository or into a machine folder', () => {
    const file = join(ROOT, 'tests', 'example.test.ts');
    // Built from parts so that this file does not itself hold such a path.
    const up = '..';
    const machineFolder = 'work';
    const text = [
      `const samples = new URL('${up}/${up}/shared/whatsapp-cloud-samples/', import.meta.url);`,
      `readFileSync('/${machineFolder}/shared/domain.md');`,
      "import { x } from '../src/app.js';",
      "const chromium = '/usr/bin/chromium';",
    ].join('\n');
    expect(findOutsidePaths(file, text)).toEqual([
      `tests/example.test.ts:1: ${up}/${up}/shared/whatsapp-cloud-samples/`,
      `tests/example.test.ts:2: /${machineFolder}/shared/domain.md`,
    ]);
  });
});
