import { describe, expect, it } from 'vitest';
import {
  toBotFrameworkActivity,
  toBotFrameworkSendFailure,
  toInboundsFromActivity,
  type ActivityLike,
} from '../../../src/bot/channels/botframework/convert.js';

const receivedAt = new Date('2026-01-05T09:30:02Z');

/** A Web Chat (Direct Line) message, as the Bot Connector posts it. */
function webChatMessage(fields: Partial<ActivityLike> = {}): ActivityLike {
  const activity = {
    type: 'message',
    id: 'F1rSt8Qx2k9HcF4m6ZyPz1-eu|0000001',
    timestamp: '2026-01-05T09:30:00.1234567Z',
    serviceUrl: 'https://europe.webchat.botframework.com/',
    channelId: 'webchat',
    from: { id: 'dl_6f3c2a1b', name: '' },
    conversation: { id: 'F1rSt8Qx2k9HcF4m6ZyPz1-eu' },
    recipient: { id: 'duo-bot@abc123', name: 'DUO for a JOB' },
    textFormat: 'plain',
    locale: 'nl-BE',
    text: 'Hallo',
    ...fields,
  };
  return activity;
}

describe('toInboundsFromActivity', () => {
  it('reads a Web Chat message as text addressed by channel and conversation', () => {
    expect(toInboundsFromActivity(webChatMessage(), receivedAt)).toEqual({
      ok: true,
      inbounds: [
        {
          channel: 'botframework',
          address: 'webchat:F1rSt8Qx2k9HcF4m6ZyPz1-eu',
          providerMessageId: 'F1rSt8Qx2k9HcF4m6ZyPz1-eu|0000001',
          sentAt: new Date('2026-01-05T09:30:00.123Z'),
          content: { type: 'text', text: 'Hallo' },
        },
      ],
    });
  });

  it('derives a stable id from conversation, time and text when the activity has none', () => {
    const first = toInboundsFromActivity(webChatMessage({ id: undefined }), receivedAt);
    const again = toInboundsFromActivity(webChatMessage({ id: undefined }), receivedAt);
    const other = toInboundsFromActivity(webChatMessage({ id: undefined, text: 'Dag' }), receivedAt);

    const idOf = (result: typeof first) => (result.ok ? result.inbounds[0]?.providerMessageId : null);
    expect(idOf(first)).toMatch(/^[0-9a-f]{32}$/);
    expect(idOf(again)).toBe(idOf(first));
    expect(idOf(other)).not.toBe(idOf(first));
  });

  it('reads the value of a tapped suggested action as a choice', () => {
    const result = toInboundsFromActivity(
      webChatMessage({ text: 'Nederlands', value: { duoChoice: 'nl' } }),
      receivedAt,
    );

    expect(result.ok && result.inbounds[0]?.content).toEqual({ type: 'choice', id: 'nl', title: 'Nederlands' });
  });

  it('reads a value that is not ours as plain text', () => {
    const result = toInboundsFromActivity(webChatMessage({ text: 'Ja', value: { action: 'submit' } }), receivedAt);

    expect(result.ok && result.inbounds[0]?.content).toEqual({ type: 'text', text: 'Ja' });
  });

  it.each([
    ['image/jpeg', 'image'],
    ['audio/ogg', 'audio'],
    ['video/mp4', 'video'],
    ['application/pdf', 'file'],
    ['application/vnd.microsoft.card.adaptive', 'card'],
  ])('names an attachment of type %s without text as unsupported %s', (contentType, what) => {
    const result = toInboundsFromActivity(
      webChatMessage({ text: undefined, attachments: [{ contentType }] }),
      receivedAt,
    );

    expect(result.ok && result.inbounds[0]?.content).toEqual({ type: 'unsupported', what });
  });

  it('keeps the text of a message that also carries an attachment', () => {
    const result = toInboundsFromActivity(
      webChatMessage({ text: 'Mijn cv', attachments: [{ contentType: 'application/pdf' }] }),
      receivedAt,
    );

    expect(result.ok && result.inbounds[0]?.content).toEqual({ type: 'text', text: 'Mijn cv' });
  });

  it('ignores an empty message', () => {
    expect(toInboundsFromActivity(webChatMessage({ text: '' }), receivedAt)).toEqual({ ok: false, reason: 'empty' });
  });

  it('greets the conversation once when people are added to it, but not for the bot', () => {
    const update = webChatMessage({
      type: 'conversationUpdate',
      id: undefined,
      text: undefined,
      membersAdded: [{ id: 'duo-bot@abc123' }, { id: 'dl_6f3c2a1b' }],
    });

    expect(toInboundsFromActivity(update, receivedAt)).toEqual({
      ok: true,
      inbounds: [
        {
          channel: 'botframework',
          address: 'webchat:F1rSt8Qx2k9HcF4m6ZyPz1-eu',
          providerMessageId: 'join:F1rSt8Qx2k9HcF4m6ZyPz1-eu',
          sentAt: new Date('2026-01-05T09:30:00.123Z'),
          content: { type: 'text', text: 'hello' },
        },
      ],
    });
  });

  it('ignores the bot being added alone', () => {
    const update = webChatMessage({ type: 'conversationUpdate', membersAdded: [{ id: 'duo-bot@abc123' }] });

    expect(toInboundsFromActivity(update, receivedAt)).toEqual({ ok: false, reason: 'no-new-member' });
  });

  it.each(['typing', 'messageReaction', 'event', 'invoke', 'installationUpdate'])('ignores a %s activity', (type) => {
    expect(toInboundsFromActivity(webChatMessage({ type }), receivedAt)).toEqual({
      ok: false,
      reason: 'not-a-message',
    });
  });
});

describe('toBotFrameworkActivity', () => {
  it('sends plain text when there are no choices', () => {
    expect(toBotFrameworkActivity({ text: 'Dank je!', choices: [] }, 'webchat')).toEqual({
      type: 'message',
      text: 'Dank je!',
      inputHint: 'acceptingInput',
    });
  });

  it('offers choices as messageBack suggested actions carrying the choice id', () => {
    const activity = toBotFrameworkActivity(
      { text: 'Welke taal?', choices: [{ id: 'nl', title: 'Nederlands' }] },
      'webchat',
    );

    expect(activity.suggestedActions?.actions).toEqual([
      {
        type: 'messageBack',
        title: 'Nederlands',
        text: 'Nederlands',
        displayText: 'Nederlands',
        value: { duoChoice: 'nl' },
      },
    ]);
    expect(activity.inputHint).toBe('expectingInput');
  });

  it('uses imBack with the title in Teams, which shows no other suggested action', () => {
    const activity = toBotFrameworkActivity(
      { text: 'Which language?', choices: [{ id: 'en', title: 'English' }] },
      'msteams',
    );

    expect(activity.suggestedActions?.actions).toEqual([{ type: 'imBack', title: 'English', value: 'English' }]);
  });

  it('lists choice descriptions in the text, as buttons show titles only', () => {
    const activity = toBotFrameworkActivity(
      {
        text: 'Quelle séance ?',
        choices: [
          { id: 's1', title: 'Lundi 10h', description: 'Bruxelles, rue Royale' },
          { id: 's2', title: 'Mardi 14h' },
        ],
      },
      'webchat',
    );

    expect(activity.text).toBe('Quelle séance ?\n\n• Lundi 10h — Bruxelles, rue Royale');
  });
});

describe('toBotFrameworkSendFailure', () => {
  it.each([
    [429, true],
    [500, true],
    [503, true],
    [400, false],
    [403, false],
    [404, false],
  ])('treats HTTP %i from the connector as retryable: %s', (statusCode, retryable) => {
    const error = Object.assign(new Error('Operation returned an invalid status code'), { statusCode });

    expect(toBotFrameworkSendFailure(error)).toMatchObject({ ok: false, retryable, code: `http_${statusCode}` });
  });

  it('retries when the connector cannot be reached', () => {
    const error = Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:9'), { code: 'ECONNREFUSED' });

    expect(toBotFrameworkSendFailure(error)).toMatchObject({
      ok: false,
      retryable: true,
      code: 'connector_unreachable',
    });
  });
});
