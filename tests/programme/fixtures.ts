import { loadProgramme, type Programme } from '../../src/programme/index.js';

/** The programme duo-bot ships with, read afresh for one test. */
export async function defaultProgramme(): Promise<Programme> {
  const result = await loadProgramme();
  if (!result.ok) throw new Error(result.error);
  return result.programme;
}

/** A small valid programme file's content: Brussels and Paris only, to change field by field. */
export function smallProgrammeFile() {
  return {
    countries: {
      BE: {
        referrals: [
          { name: 'Actiris', url: 'https://www.actiris.brussels', region: 'brussels' },
          { name: 'VDAB', url: 'https://www.vdab.be', region: 'flanders' },
          { name: 'Le Forem', url: 'https://www.leforem.be', region: 'wallonia' },
        ],
      },
      FR: { referrals: [{ name: 'France Travail', url: 'https://www.francetravail.fr' }] },
      NL: { referrals: [{ name: 'UWV', url: 'https://www.werk.nl' }] },
    },
    mentee: { minAge: 18, maxAge: 30 },
    mentor: { minAge: 50 },
    eligibility: { originOutsideEU: true, lookingForWork: true, allowedToWork: true, weeklyAvailability: true },
    cities: [
      {
        id: 'brussels',
        country: 'BE',
        region: 'brussels',
        names: ['Bruxelles', 'Brussel'],
        postcodes: [{ from: 1000, to: 1299 }],
        timeZone: 'Europe/Brussels',
        sessionLanguages: ['fr', 'nl'],
        referrals: [{ name: 'Actiris', url: 'https://www.actiris.brussels' }],
      },
      {
        id: 'paris',
        country: 'FR',
        names: ['Paris'],
        postcodes: [{ from: 75000, to: 75999 }],
        timeZone: 'Europe/Paris',
        sessionLanguages: ['fr'],
      },
    ],
  };
}
