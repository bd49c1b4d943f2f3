import { afterEach, describe, expect, it } from 'vitest';
import { intakeHarnesses, personId, run } from '../support/intake-chat.js';

describe('intake: answers as people write them', () => {
  const harnesses = intakeHarnesses();
  afterEach(() => harnesses.closeAll());
  const toProject = ['Bonjour', '1', 'oui', '1', 'Bruxelles', '25', '1', 'oui', 'oui', 'oui', 'Sam'];

  it('keeps a field of work, a diploma and how the person heard of DUO as typed when no choice fits', async () => {
    const h = await harnesses.start();
    await run(h, '+32470600001', toProject);
    expect((await h.say('+32470600001', 'apicultrice'))[0]).toContain('Quel est votre diplôme');
    expect((await h.say('+32470600001', 'permis C'))[0]).toContain('Quelles langues parlez-vous');
    await h.say('+32470600001', 'français');
    expect((await h.say('+32470600001', 'chez le coiffeur'))[0]).toContain('Quelle date vous convient ?');
    const application = await h.bot.store.applications.get(await personId(h, '+32470600001'));
    expect(application?.answers).toMatchObject({
      project: 'apicultrice',
      education: 'permis C',
      heardFrom: 'chez le coiffeur',
    });
  });

  it('reads a diploma or a source written the French way as the choice it names', async () => {
    const h = await harnesses.start();
    await run(h, '+32470600002', [...toProject, 'apicultrice']);
    expect((await h.say('+32470600002', 'bac+3'))[0]).toContain('Quelles langues parlez-vous');
    await h.say('+32470600002', 'français');
    await h.say('+32470600002', 'par un ami');
    const application = await h.bot.store.applications.get(await personId(h, '+32470600002'));
    expect(application?.answers).toMatchObject({ education: 'bachelor', heardFrom: 'friend' });
  });

  it('asks about origin with options that say what each means', async () => {
    const h = await harnesses.start();
    expect(await run(h, '+32470600004', ['Hello', '1', 'yes', '1', 'Brussels', '24'])).toContain(
      'Which is true for you?\n1. I was born outside the EU\n2. My family is from outside the EU\n3. No, neither',
    );
    expect((await h.say('+32470600004', 'my family is from outside the eu'))[0]).toContain(
      'Are you looking for a job?',
    );
  });

  it('takes a statement as the answer to the question it answers, and only there', async () => {
    const h = await harnesses.start();
    await run(h, '+32470600005', ['Bonjour', '1']);
    const atConsent = (await h.say('+32470600005', 'je cherche du boulot depuis 8 mois')).join('\n');
    expect(atConsent).toContain('Répondez oui ou non (1 ou 2).');
    await run(h, '+32470600005', ['oui', '1', 'Bruxelles', '25']);
    expect((await h.say('+32470600005', '1'))[0]).toContain('Cherchez-vous un emploi ?');
    expect((await h.say('+32470600005', 'je cherche du boulot depuis 8 mois'))[0]).toContain(
      'Avez-vous le droit de travailler dans ce pays ?',
    );
    await h.say('+32470600005', 'oui');
    expect((await h.say('+32470600005', 'mercredi soir je suis libre chaque semaine'))[0]).toContain(
      'Quel est votre prénom ?',
    );
    const application = await h.bot.store.applications.get(await personId(h, '+32470600005'));
    expect(application?.answers).toMatchObject({ lookingForWork: true, weeklyAvailability: true });

    await run(h, '+32470600006', ['Bonjour', '1', 'oui', '1', 'Bruxelles', '25', '1']);
    const working = (await h.say('+32470600006', 'je bosse déjà en CDI')).join('\n');
    expect(working).toContain('Si vous cherchez un emploi plus tard, écrivez-nous à nouveau');
  });

  it('applies a correction of the age given just before', async () => {
    const h = await harnesses.start();
    await run(h, '+32470600002', ['Bonjour', '1', 'oui', '1', 'Bruxelles', '52']);
    expect(h.channel.textsTo('+32470600002').join('\n')).toContain('jusqu’à 30 ans');
    expect((await h.say('+32470600002', 'non attends, j’ai 25 ans'))[0]).toContain('hors de l’Union européenne');
    const application = await h.bot.store.applications.get(await personId(h, '+32470600002'));
    expect(application).toMatchObject({ status: 'in-progress', answers: { age: 25 } });
  });

  it('applies a correction sent at the next question', async () => {
    const h = await harnesses.start();
    await run(h, '+32470600003', ['Hello', '1', 'yes', '1', 'Brussels', '24']);
    expect((await h.say('+32470600003', 'sorry, I meant 26'))[0]).toContain('outside the European Union');
    const application = await h.bot.store.applications.get(await personId(h, '+32470600003'));
    expect(application?.answers.age).toBe(26);
  });
});

describe('intake: where else to turn', () => {
  const harnesses = intakeHarnesses();
  afterEach(() => harnesses.closeAll());

  it('names the job service with its French article', async () => {
    const h = await harnesses.start();
    const liege = await run(h, '+32470600010', ['Bonjour', '1', 'oui', '1', 'Liège', '35']);
    expect(liege).toContain('Vous pouvez trouver de l’aide auprès du Forem : https://www.leforem.be');
    const brussels = await run(h, '+32470600011', ['Bonjour', '1', 'oui', '1', 'Bruxelles', '35']);
    expect(brussels).toContain('auprès d’Actiris');
  });

  it('gives someone without a work permit fitting advice, not a job-service link', async () => {
    const h = await harnesses.start();
    const chat = await run(h, '+32470600012', ['Bonjour', '1', 'oui', '1', 'Bruxelles', '25', '1', 'oui', 'non']);
    expect(chat).toContain('service d’aide juridique');
    expect(chat).not.toContain('Actiris');
  });
});
