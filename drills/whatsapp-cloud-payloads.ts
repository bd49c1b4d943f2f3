import { createHmac } from 'node:crypto';

/** Webhook bodies shaped like Meta's WhatsApp Cloud API deliveries (messages and statuses). */

export interface TextMessageInput {
  phoneNumberId: string;
  /** The sender's WhatsApp id (digits). */
  from: string;
  id: string;
  text: string;
  /** When the person sent it (the payload's `timestamp`, whole seconds). */
  sentAt: Date;
}

export interface StatusInput {
  phoneNumberId: string;
  recipient: string;
  /** The wamid the Graph API answered the send with. */
  id: string;
  status: 'sent' | 'delivered' | 'read' | 'failed';
  at: Date;
  errorCode?: number;
  /** What duo-bot sent as biz_opaque_callback_data (its outbox id): WhatsApp echoes it in every status. */
  callbackData?: unknown;
}

function envelope(phoneNumberId: string, value: Record<string, unknown>): unknown {
  return {
    object: 'whatsapp_business_account',
    entry: [
      {
        id: '000000000000000',
        changes: [
          {
            field: 'messages',
            value: {
              messaging_product: 'whatsapp',
              metadata: { display_phone_number: '15550000000', phone_number_id: phoneNumberId },
              ...value,
            },
          },
        ],
      },
    ],
  };
}

/** A WhatsApp message id as Meta makes them: base64 of a small record that holds the sender's number. */
export function metaLikeWamid(number: string, serial: string): string {
  const record = Buffer.concat([
    Buffer.from([0x1c, 0x18, number.length]),
    Buffer.from(number),
    Buffer.from([0x15, 0x02, 0x00, 0x12, 0x18, 0x14]),
    Buffer.from(serial.padEnd(20, '0').slice(0, 20)),
  ]);
  return `wamid.${record.toString('base64')}`;
}

const seconds = (at: Date) => String(Math.floor(at.getTime() / 1000));

export function textMessagePayload(input: TextMessageInput): unknown {
  return envelope(input.phoneNumberId, {
    contacts: [{ profile: { name: 'Drill' }, wa_id: input.from }],
    messages: [
      { from: input.from, id: input.id, timestamp: seconds(input.sentAt), type: 'text', text: { body: input.text } },
    ],
  });
}

export function statusPayload(input: StatusInput): unknown {
  return envelope(input.phoneNumberId, {
    statuses: [
      {
        id: input.id,
        status: input.status,
        timestamp: seconds(input.at),
        recipient_id: input.recipient,
        ...(typeof input.callbackData === 'string' ? { biz_opaque_callback_data: input.callbackData } : {}),
        ...(input.errorCode === undefined
          ? {}
          : { errors: [{ code: input.errorCode, title: 'Message failed to send' }] }),
      },
    ],
  });
}

/** Posts a body signed as Meta signs it; resolves with the HTTP status and Retry-After. */
export async function postWebhook(input: {
  url: string;
  appSecret: string;
  payload: unknown;
}): Promise<{ status: number; retryAfter: string | null }> {
  const body = JSON.stringify(input.payload);
  const signature = createHmac('sha256', input.appSecret).update(body).digest('hex');
  const response = await fetch(input.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-hub-signature-256': `sha256=${signature}` },
    body,
  });
  await response.arrayBuffer();
  return { status: response.status, retryAfter: response.headers.get('retry-after') };
}
