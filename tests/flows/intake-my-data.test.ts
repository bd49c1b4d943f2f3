import { afterEach, describe, expect, it } from 'vitest';
import { intakeHarnesses, run, TO_SESSION_CHOICE } from '../support/intake-chat.js';

describe('intake: what is kept', () => {
  const harnesses = intakeHarnesses();
  afterEach(() => harnesses.closeAll());

  it('sends a short summary of what is kept on "voir mes données", then the question again', async () => {
    const h = await harnesses.start();
    await run(h, '+32470400001', [...TO_SESSION_CHOICE.slice(0, 12)]);
    expect(await h.say('+32470400001', 'voir mes données')).toEqual([
      [
        'Voici ce que nous gardons sur vous :',
        'Langue : Français',
        'Vous : Je cherche un emploi',
        'Ville : Bruxelles',
        'Âge : 25',
        'Origine hors UE : Je suis né·e hors UE',
        'Cherche un emploi : Oui',
        'Autorisé·e à travailler : Oui',
        'Disponible une fois par semaine pendant 6 mois : Oui',
        'Prénom : Sam',
        'Domaine souhaité : Bureau, admin, finance',
        'Seule l’équipe de DUO for a JOB peut le lire. Tapez « supprimer mes données » pour l’effacer.',
      ].join('\n'),
      expect.stringContaining('Quel est votre diplôme'),
    ]);
  });

  it.each([
    ['English', ['Hello', '1', 'yes', '1', 'Lyon'], 'show my data', 'City: Lyon'],
    ['Dutch', ['Hallo', '1', 'ja', '1', 'Gent'], 'mijn gegevens', 'Stad: Gent'],
    ['Arabic', ['مرحبا', '1', 'نعم', '1', 'بروكسل'], 'بياناتي', 'المدينة: بروكسل'],
  ])('answers in %s', async (_, lines, ask, city) => {
    const h = await harnesses.start();
    await run(h, '+32470400002', lines);
    const [summary, question] = await h.say('+32470400002', ask);
    expect(summary).toContain(city);
    expect(question).toBeDefined();
  });

  it('includes the booked session', async () => {
    const h = await harnesses.start();
    await run(h, '+32470400003', [...TO_SESSION_CHOICE, '1']);
    const [summary] = await h.say('+32470400003', 'mes données');
    expect(summary).toContain('Séance d’information : mercredi 5 mars à 18:00, Rue du Marché aux Herbes 41');
  });
});
