import { describe, expect, it } from 'vitest';
import { readAge, readChoice, readRating, readRole, readYesNo } from '../../src/understanding/index.js';

const sectors = [
  { id: 'office', names: ['Bureau, administration', 'Kantoor, administratie', 'Office, administration'] },
  { id: 'sales', names: ['Vente, commerce', 'Verkoop, handel', 'Sales, retail'] },
  { id: 'care', names: ['Soins, aide aux personnes', 'Zorg', 'Care'] },
];
const TODAY = new Date('2026-11-30T12:00:00Z');

describe('readChoice, an option named by its rank', () => {
  it.each([
    ['le deuxième', 'sales'],
    ['the first one', 'office'],
    ['de derde', 'care'],
    ['الثاني', 'sales'],
    ['la troisième option', 'care'],
  ])('reads "%s" as the option at that place in the list', (answer, option) => {
    expect(readChoice(answer, sectors)).toEqual({ ok: true, value: option });
  });

  it('says a rank past the end of the list is out of range', () => {
    expect(readChoice('the fifth one', sectors)).toEqual({ ok: false, reason: 'outOfRange' });
  });

  it('does not take a rank inside a longer answer or "one second" as a choice', () => {
    expect(readChoice('one second', sectors).ok).toBe(false);
    expect(readChoice('mon premier emploi était dans un bureau', sectors)).toEqual({ ok: true, value: 'office' });
  });

  it('reads the role by its rank, as the menu shows it', () => {
    expect(readRole('le deuxième')).toEqual({ ok: true, value: 'mentor' });
    expect(readRole('first one')).toEqual({ ok: true, value: 'mentee' });
  });
});

describe('numbers in Arabizi', () => {
  it('reads tens and units joined by "w"', () => {
    expect(readAge('tnin w 3ichrin', TODAY)).toEqual({ ok: true, value: 22 });
  });

  it('reads a rating of one written "wa7d"', () => {
    expect(readRating('wa7d')).toEqual({ ok: true, value: 1 });
  });
});

describe('readAge, an age not reached yet', () => {
  it.each(['nog geen dertig', 'not even 18', 'ما زال ما وصلتش 18', 'mazal ma wselt 18'])(
    'asks again on "%s" rather than take the age named',
    (answer) => {
      expect(readAge(answer, TODAY)).toEqual({ ok: false, reason: 'range' });
    },
  );
});

describe('readYesNo, "why not"', () => {
  it('reads it as a yes beside a yes', () => {
    expect(readYesNo('sure why not')).toEqual({ ok: true, value: 'yes' });
    expect(readYesNo('oui pourquoi pas')).toEqual({ ok: true, value: 'yes' });
  });

  it.each(['why not', "can't see why not", 'waarom niet', 'pk pas', 'علاش لا'])(
    'reads "%s" alone as the mild yes people mean, not as a no',
    (answer) => {
      expect(readYesNo(answer)).toEqual({ ok: true, value: 'yes' });
    },
  );

  it('reads "no harm" in Darija as a yes', () => {
    expect(readYesNo('ما كاين باس')).toEqual({ ok: true, value: 'yes' });
  });
});
