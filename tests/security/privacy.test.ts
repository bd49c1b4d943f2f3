import { afterEach, describe, expect, it } from 'vitest';
import { signWebhookBody } from '../../src/bot/channels/whatsapp-cloud/verify-signature.js';
import { createChannelServer, readChannelConfigs } from '../../src/server.js';
import { listenLocally, startFakeGraphApi } from '../channels/whatsapp-cloud/helpers.js';
import { createHarness } from '../support/harness.js';
import { captureLog, wamidFor } from './log-capture.js';

const APP_SECRET = 'privacy-test-app-secret';
const PHONE_NUMBER_ID = '111111111111111';
const NUMBER = '32470555123';
const FIRST_NAME = 'Zoulikha';
const FREE_TEXT = 'je cherche du travail dans la soudure navale à Anvers';

/** A young job seeker's whole intake in Brussels, up to a booked seat, then a message of her own. */
const INTAKE = [
  'Bonjour',
  '1',
  'oui',
  '1',
  'Bruxelles',
  '24',
  '2',
  'oui',
  'oui',
  'oui',
  FIRST_NAME,
  '10',
  '1',
  'français, arabe',
  '1',
  '1',
  FREE_TEXT,
];

function delivery(options: { text: string; serial: number; at: number }) {
  return {
    object: 'whatsapp_business_account',
    entry: [
      {
        id: '222222222222222',
        changes: [
          {
            field: 'messages',
            value: {
              messaging_product: 'whatsapp',
              metadata: { display_phone_number: '15550000000', phone_number_id: PHONE_NUMBER_ID },
              contacts: [{ profile: { name: `${FIRST_NAME} B.` }, wa_id: NUMBER }],
              messages: [
                {
                  from: NUMBER,
                  id: wamidFor(NUMBER, `SERIAL${String(options.serial).padStart(4, '0')}`),
                  timestamp: String(Math.floor(options.at / 1000)),
                  type: 'text',
                  text: { body: options.text },
                },
              ],
            },
          },
        ],
      },
    ],
  };
}

describe('privacy of the logs', () => {
  const cleanups: (() => Promise<void>)[] = [];
  afterEach(async () => {
    for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
  });

  it('keeps no number, message id, name or text of a person through a whole intake over the webhook and an erase', async () => {
    const log = captureLog();
    const harness = await createHarness({ logger: log.logger });
    cleanups.push(() => harness.close());
    const graph = await startFakeGraphApi();
    cleanups.push(() => graph.close());
    const configs = readChannelConfigs({
      WHATSAPP_CLOUD_ACCESS_TOKEN: 'privacy-test-token',
      WHATSAPP_CLOUD_APP_SECRET: APP_SECRET,
      WHATSAPP_CLOUD_VERIFY_TOKEN: 'verify',
      WHATSAPP_CLOUD_PHONE_NUMBER_ID: PHONE_NUMBER_ID,
      WHATSAPP_CLOUD_GRAPH_URL: graph.url,
    });
    if (!configs.ok) throw new Error(configs.errors.join('; '));
    const server = createChannelServer({
      bot: harness.bot,
      configs: configs.configs,
      logger: log.logger,
      clock: harness.clock,
    });
    const http = await listenLocally(server.app);
    cleanups.push(() => http.close());
    const wamids: string[] = [];
    const post = async (text: string) => {
      const payload = delivery({ text, serial: wamids.length, at: harness.clock.now().getTime() });
      wamids.push(payload.entry[0]!.changes[0]!.value.messages[0]!.id);
      const body = JSON.stringify(payload);
      const response = await fetch(`${http.url}/webhooks/whatsapp`, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          'x-hub-signature-256': signWebhookBody({ rawBody: body, appSecret: APP_SECRET }),
        },
        body,
      });
      await server.stop();
      harness.clock.advance(60_000);
      return response.status;
    };

    for (const text of [...INTAKE, 'supprimer mes données', 'oui']) expect(await post(text)).toBe(200);
    await harness.bot.scheduler.runDue();
    // The same message delivered again after the erase, and a forged one: both logged, neither may name her.
    expect(await post(INTAKE[0]!)).toBe(200);
    const forged = await fetch(`${http.url}/webhooks/whatsapp`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-hub-signature-256': 'sha256=00' },
      body: JSON.stringify(delivery({ text: FREE_TEXT, serial: 99, at: harness.clock.now().getTime() })),
    });
    expect(forged.status).toBe(401);

    expect(graph.requests.length).toBeGreaterThan(INTAKE.length);
    const text = log.text();
    expect(text.split('\n').length).toBeGreaterThan(3);
    const personal = [
      NUMBER,
      NUMBER.slice(2),
      Buffer.from(NUMBER).toString('base64').slice(0, 12),
      ...wamids,
      ...wamids.map((wamid) => wamid.slice('wamid.'.length, 'wamid.'.length + 20)),
      FIRST_NAME,
      FREE_TEXT,
      'soudure',
    ];
    for (const value of personal) expect(text, value).not.toContain(value);
  });
});
