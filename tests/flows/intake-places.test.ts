import { afterEach, describe, expect, it } from 'vitest';
import { intakeHarnesses, personId, run } from '../support/intake-chat.js';

describe('intake: where the person lives', () => {
  const harnesses = intakeHarnesses();
  afterEach(() => harnesses.closeAll());
  const start = () => harnesses.start();

  it('echoes the place read from a postcode and goes on after a yes', async () => {
    const h = await start();
    await run(h, '+32470300001', ['Hello', '1', 'yes', '1']);
    expect(await h.say('+32470300001', '1030 Schaerbeek')).toEqual([
      'Brussels (1030 Schaerbeek), right?\n1. Yes\n2. No',
    ]);
    expect(await h.say('+32470300001', 'yes')).toEqual(['How old are you?']);
    const application = await h.bot.store.applications.get(await personId(h, '+32470300001'));
    expect(application?.city).toBe('brussels');
  });

  it('asks for the place again when the echo is wrong', async () => {
    const h = await start();
    await run(h, '+32470300002', ['Bonjour', '1', 'oui', '1']);
    expect(await h.say('+32470300002', 'gant')).toEqual(['Gand (gant), c’est bien ça ?\n1. Oui\n2. Non']);
    expect(await h.say('+32470300002', 'non')).toEqual(['Dans quelle ville ou quel code postal habitez-vous ?']);
    expect(await h.say('+32470300002', 'Bruxelles')).toEqual(['Quel âge avez-vous ?']);
  });

  it('names the place in the person’s language', async () => {
    const h = await start();
    await run(h, '+32470300003', ['Hallo', '1', 'ja', '1']);
    expect((await h.say('+32470300003', '1000'))[0]).toContain('Brussel (1000), klopt dat?');
  });

  it('says where DUO is active when the place is outside the programme', async () => {
    const h = await start();
    await run(h, '+32470300004', ['Hello', '1', 'yes', '1']);
    const namur = await h.say('+32470300004', 'Namur');
    expect(namur[0]).toContain('not active where you live yet');
    expect(namur[1]).toBe(
      'For now, DUO for a JOB is active in Brussels, Liège, Antwerp, Ghent, Paris, Lille, Marseille, and Lyon.',
    );
  });

  it('says where DUO is active when the place is unknown to it', async () => {
    const h = await start();
    await run(h, '+32470300005', ['Bonjour', '1', 'oui', '1']);
    const tokyo = await h.say('+32470300005', 'Tokyo');
    expect(tokyo[1]).toBe(
      'Je ne trouve pas « Tokyo » parmi les lieux où DUO for a JOB est actif : Bruxelles, Liège, Anvers, Gand, Paris, Lille, Marseille et Lyon. Si vous habitez ailleurs, le programme n’est pas encore dans votre région. Sinon, écrivez votre ville ou votre code postal.',
    );
  });
});
