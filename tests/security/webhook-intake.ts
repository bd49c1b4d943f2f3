import { signWebhookBody } from '../../src/bot/channels/whatsapp-cloud/verify-signature.js';
import type { Logger } from '../../src/bot/logger.js';
import { createChannelServer, readChannelConfigs } from '../../src/server.js';
import { listenLocally, startFakeGraphApi } from '../channels/whatsapp-cloud/helpers.js';
import { createHarness, type Harness } from '../support/harness.js';
import { wamidFor } from './log-capture.js';
import { FIRST_NAME, NUMBER } from '../../drills/privacy-intake.js';

export const APP_SECRET = 'privacy-test-app-secret';
const PHONE_NUMBER_ID = '111111111111111';

export function delivery(options: { text: string; serial: number; at: number }) {
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

export interface WebhookIntake {
  harness: Harness;
  /** The ids of every message posted so far, in order. */
  wamids: string[];
  /** Bodies the fake Graph API received (the replies sent). */
  graphRequests: () => number;
  /** Posts her next message, signed, as Meta delivers it; the clock moves one minute. */
  post: (text: string) => Promise<number>;
  /** Posts the message with the id of her message number `serial` again, as a redelivery would. */
  redeliver: (serial: number, text: string) => Promise<number>;
  /** Posts a body with a signature that does not match it. */
  postForged: (text: string) => Promise<number>;
}

/** duo-bot on a fresh embedded store behind the WhatsApp Cloud webhook, sending to a fake Graph API. */
export async function startWebhookIntake(options: {
  logger: Logger;
  cleanups: (() => Promise<void>)[];
}): Promise<WebhookIntake> {
  const harness = await createHarness({ logger: options.logger });
  options.cleanups.push(() => harness.close());
  const graph = await startFakeGraphApi();
  options.cleanups.push(() => graph.close());
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
    logger: options.logger,
    clock: harness.clock,
  });
  const http = await listenLocally(server.app);
  options.cleanups.push(() => http.close());
  const wamids: string[] = [];
  const postBody = async (body: string, signature: string) => {
    const response = await fetch(`${http.url}/webhooks/whatsapp`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-hub-signature-256': signature },
      body,
    });
    await server.stop();
    harness.clock.advance(60_000);
    return response.status;
  };
  const signed = (body: string) => postBody(body, signWebhookBody({ rawBody: body, appSecret: APP_SECRET }));
  const at = () => harness.clock.now().getTime();
  return {
    harness,
    wamids,
    graphRequests: () => graph.requests.length,
    post: (text) => {
      const payload = delivery({ text, serial: wamids.length, at: at() });
      wamids.push(payload.entry[0]!.changes[0]!.value.messages[0]!.id);
      return signed(JSON.stringify(payload));
    },
    redeliver: (serial, text) => signed(JSON.stringify(delivery({ text, serial, at: at() }))),
    postForged: (text) => postBody(JSON.stringify(delivery({ text, serial: 99, at: at() })), 'sha256=00'),
  };
}
