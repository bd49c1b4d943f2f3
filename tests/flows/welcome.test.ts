import { afterEach, describe, expect, it } from 'vitest';
import { createHarness, type Harness } from '../support/harness.js';

describe('welcome flow', () => {
  let harness: Harness | undefined;
  afterEach(async () => harness?.close());

  it('greets, offers the four languages and confirms the one picked by number', async () => {
    harness = await createHarness();
    const [greeting, menu] = await harness.say('+32470000001', 'Salut');
    expect(greeting).toContain('DUO for a JOB');
    expect(menu).toContain('1. Français\n2. Nederlands\n3. English\n4. العربية');

    const [confirmation] = await harness.say('+32470000001', '2');
    expect(confirmation).toContain('Nederlands');
    expect(confirmation).toMatch(/we gaan verder/);
  });

  it('accepts a language named in another language, or its code', async () => {
    harness = await createHarness();
    await harness.say('+32470000002', 'hello');
    expect(await harness.say('+32470000002', 'Arabe')).toEqual([expect.stringContaining('باللغة العربية')]);

    await harness.say('+32470000003', 'hello');
    expect(await harness.say('+32470000003', 'EN')).toEqual([expect.stringContaining('continue in English')]);
  });

  it('reads Arabic-Indic digits and keycap emoji as the choice number', async () => {
    harness = await createHarness();
    await harness.say('+32470000004', 'مرحبا');
    expect((await harness.say('+32470000004', '٣'))[0]).toContain('English');

    await harness.say('+32470000005', 'hi');
    expect((await harness.say('+32470000005', '1️⃣'))[0]).toContain('français');
  });

  it('asks again when the answer is not a language', async () => {
    harness = await createHarness();
    await harness.say('+32470000006', 'hello');
    const [sorry, menuAgain] = await harness.say('+32470000006', 'banana');
    expect(sorry).toMatch(/pas compris/);
    expect(menuAgain).toContain('1. Français');
  });

  it('switches language later when the person names one or asks for the menu', async () => {
    harness = await createHarness();
    await harness.say('+32470000007', 'hello');
    await harness.say('+32470000007', 'english');
    expect(await harness.say('+32470000007', 'Nederlands')).toEqual([expect.stringContaining('Nederlands')]);
    const [menu] = await harness.say('+32470000007', 'taal');
    expect(menu).toContain('Welke taal');
  });
});
