/** Words people write after a number of years, in French, Dutch, English and Arabic. */
export const YEAR_WORDS = [
  'ans',
  'an',
  'jaar',
  'jaren',
  'years',
  'year',
  'yrs',
  'yr',
  'سنة',
  'سنوات',
  'سنين',
  'عام',
  'عاماً',
  'أعوام',
];

/** Words people write after a number of hours. */
export const HOUR_WORDS = ['heures', 'heure', 'h', 'uur', 'u', 'hours', 'hour', 'hrs', 'hr', 'ساعة', 'ساعات'];
