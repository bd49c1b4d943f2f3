import type { StaffDoc } from '../store/repositories/staff.js';

/**
 * City scope fails closed: a record with no city (someone who has not said where they live yet)
 * is seen only by staff granted every city.
 */
export function canSeeCity(staff: StaffDoc, city: string | null): boolean {
  if (staff.cities === 'all') return true;
  return city !== null && staff.cities.includes(city);
}

/** The programme's cities this staff member may see, in the programme's order. */
export function visibleCities(staff: StaffDoc, cityIds: readonly string[]): string[] {
  return cityIds.filter((city) => canSeeCity(staff, city));
}

/** Referents work with people, not their phone numbers: all but the last two characters are hidden. */
export function shownAddress(staff: StaffDoc, address: string): string {
  if (staff.role !== 'referent') return address;
  return `${'•'.repeat(Math.max(0, address.length - 2))}${address.slice(-2)}`;
}
