/** A young job seeker's whole intake in Brussels, up to a booked seat, then a message of her own: what a privacy check searches for. */
export const NUMBER = '32470555123';
export const FIRST_NAME = 'Zoulikha';
export const FREE_TEXT = 'je cherche du travail dans la soudure navale à Anvers';
export const INTAKE = [
  'Bonjour',
  '1',
  'oui',
  '1',
  'Bruxelles',
  '24',
  '2',
  'oui',
  'oui',
  'oui',
  FIRST_NAME,
  '10',
  '1',
  'français, arabe',
  '1',
  '1',
  FREE_TEXT,
];
