// Prints vitest's totals as one plain line ("N passed, N failed") for tools that read the last line.
import { readFileSync } from 'node:fs';

const report = JSON.parse(readFileSync(new URL('../.vitest-report.json', import.meta.url), 'utf8'));
const skipped = report.numPendingTests + report.numTodoTests;
process.stdout.write(
  `tests: ${report.numPassedTests} passed, ${report.numFailedTests} failed${skipped ? `, ${skipped} skipped` : ''}\n`,
);
process.exitCode = report.numFailedTests === 0 && report.numTotalTests > 0 ? 0 : 1;
