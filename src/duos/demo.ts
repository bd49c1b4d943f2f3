import { CONSOLE_CHANNEL } from '../bot/channels/console/index.js';
import type { DuoService } from './service.js';

/**
 * `npm start -- --as-duo-member`: the person typing in the terminal becomes the mentee of a demo
 * duo that started a week ago, and their check-in for this week is due at once.
 */
export async function startDemoCheckin(input: {
  duos: DuoService;
  user: string;
  language: string;
  city: string;
  timeZone: string;
  now: Date;
  /** The demo mentor shares the terminal: they are opted out so their check-ins do not print there. */
  optOut: (personId: string) => Promise<void>;
}): Promise<{ ok: true } | { ok: false; reason: string }> {
  const weekAgo = new Date(input.now.getTime() - 7 * 24 * 60 * 60 * 1000);
  // The local date in the city, YYYY-MM-DD (the Canadian English format is ISO).
  const startDate = new Intl.DateTimeFormat('en-CA', { timeZone: input.timeZone }).format(weekAgo);
  const created = await input.duos.createDuo({
    mentee: { channel: CONSOLE_CHANNEL, address: input.user, language: input.language },
    mentor: { channel: CONSOLE_CHANNEL, address: `${input.user}-demo-mentor`, language: input.language },
    city: input.city,
    referentId: 'demo-referent',
    startDate,
  });
  if (!created.ok) return created;
  if (created.duo.mentor.personId !== null) await input.optOut(created.duo.mentor.personId);
  const due = await input.duos.sendCheckinNow({ duoId: created.duo._id, role: 'mentee' });
  return due.ok ? { ok: true } : { ok: false, reason: `the demo duo is ${due.reason}` };
}
