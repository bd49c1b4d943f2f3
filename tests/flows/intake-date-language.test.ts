import { afterEach, describe, expect, it } from 'vitest';
import { intakeHarnesses, run } from '../support/intake-chat.js';

// Between 5 April and 4 May "04/05/2001" gives a different age read month first or day first
const LATE_APRIL = new Date('2031-04-20T09:00:00Z');

describe('intake: a date of birth is read as it is written in the conversation’s language', () => {
  const harnesses = intakeHarnesses();
  afterEach(() => harnesses.closeAll());

  it('asks an English-speaking applicant again for "04/05/2001", which may be 5 April or 4 May', async () => {
    const h = await harnesses.start();
    h.clock.set(LATE_APRIL);
    await run(h, '+32471100061', ['Hello', '1', 'yes', '1', 'Brussels']);
    const replies = await h.say('+32471100061', '04/05/2001');
    expect(replies[0]).toBe('I read two different answers; I need just one.');
    expect(replies.at(-1)).toMatch(/How old are you\?/);
    expect(replies.join('\n')).not.toMatch(/Noted/);
  });

  it('takes the age from "04/05/2001" written in French: 4 May, so 29 in late April', async () => {
    const h = await harnesses.start();
    h.clock.set(LATE_APRIL);
    await run(h, '+32471100062', ['Bonjour', '1', 'oui', '1', 'Bruxelles']);
    const replies = await h.say('+32471100062', '04/05/2001');
    expect(replies[0]).toMatch(/^C’est noté : 29 ans\./);
    expect(replies.join('\n')).not.toMatch(/Quel âge avez-vous/);
  });
});
