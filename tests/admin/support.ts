import { mkdtemp, rm } from 'node:fs/promises';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import express from 'express';
import { createAdmin, type Admin } from '../../src/admin/index.js';
import { runStaffCommand } from '../../src/admin/staff-command.js';
import { silentLogger } from '../../src/bot/logger.js';
import { loadProgramme } from '../../src/programme/index.js';
import type { StaffRole } from '../../src/store/repositories/staff.js';
import { createHarness, type Harness } from '../support/harness.js';

export const OWN_CITY = 'brussels';
export const OTHER_CITY = 'antwerp';

export interface StaffKeys {
  coordinator: string;
  referent: string;
  admin: string;
}

export interface AdminWorld {
  harness: Harness;
  admin: Admin;
  url: string;
  /** Keys of a coordinator and a referent for OWN_CITY, and an admin for every city. */
  keys: StaffKeys;
  call(
    method: string,
    path: string,
    options?: { key?: string | null; body?: unknown; headers?: Record<string, string> },
  ): Promise<Response>;
  addStaff(input: { name: string; role: StaffRole; cities: string }): Promise<string>;
  close(): Promise<void>;
}

/** A duo-bot with the staff API on loopback and one account per role. */
export async function startAdminWorld(options: { loginAttempts?: number } = {}): Promise<AdminWorld> {
  // Its own folder, not the per-test one: a world lives across the tests of a file.
  const dataDir = await mkdtemp(join(tmpdir(), 'duo-bot-admin-'));
  const harness = await createHarness({ dataDir });
  const programme = await loadProgramme();
  if (!programme.ok) throw new Error(programme.error);
  const admin = await createAdmin({
    bot: harness.bot,
    programme: programme.programme,
    logger: silentLogger,
    clock: harness.clock,
    ...(options.loginAttempts ? { loginAttempts: options.loginAttempts } : {}),
  });
  const app = express();
  app.use('/api/admin', admin.api);
  app.use('/admin', admin.page);
  const server = await new Promise<Server>((resolve) => {
    const listening = app.listen(0, '127.0.0.1', () => resolve(listening));
  });
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const cityIds = programme.programme.cities.map((city) => city.id);

  async function addStaff(input: { name: string; role: StaffRole; cities: string }): Promise<string> {
    const printed: string[] = [];
    const code = await runStaffCommand(['add', '--name', input.name, '--role', input.role, '--cities', input.cities], {
      staff: admin.staff,
      cityIds,
      now: harness.clock.now(),
      print: (line) => printed.push(line),
      printError: (line) => printed.push(line),
    });
    const key = printed.at(-1);
    if (code !== 0 || !key) throw new Error(printed.join('\n'));
    return key;
  }

  const keys: StaffKeys = {
    coordinator: await addStaff({ name: 'Claire', role: 'coordinator', cities: OWN_CITY }),
    referent: await addStaff({ name: 'Rachid', role: 'referent', cities: OWN_CITY }),
    admin: await addStaff({ name: 'Ada', role: 'admin', cities: 'all' }),
  };

  return {
    harness,
    admin,
    url,
    keys,
    addStaff,
    call(method, path, { key = keys.admin, body, headers = {} } = {}) {
      return fetch(`${url}/api/admin${path}`, {
        method: method.toUpperCase(),
        headers: {
          ...(key ? { authorization: `Bearer ${key}` } : {}),
          ...(body === undefined ? {} : { 'content-type': 'application/json' }),
          ...headers,
        },
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      });
    },
    async close() {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await harness.close();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}

/** A young job seeker from the given city who went through the intake up to the age question. */
export async function applicantIn(world: AdminWorld, address: string, city: 'Bruxelles' | 'Anvers'): Promise<string> {
  for (const text of ['Bonjour', '1', 'oui', '1', city, '24']) await world.harness.say(address, text);
  const person = await world.harness.bot.store.people.findOrCreate({
    channel: 'test',
    address,
    now: world.harness.clock.now(),
  });
  return person._id;
}

let duoCounter = 0;

/** A duo formed through the bot in the given city, its members new people with French as their language. */
export async function duoIn(world: AdminWorld, city: string): Promise<{ duoId: string; menteeId: string }> {
  duoCounter += 1;
  const result = await world.harness.bot.duos.createDuo({
    mentee: { channel: 'test', address: `+3246${String(duoCounter).padStart(7, '0')}`, language: 'fr' },
    mentor: { channel: 'test', address: `+3245${String(duoCounter).padStart(7, '0')}`, language: 'fr' },
    city,
    referentId: 'staff-referent',
    startDate: '2031-03-03',
  });
  if (!result.ok || result.duo.mentee.personId === null) throw new Error('the test duo could not be formed');
  return { duoId: result.duo._id, menteeId: result.duo.mentee.personId };
}

/** The mentee answers week 1 with a low rating and words of distress: a safety alert and a watch alert open. */
export async function alertIn(world: AdminWorld, city: string): Promise<{ duoId: string; alertId: string }> {
  const { duoId, menteeId } = await duoIn(world, city);
  const now = world.harness.clock.now();
  await world.harness.bot.duos.recordCheckin({
    personId: menteeId,
    now,
    record: {
      duoId,
      role: 'mentee',
      week: 1,
      kind: 'weekly',
      met: 'yes',
      notMetReason: null,
      notMetDetail: null,
      rating: 2,
      note: 'Au travail il y a du harcèlement, je ne sais pas quoi faire',
      survey: null,
      outcome: null,
      answeredAt: now.toISOString(),
    },
  });
  const alerts = await world.harness.bot.duos.listAlerts({ duoId });
  const safety = alerts.find((alert) => alert.severity === 'safety');
  if (!safety) throw new Error('the test check-in raised no safety alert');
  return { duoId, alertId: safety._id };
}
