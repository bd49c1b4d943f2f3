import { beforeAll, describe, expect, it } from 'vitest';
import { defaultGazetteer } from '../../src/programme/gazetteer.js';
import type { Programme } from '../../src/programme/index.js';
import {
  readAge,
  readChoice,
  readDate,
  readFirstName,
  readFreeText,
  readLanguage,
  readPlace,
  readRating,
  readRole,
  readSpokenLanguages,
  readYesNo,
} from '../../src/understanding/index.js';
import { defaultProgramme } from '../programme/fixtures.js';

const today = new Date('2026-11-30T12:00:00Z');
const sectors = [
  { id: 'sales', names: ['Vente, commerce'] },
  { id: 'care', names: ['Soins, santé'] },
];

describe('why an answer is asked again', () => {
  let programme: Programme;
  beforeAll(async () => {
    programme = await defaultProgramme();
  });
  const place = (text: string) => readPlace(text, { programme, gazetteer: defaultGazetteer() });

  it('says maybe when the person does not know, at every question', () => {
    const maybe = { ok: false, reason: 'maybe' };
    expect(readYesNo('je sais pas trop')).toEqual(maybe);
    expect(readChoice('aucune idée', sectors)).toEqual(maybe);
    expect(readRole('geen idee')).toEqual(maybe);
    expect(readLanguage('idk')).toEqual(maybe);
    expect(readAge('ma3raftch', today)).toEqual(maybe);
    expect(readDate('je ne sais pas')).toEqual(maybe);
    expect(place('weet ik niet')).toEqual(maybe);
    expect(readRating('no idea')).toEqual(maybe);
    expect(readSpokenLanguages('ما عرفتش')).toEqual(maybe);
    expect(readFirstName('je sais pas')).toEqual(maybe);
  });

  it('says range when an age, a rating or a place is approximate', () => {
    const range = { ok: false, reason: 'range' };
    expect(readAge('30+', today)).toEqual(range);
    expect(readAge('boven de 50', today)).toEqual(range);
    expect(readAge('like 20 something', today)).toEqual(range);
    expect(readAge('een jaar of 25', today)).toEqual(range);
    expect(readRating('entre 3 et 4')).toEqual(range);
    expect(place('pas loin de Bruxelles')).toEqual(range);
    expect(place('قريب من باريس')).toEqual(range);
  });

  it('says severalValues when two answers are given, or "both"', () => {
    const several = { ok: false, reason: 'severalValues' };
    expect(readChoice('vente ou soins', sectors)).toEqual(several);
    expect(readChoice('vente ou autre chose', sectors)).toEqual(several);
    expect(readRole('les deux')).toEqual(several);
    expect(readRole('الجوج')).toEqual(several);
    expect(readAge('25 ou 26', today)).toEqual(several);
    expect(place('Bruxelles ou Liège')).toEqual(several);
    expect(readRating('3 of 4')).toEqual(several);
  });

  it('says contradiction when a yes and a no come together', () => {
    expect(readYesNo('oui et non')).toEqual({ ok: false, reason: 'contradiction' });
  });

  it('says outOfRange when a value is not one the question allows', () => {
    const out = { ok: false, reason: 'outOfRange' };
    expect(readChoice('7', sectors)).toEqual(out);
    expect(readRating('10/10')).toEqual(out);
    expect(readDate('31/02/2001')).toEqual(out);
  });

  it('says empty when only emoji without a meaning are sent', () => {
    expect(readFreeText('🙂')).toEqual({ ok: false, reason: 'empty' });
    expect(readAge('🎂', today)).toEqual({ ok: false, reason: 'empty' });
  });
});
