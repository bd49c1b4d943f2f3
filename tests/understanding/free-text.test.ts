import { describe, expect, it } from 'vitest';
import { readFreeText } from '../../src/understanding/index.js';

describe('readFreeText, an answer that says nothing', () => {
  it.each([
    'rien',
    'R.A.S',
    'ras merci',
    'NTR',
    'Rien de spécial, merci !',
    'rien à signaler pour le moment',
    'niks',
    'niets te melden',
    'nee niks eigenlijk',
    'nothing',
    'nothing to add, thanks',
    'none for now',
    'nada',
    'N/A',
    'والو',
    'لا شيء',
    'ما كاين والو',
    'walou',
    'makayn walou',
    'لا والو',
    'ma kayn walo',
  ])('asks again when "%s" only says nothing', (text) => {
    expect(readFreeText(text)).toEqual({ ok: false, reason: 'notUnderstood' });
  });

  it.each([
    "je ne connais rien à l'informatique mais je veux apprendre",
    'niks voor mij, wel voor mijn broer',
    'nothing but good things',
    'والو خدمة من عامين',
    'aucun diplôme',
  ])('keeps "%s", which says more than nothing', (text) => {
    expect(readFreeText(text)).toEqual({ ok: true, value: text });
  });
});

describe('readFreeText when all is well', () => {
  it.each(['all good 👍', 'ras 👍', 'nee hoor', 'Alles goed', 'كلشي مزيان', 'no thanks'])(
    'keeps nothing of "%s"',
    (text) => {
      expect(readFreeText(text).ok).toBe(false);
    },
  );

  it('keeps a no followed by something to say', () => {
    expect(readFreeText('non, mais il arrive toujours en retard')).toEqual({
      ok: true,
      value: 'non, mais il arrive toujours en retard',
    });
  });
});
