import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Programme } from '../../src/programme/index.js';
import { defaultProgramme } from '../programme/fixtures.js';
import { evaluate, loadCorpus, recordedFigures } from './evaluate.js';

/**
 * The sets written blind by outsiders and measured once before any change: kept outside the corpus,
 * they must not fall below what was measured on them since.
 */
describe.each(Object.entries(recordedFigures().seenSets))('the reader on the seen set %s', (name, recorded) => {
  let programme: Programme;
  const answers = loadCorpus(fileURLToPath(new URL(name, import.meta.url)));

  beforeAll(async () => {
    programme = await defaultProgramme();
  });

  it('reads at least the recorded share of clear answers right, with no more wrong values than recorded', () => {
    const { total, mistakes } = evaluate(answers, programme);
    const wrong = mistakes
      .filter(({ answer, got }) => answer.expected !== null && got !== null)
      .map(({ answer, got }) => `${answer.kind} ${answer.language} "${answer.text}" → ${String(got)}`);
    expect(wrong.length, wrong.join('\n')).toBeLessThanOrEqual(recorded.maximumWrongValues);
    expect(total.right / total.clear).toBeGreaterThanOrEqual(recorded.minimumReadRight);
  });

  it('asks again on at least the recorded share of ambiguous answers', () => {
    const { total } = evaluate(answers, programme);
    expect(total.ambiguousAskedAgain / total.ambiguous).toBeGreaterThanOrEqual(recorded.minimumAmbiguousAskedAgain);
  });
});
