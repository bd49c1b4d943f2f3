import { describe, expect, it } from 'vitest';
import { toInboundEvents } from '../../../src/bot/channels/whatsapp-cloud/convert-inbound.js';
import { webhookPayloadSchema } from '../../../src/bot/channels/whatsapp-cloud/webhook-payload.js';
import { parseSample } from './helpers.js';

const RECEIVED_AT = new Date('2024-05-01T10:00:00Z');

function convert(payload: unknown, phoneNumberId?: string) {
  const parsed = webhookPayloadSchema.parse(payload);
  return toInboundEvents({ payload: parsed, receivedAt: RECEIVED_AT, phoneNumberId });
}

/** A delivery shaped like Meta's, carrying the given messages. */
function deliveryWith(messages: unknown[], phoneNumberId = '111111111111111') {
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
              messages,
            },
          },
        ],
      },
    ],
  };
}

function message(type: string, extra: Record<string, unknown> = {}) {
  return { from: '15551230000', id: `wamid.${type}`, timestamp: '1700000000', type, ...extra };
}

describe('toInboundEvents', () => {
  it('reads a text message with its sender, id and time when the sample text.json arrives', () => {
    const events = convert(parseSample('text.json'));
    expect(events.inbounds).toEqual([
      {
        channel: 'whatsapp-cloud',
        address: '15551230000',
        providerMessageId: 'wamid.ID',
        sentAt: new Date(1_700_000_000 * 1000),
        content: { type: 'text', text: 'MESSAGE_BODY' },
      },
    ]);
    expect(events.deliveries).toEqual([]);
  });

  it('reads a choice when a reply button is tapped (button_reply.json)', () => {
    const [inbound] = convert(parseSample('button_reply.json')).inbounds;
    expect(inbound?.content).toEqual({ type: 'choice', id: 'unique-button-identifier-here', title: 'button-text' });
  });

  it('reads a choice when a list row is picked (list_reply.json)', () => {
    const [inbound] = convert(parseSample('list_reply.json')).inbounds;
    expect(inbound?.content).toEqual({ type: 'choice', id: 'list_reply_id', title: 'list_reply_title' });
  });

  it('reads a choice from the payload when a template quick reply is tapped (template_button.json)', () => {
    const [inbound] = convert(parseSample('template_button.json')).inbounds;
    expect(inbound?.address).toBe('16315551234');
    expect(inbound?.content).toEqual({ type: 'choice', id: 'No-Button-Payload', title: 'No' });
  });

  it('uses the button text as id when a template quick reply carries no payload', () => {
    const [inbound] = convert(deliveryWith([message('button', { button: { text: 'Oui' } })])).inbounds;
    expect(inbound?.content).toEqual({ type: 'choice', id: 'Oui', title: 'Oui' });
  });

  it('names the kind when a picture arrives (image.json)', () => {
    const [inbound] = convert(parseSample('image.json')).inbounds;
    expect(inbound?.content).toEqual({ type: 'unsupported', what: 'image' });
  });

  it('names the kind when an unsupported or deleted message arrives (unsupported.json)', () => {
    const [inbound] = convert(parseSample('unsupported.json')).inbounds;
    expect(inbound?.content).toEqual({ type: 'unsupported', what: 'unsupported' });
  });

  it('names each media, place, card and reaction when they arrive', () => {
    const kinds = [
      message('audio', { audio: { id: 'A', voice: true } }),
      message('audio', { audio: { id: 'B' } }),
      message('video', { video: { id: 'V' } }),
      message('document', { document: { id: 'D', filename: 'cv.pdf' } }),
      message('sticker', { sticker: { id: 'S' } }),
      message('location', { location: { latitude: 50.85, longitude: 4.35 } }),
      message('contacts', { contacts: [{ name: { formatted_name: 'X' } }] }),
      message('reaction', { reaction: { message_id: 'wamid.X', emoji: '👍' } }),
      message('unknown', { errors: [{ code: 131051 }] }),
      message('a_type_invented_next_year', { a_type_invented_next_year: { whatever: true } }),
    ];
    const events = convert(deliveryWith(kinds));
    expect(events.inbounds.map((inbound) => inbound.content)).toEqual([
      { type: 'unsupported', what: 'voice' },
      { type: 'unsupported', what: 'audio' },
      { type: 'unsupported', what: 'video' },
      { type: 'unsupported', what: 'document' },
      { type: 'unsupported', what: 'sticker' },
      { type: 'unsupported', what: 'location' },
      { type: 'unsupported', what: 'contacts' },
      { type: 'unsupported', what: 'reaction' },
      { type: 'unsupported', what: 'unknown' },
      { type: 'unsupported', what: 'a_type_invented_next_year' },
    ]);
  });

  it('yields one inbound per message in order when a delivery carries several entries and messages', () => {
    const first = deliveryWith([message('text', { id: 'wamid.1', text: { body: 'Bonjour' } })]);
    const second = deliveryWith([
      message('text', { id: 'wamid.2', from: '32470000001', text: { body: 'Goedemorgen' } }),
      message('text', { id: 'wamid.3', from: '32470000002', text: { body: 'مرحبا' }, timestamp: '1700000060' }),
    ]);
    const payload = { object: 'whatsapp_business_account', entry: [...first.entry, ...second.entry] };
    const events = convert(payload);
    expect(events.inbounds.map((inbound) => [inbound.providerMessageId, inbound.content])).toEqual([
      ['wamid.1', { type: 'text', text: 'Bonjour' }],
      ['wamid.2', { type: 'text', text: 'Goedemorgen' }],
      ['wamid.3', { type: 'text', text: 'مرحبا' }],
    ]);
    expect(events.inbounds[2]?.sentAt).toEqual(new Date(1_700_000_060 * 1000));
  });

  it('reports sent, read and failed statuses with the error code and the recipient when status samples arrive', () => {
    const sent = convert(parseSample('status_sent.json')).deliveries;
    const read = convert(parseSample('status_read.json')).deliveries;
    const failed = convert(parseSample('status_failed.json')).deliveries;
    // The documented samples carry a placeholder instead of a timestamp: the reception time stands in.
    expect(sent).toEqual([
      {
        channel: 'whatsapp-cloud',
        providerMessageId: 'WHATSAPP_MESSAGE_ID',
        status: 'sent',
        at: RECEIVED_AT,
        errorCode: null,
        address: 'CUSTOMER_PHONE_NUMBER',
      },
    ]);
    expect(read[0]?.status).toBe('read');
    expect(failed).toEqual([
      {
        channel: 'whatsapp-cloud',
        providerMessageId: 'wamid.HBgLMTIxMTU1NTc5NDcVAgARGBIyRkQxREUxRDJFQUJGMkQ3NDIA',
        status: 'failed',
        at: new Date(1_689_380_458 * 1000),
        errorCode: '131014',
        address: '15551234567',
      },
    ]);
  });

  it('reports value-level errors without any inbound when Meta says a rate limit was hit', () => {
    const events = convert(parseSample('errors_rate_limit.json'));
    expect(events.inbounds).toEqual([]);
    expect(events.providerErrors.map((error) => error.code)).toEqual([130429]);
  });

  it('skips a malformed message and keeps the others when one item lacks its sender', () => {
    const events = convert(
      deliveryWith([{ id: 'wamid.broken', type: 'text' }, message('text', { text: { body: 'ok' } })]),
    );
    expect(events.inbounds).toHaveLength(1);
    expect(events.skipped).toBe(1);
  });

  it('skips changes for another phone number of the business account', () => {
    const events = convert(deliveryWith([message('text', { text: { body: 'hi' } })], '999'), '111111111111111');
    expect(events.inbounds).toEqual([]);
    expect(events.skipped).toBe(1);
  });

  it('ignores statuses duo-bot does not track when a deleted status arrives', () => {
    const payload = deliveryWith([]);
    const value = payload.entry[0]!.changes[0]!.value;
    const events = convert({
      ...payload,
      entry: [
        {
          id: '1',
          changes: [
            {
              field: 'messages',
              value: { ...value, statuses: [{ id: 'wamid.Z', status: 'deleted', timestamp: '1' }] },
            },
          ],
        },
      ],
    });
    expect(events.deliveries).toEqual([]);
  });
});
