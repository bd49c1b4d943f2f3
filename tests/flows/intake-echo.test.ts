import { afterEach, describe, expect, it } from 'vitest';
import { intakeHarnesses, run } from '../support/intake-chat.js';

describe('intake: a value read from a sentence is said back', () => {
  const harnesses = intakeHarnesses();
  afterEach(() => harnesses.closeAll());

  it('says back the role and the age read from long French sentences', async () => {
    const h = await harnesses.start();
    await run(h, '+32471000001', ['Bonjour', '1', 'oui']);
    expect((await h.say('+32471000001', 'je m’appelle Sara, j’ai 24 ans et je cherche du travail'))[0]).toMatch(
      /^C’est noté : vous cherchez un emploi\./,
    );
    await h.say('+32471000001', 'Bruxelles');
    expect((await h.say('+32471000001', 'euh moi j’ai vingt-quatre ans'))[0]).toMatch(
      /^C’est noté : 24 ans\.\nDUO for a JOB accompagne des jeunes/,
    );
  });

  it('says back an age read from an English sentence or a date of birth, and not a plain number', async () => {
    const h = await harnesses.start();
    await run(h, '+32471000002', ['Hello', '1', 'yes', '1', 'Brussels']);
    expect((await h.say('+32471000002', 'I am twenty four years old'))[0]).toMatch(
      /^Noted: 24 years old\.\nDUO for a JOB supports young people/,
    );
    const other = await harnesses.start();
    await run(other, '+32471000003', ['Hello', '1', 'yes', '1', 'Brussels']);
    expect((await other.say('+32471000003', '14/05/2004'))[0]).toMatch(/^Noted: 26 years old\./);
    const plain = await harnesses.start();
    await run(plain, '+32471000004', ['Hello', '1', 'yes', '1', 'Brussels']);
    expect((await plain.say('+32471000004', '24'))[0]).toMatch(/^DUO for a JOB supports young people/);
  });

  it('says back an age read from a sentence before saying it is outside the programme', async () => {
    const h = await harnesses.start();
    await run(h, '+32471000005', ['Hallo', '1', 'ja', '1', 'Brussel']);
    const replies = await h.say('+32471000005', 'ik ben vorige maand vierendertig geworden');
    expect(replies[0]).toBe('Genoteerd: 34 jaar.');
    expect(replies[1]).toContain('30');
  });

  it('lets the person correct an age right after it is said back', async () => {
    const h = await harnesses.start();
    await run(h, '+32471000006', ['Bonjour', '1', 'oui', '1', 'Bruxelles', 'alors moi j’ai 42 ans']);
    expect(h.channel.textsTo('+32471000006').join('\n')).toContain('C’est noté : 42 ans.');
    expect((await h.say('+32471000006', 'non attends, j’ai 24 ans'))[0]).toContain('hors de l’Union européenne');
  });
});
