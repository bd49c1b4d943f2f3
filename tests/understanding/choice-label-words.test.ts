import { describe, expect, it } from 'vitest';
import { readChoice } from '../../src/understanding/index.js';
import { choiceOptions } from './evaluate.js';

const education = choiceOptions('education');

describe('the small words of a label name no option', () => {
  it.each([
    ['BSc in biology from Antwerp University', 'bachelor'],
    ['my high school diploma from here', 'upperSecondary'],
  ])('"from", "here" of "Diploma from abroad, not recognised here": "%s"', (text, expected) => {
    expect(readChoice(text, education, { language: 'en' })).toEqual({ ok: true, value: expected });
  });

  it('"or higher" of "Master or higher" says no master', () => {
    expect(readChoice('higher', education, { language: 'en' })).toMatchObject({ ok: false });
    expect(readChoice('hoger', education, { language: 'nl' })).toMatchObject({ ok: false });
  });
});
