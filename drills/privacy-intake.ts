import { INTAKE_SCRIPT, SCRIPT_FIRST_NAME } from '../bench/intake-script.js';

/** What a privacy check searches for after her intake: her number, her first name, her own words. */
export const NUMBER = '32470555123';
export const FIRST_NAME = 'Zoulikha';
export const FREE_TEXT = 'je cherche du travail dans la soudure navale à Anvers';

/** The benchmark's intake (up to a booked seat) with her first name, then a message of her own. */
export const INTAKE = [...INTAKE_SCRIPT.map((line) => (line === SCRIPT_FIRST_NAME ? FIRST_NAME : line)), FREE_TEXT];
