/**
 * A purge time kept as whole hours since the epoch, rounded up (`p` on handled inbox ids and sent
 * outbox entries): six digits where a date takes thirty characters. The store's hourly sweep
 * deletes what is due.
 */
const HOUR_MS = 60 * 60 * 1000;

export function purgeHourOf(purgeAt: Date): number {
  return Math.ceil(purgeAt.getTime() / HOUR_MS);
}

export function dateOfPurgeHour(hour: number): Date {
  return new Date(hour * HOUR_MS);
}

/** The filter of the documents whose purge hour has come by `now`. */
export function purgeHourDue(now: Date): { p: { $lte: number } } {
  return { p: { $lte: Math.floor(now.getTime() / HOUR_MS) } };
}
