import { describe, expect, it } from 'vitest';
import { readRole } from '../../src/understanding/index.js';

describe('readRole', () => {
  it.each([
    'wat is dit precies?',
    "what's this about?",
    'شنو هاد البرنامج؟',
    'chno hada?',
    'c quoi duo for a job exactement ?',
  ])('reads a question about the programme as a question when the answer is "%s"', (text) => {
    expect(readRole(text)).toEqual({ ok: true, value: 'question' });
  });

  it.each(["c'est quoi un mentor ?", 'comment devenir mentor ?'])(
    'asks again when a role is named only inside a question: "%s"',
    (text) => {
      expect(readRole(text).ok).toBe(false);
    },
  );

  it('takes no job sought from the programme\'s name when the answer is "j\'ai vu duo for a job sur insta"', () => {
    expect(readRole("j'ai vu duo for a job sur insta").ok).toBe(false);
  });

  it('asks again when the answer speaks for a member of the family: "c pour mon fils il trouve rien"', () => {
    expect(readRole('c pour mon fils il a 22 ans il trouve rien')).toEqual({ ok: false, reason: 'notUnderstood' });
  });

  it.each(['ما بغيتش نكون مرشد، بغيت خدمة', "I don't want to be a mentor, I want a job"])(
    'reads a refused mentor role and a job sought as a mentee when the answer is "%s"',
    (text) => {
      expect(readRole(text)).toEqual({ ok: true, value: 'mentee' });
    },
  );

  it('reads a Flemish godmother-mentor when the answer is "ik wil graag meter worden"', () => {
    expect(readRole('ik wil graag meter worden')).toEqual({ ok: true, value: 'mentor' });
  });
});
