import { describe, expect, it } from 'vitest';
import { readYesNo } from '../../src/understanding/index.js';

const atLookingForWork = (text: string) => readYesNo(text, { question: 'lookingForWork' });

describe('readYesNo at "are you looking for a job?"', () => {
  it.each([
    'ik zoek al 8 maanden werk',
    'am looking for job since 2 years',
    'i need job very much, any job',
    'je bosse en intérim mais je cherche un CDI',
    'ik heb al werk maar zoek iets beters',
    'au chômage depuis mars',
    'ik ben werkzoekende',
    "j'ai toujours pas trouvé de travail",
    'بغيت نخدم',
    'kan9leb 3la khedma mn 3am',
    'أبحث عن عمل منذ وصولي',
    'قاعد أدور في شغل أي حاجة مطعم ولا مخزن ولا نظافة',
    "non, je n'ai pas de travail et j'en cherche un",
    'nee, nog altijd geen werk, dus ik zoek',
  ])('reads a search for work said without a yes as yes: "%s"', (text) => {
    expect(atLookingForWork(text)).toEqual({ ok: true, value: 'yes' });
  });

  it.each([
    'je bosse déjà',
    'I am already working in Amazon warehouse since october',
    "oui... enfin non en fait j'ai signé un CDI la semaine dernière",
    'heb sinds maandag een vast contract',
    'ik zoek geen werk, ik zit nog op school',
    'أنا لا أبحث عن عمل حاليا',
    'لا، عندي خدمة دابا',
  ])('reads a job held, or no search, as no: "%s"', (text) => {
    expect(atLookingForWork(text)).toEqual({ ok: true, value: 'no' });
  });

  it.each([
    // a no to the question beside a search for something better
    'nee ik heb al werk maar zoek iets beters',
    // an internship rather than a job
    "je cherche un stage plutôt qu'un emploi",
    // a yes beside a job just found
    "oui j'ai trouvé un CDI",
    "I'm not not looking",
    // a job interview is no job
    'I have a job interview tomorrow',
  ])('asks again when the statement and the words disagree or settle nothing: "%s"', (text) => {
    expect(atLookingForWork(text).ok).toBe(false);
  });

  it('reads the same statements as nothing at another question', () => {
    expect(readYesNo('ik zoek al 8 maanden werk')).toEqual({ ok: false, reason: 'notUnderstood' });
    expect(readYesNo('je bosse déjà').ok).toBe(false);
  });
});

describe('readYesNo: a no now and a maybe later', () => {
  it.each([
    'Helaas niet, wij zijn vaak op reis met de caravan. Misschien volgend jaar.',
    'non, peut-être plus tard',
    'no, maybe next year',
  ])('reads "%s" as no', (text) => {
    expect(readYesNo(text)).toEqual({ ok: true, value: 'no' });
  });

  it('still asks again on a maybe alone', () => {
    expect(readYesNo('misschien volgend jaar').ok).toBe(false);
  });
});

describe('readYesNo at "can you meet once a week for six months?"', () => {
  const atWeeklyMeetings = (text: string) => readYesNo(text, { question: 'weeklyMeetings' });

  it.each([
    'je peux le mercredi aprem ou le samedi matin toutes les semaines',
    'une fois par semaine ça va jsuis libre',
    '1 keer per week lukt wel',
    'zes maand is lang maar ik doe het',
    'إن شاء الله نقدر، أنا فاضي',
  ])('reads being able, free or suited as yes: "%s"', (text) => {
    expect(atWeeklyMeetings(text)).toEqual({ ok: true, value: 'yes' });
  });

  it.each([
    'Elke week is wat veel voor mij, om de twee weken zou beter zijn.',
    'je suis pas dispo en semaine',
    'للأسف لا أستطيع الالتزام كل أسبوع',
  ])('reads less often, too much or unable as no: "%s"', (text) => {
    expect(atWeeklyMeetings(text)).toEqual({ ok: true, value: 'no' });
  });

  it.each([
    'je peux mais pas toutes les semaines',
    "Je peux m'engager, sauf trois semaines en janvier où je serai chez ma fille au Canada.",
    'kan ik eerst met mijn vrouw overleggen?',
    'Kan zijn, hangt af van de dag',
    'ja hoor, niet te lang',
  ])('leaves a held-back yes, a question or a maybe to the yes/no words: "%s"', (text) => {
    expect(atWeeklyMeetings(text)).toEqual(readYesNo(text));
  });

  it('reads being able as nothing at another question', () => {
    expect(readYesNo('je peux le mercredi').ok).toBe(false);
  });
});
