import { afterEach, describe, expect, it } from 'vitest';
import { intakeHarnesses, run } from '../support/intake-chat.js';

const JOB_SERVICES = /Actiris|VDAB|Forem|France Travail|UWV|https:/;

describe('intake: where to turn fits why the person cannot join', () => {
  const harnesses = intakeHarnesses();
  afterEach(() => harnesses.closeAll());

  it.each([
    [
      'English',
      ['Hello', '1', 'yes', '2', 'Namur'],
      'Thank you for wanting to be a mentor! When DUO for a JOB opens near you',
    ],
    [
      'French',
      ['Bonjour', '1', 'oui', '2', 'Namur'],
      'Merci de vouloir devenir mentor ! Quand DUO for a JOB ouvrira près de chez vous',
    ],
  ])(
    'thanks a would-be mentor from outside the programme’s cities instead of naming a job service in %s',
    async (_language, lines, advice) => {
      const h = await harnesses.start();
      const chat = await run(h, '+32471200001', lines);
      expect(chat).toContain(advice);
      expect(chat).not.toMatch(JOB_SERVICES);
    },
  );

  it.each([
    [
      'English',
      ['Hello', '1', 'yes', '2', 'Brussels', '35'],
      'If you know a young person looking for work, tell them about DUO for a JOB',
    ],
    ['Arabic', ['مرحبا', '1', 'نعم', '2', 'بروكسل', '35'], 'إذا كنت تعرف شابًا يبحث عن عمل'],
  ])(
    'asks a mentor who is too young to tell young people about DUO for a JOB in %s',
    async (_language, lines, advice) => {
      const h = await harnesses.start();
      const chat = await run(h, '+32471200002', lines);
      expect(chat).toContain(advice);
      expect(chat).not.toMatch(JOB_SERVICES);
    },
  );

  it.each([
    [
      'French',
      ['Bonjour', '1', 'oui', '1', 'Bruxelles', '25', '1', 'non'],
      'Si vous cherchez un emploi plus tard, écrivez-nous',
    ],
    ['Dutch', ['Hallo', '1', 'ja', '1', 'Gent', '25', '1', 'nee'], 'Ga je later werk zoeken? Schrijf ons dan opnieuw'],
  ])('invites someone not looking for work to write again later in %s', async (_language, lines, advice) => {
    const h = await harnesses.start();
    const chat = await run(h, '+32471200003', lines);
    expect(chat).toContain(advice);
    expect(chat).not.toMatch(JOB_SERVICES);
  });

  it.each([
    ['English', ['Hello', '1', 'yes', '1', 'Brussels', '25', '1', 'yes', 'no'], 'a legal aid office near you'],
    ['Dutch', ['Hallo', '1', 'ja', '1', 'Gent', '25', '1', 'ja', 'nee'], 'een juridisch adviescentrum in je buurt'],
  ])('sends someone without a work permit to legal advice in %s', async (_language, lines, advice) => {
    const h = await harnesses.start();
    const chat = await run(h, '+32471200004', lines);
    expect(chat).toContain(advice);
    expect(chat).not.toMatch(JOB_SERVICES);
  });

  it.each([
    ['French', ['Bonjour', '1', 'oui', '1', 'Namur'], 'auprès du Forem : https://www.leforem.be'],
    [
      'English',
      ['Hello', '1', 'yes', '1', 'Brussels', '45'],
      'You can get help from Actiris: https://www.actiris.brussels',
    ],
  ])(
    'names the job service to a young job seeker the programme cannot take in %s',
    async (_language, lines, referral) => {
      const h = await harnesses.start();
      expect(await run(h, '+32471200005', lines)).toContain(referral);
    },
  );
});
