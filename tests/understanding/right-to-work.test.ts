import { describe, expect, it } from 'vitest';
import { readYesNo } from '../../src/understanding/index.js';

const atTheRightToWork = (text: string) => readYesNo(text, { allowNotSure: true });

describe('readYesNo at "are you allowed to work here?": documents and statuses', () => {
  it.each([
    'titre de séjour à durée illimitée',
    'ik heb een verblijfskaart van onbepaalde duur',
    'I have a permanent residence permit',
    'عندي بطاقة اقامة دائمة',
  ])('reads a stay with no end said of its document as yes: "%s"', (text) => {
    expect(atTheRightToWork(text)).toEqual({ ok: true, value: 'yes' });
  });

  it('reads "permanent" with no document beside it as nothing', () => {
    expect(atTheRightToWork('je cherche un contrat permanent')).not.toEqual({ ok: true, value: 'yes' });
  });

  it.each([
    'mon visa a expiré la semaine passée',
    'mijn verblijfskaart is vervallen',
    'my residence card expired last month',
    'الفيزا ديالي سالات',
  ])('reads a document that expired as no, even when it is "had": "%s"', (text) => {
    expect(atTheRightToWork(text)).toEqual({ ok: true, value: 'no' });
  });

  it('reads a document that expires later as no no', () => {
    expect(atTheRightToWork('my visa expires next month')).not.toEqual({ ok: true, value: 'no' });
  });

  it('reads the right of asylum held as yes, and asked for as not sure', () => {
    expect(atTheRightToWork('عندي حق اللجوء هنا')).toEqual({ ok: true, value: 'yes' });
    expect(atTheRightToWork('درت طلب حق اللجوء')).toEqual({ ok: true, value: 'notSure' });
    expect(atTheRightToWork('I applied for asylum last year')).toEqual({ ok: true, value: 'notSure' });
    expect(atTheRightToWork('ik heb asiel aangevraagd')).toEqual({ ok: true, value: 'notSure' });
  });
});

describe('readYesNo at "are you allowed to work here?": decisions still to come', () => {
  it.each([
    'mon dossier est toujours pas validé',
    'mijn aanvraag is nog niet toegekend',
    'my permit is not approved yet',
    'still not granted',
    'الملف مازال ما تقبلش',
  ])('reads a decision negated with "still" or "yet" as not sure: "%s"', (text) => {
    expect(atTheRightToWork(text)).toEqual({ ok: true, value: 'notSure' });
  });

  it('reads a decision negated without "still" as no', () => {
    expect(atTheRightToWork('my permit was not approved')).toEqual({ ok: true, value: 'no' });
  });

  it('reads "waiting for" a decision as not sure', () => {
    expect(atTheRightToWork('waiting for the office to decide')).toEqual({ ok: true, value: 'notSure' });
  });
});

describe('readYesNo at "are you allowed to work here?": a stay refused', () => {
  it.each([
    'on m’a refusé le titre de séjour',
    'mijn asielaanvraag is afgewezen',
    'they rejected my asylum claim',
    'I received an order to leave the territory',
    'طلب اللجوء ديالي ترفض',
  ])('reads a stay refused or an order to leave as no: "%s"', (text) => {
    expect(atTheRightToWork(text)).toEqual({ ok: true, value: 'no' });
  });

  it.each([
    'refusée, mais mon avocat a fait un recours',
    'afgewezen, ik ga in beroep bij de rechtbank',
    'rejected, waiting for the appeal',
  ])('reads a refusal with an appeal lodged after it as not sure: "%s"', (text) => {
    expect(atTheRightToWork(text)).toEqual({ ok: true, value: 'notSure' });
  });
});

describe('readYesNo at "are you allowed to work here?": limited rights and other people', () => {
  it.each([
    'visa étudiant',
    'studentenvisum, 20 uur per week',
    'I am on a student visa',
    'فيزا ديال القراية، 20 ساعة فالسيمانة',
    'je suis étudiant, je peux travailler 20h',
  ])('asks again when a student permit limits the work: "%s"', (text) => {
    expect(atTheRightToWork(text)).toEqual({ ok: false, reason: 'maybe' });
  });

  it.each([
    'ma mère est française',
    'mijn man heeft de Belgische nationaliteit',
    'my father is a Belgian citizen',
    'مرتي عندها الجنسية البلجيكية',
  ])('does not take someone else\'s nationality as the person\'s: "%s"', (text) => {
    expect(atTheRightToWork(text)).not.toEqual({ ok: true, value: 'yes' });
  });

  it.each(['jsuis belge', 'chuis française', 'Belgian and Moroccan dual national', 'ressortissant belge'])(
    'reads the person\'s own nationality as yes: "%s"',
    (text) => {
      expect(atTheRightToWork(text)).toEqual({ ok: true, value: 'yes' });
    },
  );
});
