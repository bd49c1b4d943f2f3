import { beforeAll, describe, expect, it } from 'vitest';
import type { Programme } from '../../src/programme/index.js';
import { defaultProgramme } from '../programme/fixtures.js';
import { evaluate, loadCorpus, recordedFigures, type Evaluation } from './evaluate.js';

describe('the reader on the corpus of answers', () => {
  let programme: Programme;
  let evaluation: Evaluation;
  const corpus = loadCorpus();

  beforeAll(async () => {
    programme = await defaultProgramme();
    evaluation = evaluate(corpus, programme);
  });

  it('holds at least 600 answers, at least 150 in each language', () => {
    expect(corpus.length).toBeGreaterThanOrEqual(600);
    for (const language of ['fr', 'nl', 'en', 'ar']) {
      expect(corpus.filter((answer) => answer.language === language).length).toBeGreaterThanOrEqual(150);
    }
  });

  it('never takes a wrong value from a clear answer', () => {
    const wrong = evaluation.mistakes.filter(({ answer, got }) => answer.expected !== null && got !== null);
    expect(
      wrong.map(({ answer, got }) => `${answer.kind} ${answer.language} "${answer.text}" → ${String(got)}`),
    ).toEqual([]);
  });

  it('reads at least the recorded share of clear answers right', () => {
    const { total } = evaluation;
    expect(total.right / total.clear).toBeGreaterThanOrEqual(recordedFigures().minimumReadRight);
  });

  it('asks again on at least the recorded share of ambiguous answers', () => {
    const { total } = evaluation;
    expect(total.ambiguousAskedAgain / total.ambiguous).toBeGreaterThanOrEqual(
      recordedFigures().minimumAmbiguousAskedAgain,
    );
  });
});
