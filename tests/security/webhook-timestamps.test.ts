import { describe, expect, it } from 'vitest';
import { toInboundEvents } from '../../src/bot/channels/whatsapp-cloud/convert-inbound.js';
import { webhookPayloadSchema } from '../../src/bot/channels/whatsapp-cloud/webhook-payload.js';

function deliveryWithTimestamp(timestamp: unknown) {
  return webhookPayloadSchema.parse({
    object: 'whatsapp_business_account',
    entry: [
      {
        id: '0',
        changes: [
          {
            field: 'messages',
            value: {
              messaging_product: 'whatsapp',
              messages: [{ from: '32470000001', id: 'wamid.T', timestamp, type: 'text', text: { body: 'Bonjour' } }],
            },
          },
        ],
      },
    ],
  });
}

describe('WhatsApp webhook timestamps', () => {
  it('takes the arrival time when a signed message carries a timestamp beyond any date', () => {
    const receivedAt = new Date('2031-03-03T09:00:00Z');
    for (const timestamp of [1.16203666018813e86, '99999999999999999999', Number.MAX_VALUE]) {
      const events = toInboundEvents({ payload: deliveryWithTimestamp(timestamp), receivedAt });
      expect(events.inbounds[0]?.sentAt, String(timestamp)).toEqual(receivedAt);
    }
  });
});
