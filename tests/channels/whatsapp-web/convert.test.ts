import { describe, expect, it } from 'vitest';
import {
  toDeliveryStatus,
  toInboundFromWhatsAppWeb,
  toWhatsAppWebSendFailure,
  toWhatsAppWebText,
} from '../../../src/bot/channels/whatsapp-web/convert.js';
import { whatsAppWebMessage } from './fixtures.js';

const receivedAt = new Date('2026-01-01T10:00:05Z');

describe('toInboundFromWhatsAppWeb', () => {
  it('reads a text message as text from the chat id, with its serialized id and send time', () => {
    const result = toInboundFromWhatsAppWeb(whatsAppWebMessage({ body: 'Bonjour !' }), receivedAt);

    expect(result).toEqual({
      ok: true,
      inbound: {
        channel: 'whatsapp-web',
        address: '32470123456@c.us',
        providerMessageId: 'false_32470123456@c.us_3EB0C767D26A1D4A5B29',
        sentAt: new Date('2026-01-01T10:00:00Z'),
        content: { type: 'text', text: 'Bonjour !' },
      },
    });
  });

  it('accepts a person known only by a linked id (@lid)', () => {
    const result = toInboundFromWhatsAppWeb(whatsAppWebMessage({ from: '123456789012345@lid' }), receivedAt);

    expect(result.ok && result.inbound.address).toBe('123456789012345@lid');
  });

  it('ignores a message when it comes from a group', () => {
    const message = whatsAppWebMessage({ from: '120363025246125486@g.us', author: '32470123456@c.us' });

    expect(toInboundFromWhatsAppWeb(message, receivedAt)).toEqual({ ok: false, reason: 'group' });
  });

  it('ignores a status update', () => {
    const message = whatsAppWebMessage({ from: 'status@broadcast', isStatus: true, broadcast: true, type: 'image' });

    expect(toInboundFromWhatsAppWeb(message, receivedAt)).toEqual({ ok: false, reason: 'broadcast' });
  });

  it('ignores a message when the linked phone sent it itself', () => {
    expect(toInboundFromWhatsAppWeb(whatsAppWebMessage({ fromMe: true }), receivedAt)).toEqual({
      ok: false,
      reason: 'from-me',
    });
  });

  it.each([
    ['image', 'image'],
    ['ptt', 'voice note'],
    ['audio', 'audio'],
    ['video', 'video'],
    ['document', 'document'],
    ['sticker', 'sticker'],
    ['location', 'location'],
    ['vcard', 'contact card'],
  ])('names a %s message as unsupported', (type, what) => {
    const result = toInboundFromWhatsAppWeb(whatsAppWebMessage({ type, body: '', hasMedia: true }), receivedAt);

    expect(result.ok && result.inbound.content).toEqual({ type: 'unsupported', what });
  });

  it.each(['revoked', 'reaction', 'e2e_notification', 'call_log', 'notification_template', 'ciphertext'])(
    'ignores a %s notice',
    (type) => {
      expect(toInboundFromWhatsAppWeb(whatsAppWebMessage({ type }), receivedAt)).toEqual({
        ok: false,
        reason: 'not-a-message',
      });
    },
  );

  it('falls back to the reception time when the timestamp is missing', () => {
    const result = toInboundFromWhatsAppWeb(whatsAppWebMessage({ timestamp: 0 }), receivedAt);

    expect(result.ok && result.inbound.sentAt).toEqual(receivedAt);
  });
});

describe('toWhatsAppWebText', () => {
  it('sends the text alone when there are no choices', () => {
    expect(toWhatsAppWebText({ text: 'Merci !', choices: [] })).toBe('Merci !');
  });

  it('numbers the choices after a blank line, with descriptions after a dash', () => {
    const text = toWhatsAppWebText({
      text: 'Quelle séance ?',
      choices: [
        { id: 's1', title: 'Lundi 10h', description: 'Bruxelles' },
        { id: 's2', title: 'Mardi 14h' },
      ],
    });

    expect(text).toBe('Quelle séance ?\n\n1. Lundi 10h — Bruxelles\n2. Mardi 14h');
  });
});

describe('toDeliveryStatus', () => {
  it('maps the library acks to delivery statuses', () => {
    expect([-1, 0, 1, 2, 3, 4].map(toDeliveryStatus)).toEqual(['failed', null, 'sent', 'delivered', 'read', 'read']);
  });
});

describe('toWhatsAppWebSendFailure', () => {
  it('makes a closed browser session retryable', () => {
    expect(
      toWhatsAppWebSendFailure(new Error('Protocol error (Runtime.callFunctionOn): Session closed.')),
    ).toMatchObject({
      ok: false,
      retryable: true,
      code: 'browser_unavailable',
    });
  });

  it('does not retry a rejected chat id', () => {
    expect(toWhatsAppWebSendFailure(new Error('Evaluation failed: Error: wid error: invalid wid'))).toMatchObject({
      ok: false,
      retryable: false,
      code: 'invalid_recipient',
    });
  });

  it('does not retry an unknown failure, which may have sent the message already', () => {
    expect(toWhatsAppWebSendFailure('boom')).toEqual({
      ok: false,
      retryable: false,
      code: 'send_failed',
      detail: 'boom',
    });
  });
});
