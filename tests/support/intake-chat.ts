import type { InfoSessionDoc } from '../../src/store/repositories/sessions.js';
import { createHarness, type Harness } from './harness.js';

/** Monday 3 March 2031, 10:00 in Brussels. */
export const NOW = new Date('2031-03-03T09:00:00Z');

/** A young job seeker in Brussels, in French, from the first message to the list of sessions. */
export const TO_SESSION_CHOICE = [
  'Bonjour',
  '1',
  'oui',
  '1',
  'Bruxelles',
  '25',
  '1',
  'oui',
  'oui',
  'oui',
  'Sam',
  '1',
  '4',
  'français',
  '1',
];

/** An information session in Brussels, in French, on Wednesday 5 March 2031 at 18:00, unless told otherwise. */
export function session(fields: Partial<InfoSessionDoc> & Pick<InfoSessionDoc, '_id'>): InfoSessionDoc {
  return {
    city: 'brussels',
    audience: 'mentee',
    language: 'fr',
    startsAt: new Date('2031-03-05T17:00:00Z'),
    durationMinutes: 90,
    place: 'Rue du Marché aux Herbes 41, Bruxelles',
    online: false,
    capacity: 12,
    taken: 0,
    attendees: [],
    createdAt: NOW,
    cancelledAt: null,
    ...fields,
  };
}

/** Harnesses opened by a test file, each at NOW with the given sessions; close them after each test. */
export function intakeHarnesses() {
  const open: Harness[] = [];
  return {
    async start(sessions: InfoSessionDoc[] = [session({ _id: 'bxl-fr-1' })]): Promise<Harness> {
      const harness = await createHarness();
      harness.clock.set(NOW);
      for (const doc of sessions) await harness.bot.sessions.insert(doc);
      open.push(harness);
      return harness;
    },
    async closeAll(): Promise<void> {
      await Promise.all(open.splice(0).map((harness) => harness.close()));
    },
  };
}

/** Sends each line in turn and returns every reply, joined, as the person would scroll through them. */
export async function run(harness: Harness, address: string, lines: string[]): Promise<string> {
  const replies: string[] = [];
  for (const line of lines) replies.push(...(await harness.say(address, line)));
  return replies.join('\n---\n');
}

export async function personId(harness: Harness, address: string): Promise<string> {
  return (await harness.bot.store.people.findOrCreate({ channel: 'test', address, now: NOW }))._id;
}
