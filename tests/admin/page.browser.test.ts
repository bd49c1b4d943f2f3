import { existsSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import AxeBuilder from '@axe-core/playwright';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { alertIn, applicantIn, startAdminWorld, type AdminWorld } from './support.js';

const CHROMIUM = '/usr/bin/chromium';
/** Screenshots of each step, kept as test artefacts (git-ignored). */
const ARTEFACTS = new URL('../../test-artifacts/admin/', import.meta.url);
const TO_BOOKING = [
  'Bonjour',
  '1',
  'oui',
  '1',
  'Bruxelles',
  '24 ans',
  '2',
  'oui',
  'oui',
  'ouais',
  'Amina',
  '10',
  '1',
  'français, arabe',
  '1',
  '1',
];

const hasChromium = existsSync(CHROMIUM);
if (!hasChromium) {
  process.stderr.write(
    `staff page browser test skipped: ${CHROMIUM} is missing (apt-get install -y chromium; .ci/run does it)\n`,
  );
}

async function expectAccessible(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: new URL(`${name}.png`, ARTEFACTS).pathname, fullPage: true });
  const { violations } = await new AxeBuilder({ page }).analyze();
  const serious = violations.filter((violation) => violation.impact === 'serious' || violation.impact === 'critical');
  expect(
    serious.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`),
  ).toEqual([]);
}

describe.skipIf(!hasChromium)('staff page in Chromium', () => {
  let world: AdminWorld;
  let browser: Browser;
  let page: Page;
  let alertId: string;

  beforeAll(async () => {
    await mkdir(ARTEFACTS, { recursive: true });
    world = await startAdminWorld();
    const now = world.harness.clock.now();
    await world.harness.bot.sessions.insert({
      _id: 'bxl-1',
      city: 'brussels',
      audience: 'mentee',
      language: 'fr',
      startsAt: new Date(now.getTime() + 2 * 86_400_000),
      durationMinutes: 90,
      place: 'Rue du Marché aux Herbes 41, Bruxelles',
      online: false,
      capacity: 12,
      taken: 0,
      attendees: [],
      createdAt: now,
      cancelledAt: null,
    });
    for (const text of TO_BOOKING) await world.harness.say('+32470000201', text);
    await applicantIn(world, '+32470000202', 'Bruxelles');
    await world.harness.say('+32470000202', 'aide');
    ({ alertId } = await alertIn(world, 'brussels'));
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: [
        '--no-sandbox',
        '--headless',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
      ],
    });
    const context = await browser.newContext({ locale: 'fr-BE', viewport: { width: 1280, height: 900 } });
    page = await context.newPage();
  }, 180_000);

  afterAll(async () => {
    await browser.close();
    await world.close();
  });

  it('signs a coordinator in with an access key', async () => {
    await page.goto(`${world.url}/admin/`);
    await expect.poll(() => page.getByRole('heading', { name: 'Connexion du personnel' }).isVisible()).toBe(true);
    await expectAccessible(page, '1-sign-in');
    await page.getByLabel('Clé d’accès').fill(world.keys.coordinator);
    await page.getByRole('button', { name: 'Se connecter' }).click();
    await page.getByRole('heading', { name: 'Candidats' }).waitFor();
    await expect.poll(() => page.getByText('Claire (coordinator)').isVisible()).toBe(true);
  });

  it('finds an applicant by first name and reads the summary and the conversation', async () => {
    await page.getByLabel('Prénom', { exact: true }).fill('ami');
    await page.getByRole('button', { name: 'Filtrer' }).click();
    await page.getByRole('link', { name: 'Amina' }).waitFor();
    await expectAccessible(page, '2-applicants');
    await page.getByRole('link', { name: 'Amina' }).click();
    await page.getByRole('heading', { name: 'Résumé · Amina' }).waitFor();
    const ageRow = page.getByRole('row', { name: /Âge/ });
    await expect.poll(() => ageRow.textContent()).toContain('Rempli');
    await page.getByRole('button', { name: 'Afficher la conversation' }).click();
    const firstLine = page.locator('ol.transcript li').first();
    await firstLine.waitFor();
    expect(await firstLine.getAttribute('dir')).toBe('auto');
    expect(await firstLine.textContent()).toContain('Bonjour');
    await expectAccessible(page, '3-summary');
  });

  it('replies to a help request and hands the conversation back', async () => {
    await page.getByRole('link', { name: 'Demandes d’aide' }).click();
    await page.getByRole('heading', { name: 'Demandes d’aide (1)' }).waitFor();
    await expectAccessible(page, '4-handoffs');
    const before = world.harness.channel.textsTo('+32470000202').length;
    await page.getByLabel('Votre réponse').fill('Bonjour, ici Claire. Je vous appelle cet après-midi.');
    await page.getByRole('button', { name: 'Envoyer' }).click();
    await page.getByRole('status').getByText('Réponse envoyée.').waitFor();
    expect(world.harness.channel.textsTo('+32470000202').slice(before)).toEqual([
      'Bonjour, ici Claire. Je vous appelle cet après-midi.',
    ]);
    await page.getByRole('button', { name: 'Rendre la conversation à l’assistant' }).click();
    await page.getByRole('heading', { name: 'Demandes d’aide (0)' }).waitFor();
  });

  it('creates an information session', async () => {
    await page.getByRole('link', { name: 'Séances d’information' }).click();
    await page.getByRole('heading', { name: 'Nouvelle séance' }).waitFor();
    const form = page.getByRole('form', { name: 'Nouvelle séance' });
    await form.getByLabel('Public').selectOption('mentor');
    await form.getByLabel('Langue').selectOption('nl');
    await form.getByLabel('Date').fill('2031-03-20T18:00');
    await form.getByLabel('Lieu ou lien').fill('Korenmarkt 7, Gent');
    await form.getByLabel('Places', { exact: true }).fill('8');
    await form.getByRole('button', { name: 'Créer la séance' }).click();
    await page.getByRole('cell', { name: 'Korenmarkt 7, Gent' }).waitFor();
    await expectAccessible(page, '5-sessions');
    const created = (await world.harness.bot.sessions.listAll({ city: 'brussels' })).find(
      (s) => s.place === 'Korenmarkt 7, Gent',
    );
    expect(created).toMatchObject({ audience: 'mentor', language: 'nl', capacity: 8 });
  });

  it('shows the results with charts', async () => {
    await page.getByRole('link', { name: 'Résultats' }).click();
    await page.getByRole('heading', { name: 'Résultats' }).waitFor();
    await expect.poll(() => page.locator('svg[role=img]').count()).toBe(2);
    await expectAccessible(page, '6-results');
  });

  it('acknowledges an alert with a note and reads the duo’s weekly answers', async () => {
    await page.getByRole('link', { name: 'Alertes' }).click();
    await page.getByRole('heading', { name: 'Alertes (2)' }).waitFor();
    const safety = page.getByRole('article', { name: 'Sécurité · Mots de détresse' });
    await safety.getByLabel('Note de prise en charge').fill('Appelée ce matin : rendez-vous avec la job coach jeudi.');
    await expectAccessible(page, '7-alerts');
    await safety.getByRole('button', { name: 'Prendre en charge' }).click();
    await page.getByRole('status').getByText('Alerte prise en charge.').waitFor();
    await page.getByRole('heading', { name: 'Alertes (1)' }).waitFor();
    const [stored] = (await world.harness.bot.duos.listAlerts({})).filter((alert) => alert._id === alertId);
    expect(stored).toMatchObject({ state: 'acknowledged' });

    await page.getByRole('article', { name: 'Sécurité · Mots de détresse' }).getByRole('link', { name: 'Duo' }).click();
    await page.getByRole('heading', { name: 'Réponses de chaque semaine' }).waitFor();
    await expect.poll(() => page.getByRole('row', { name: /^1 / }).textContent()).toContain('harcèlement');
    await expect.poll(() => page.getByText('Appelée ce matin', { exact: false }).isVisible()).toBe(true);
    await expectAccessible(page, '8-duo');
  });
});
