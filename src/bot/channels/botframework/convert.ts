import { createHash } from 'node:crypto';
import type { Activity, CardAction } from 'botbuilder';
import type { RenderedMessage } from '../../../flows/message.js';
import type { Inbound, SendResult } from '../../channel.js';

export const BOTFRAMEWORK_CHANNEL = 'botframework';

/** The text a new member's arrival hands the engine, so the assistant greets as if they had said hello. */
export const GREETING_TEXT = 'hello';

/** The part of an Activity the conversion reads; a botbuilder `Activity` is one. */
export interface ActivityLike {
  type: string;
  id?: string;
  channelId: string;
  timestamp?: Date | string;
  conversation: { id: string };
  recipient?: { id: string };
  text?: string;
  value?: unknown;
  attachments?: { contentType: string }[];
  membersAdded?: { id: string }[];
}

export type BotFrameworkInboundResult =
  { ok: true; inbounds: Inbound[] } | { ok: false; reason: 'not-a-message' | 'empty' | 'no-new-member' };

/** Where replies go, whatever the channel behind the Bot Connector (Web Chat, Teams, the Emulator). */
export function toBotFrameworkAddress(activity: Pick<ActivityLike, 'channelId' | 'conversation'>): string {
  return `${activity.channelId}:${activity.conversation.id}`;
}

/**
 * One activity as what the engine reads: a message becomes one Inbound; a person joining a
 * conversation (`conversationUpdate`) becomes a "hello" from them so the assistant greets first.
 */
export function toInboundsFromActivity(activity: ActivityLike, receivedAt: Date): BotFrameworkInboundResult {
  const address = toBotFrameworkAddress(activity);
  const sentAt = readTimestamp(activity.timestamp) ?? receivedAt;
  if (activity.type === 'conversationUpdate') {
    const joined = (activity.membersAdded ?? []).some((member) => member.id !== activity.recipient?.id);
    if (!joined) return { ok: false, reason: 'no-new-member' };
    // One welcome per conversation, however many members join: its id is the conversation's.
    return {
      ok: true,
      inbounds: [
        {
          channel: BOTFRAMEWORK_CHANNEL,
          address,
          providerMessageId: `join:${activity.conversation.id}`,
          sentAt,
          content: { type: 'text', text: GREETING_TEXT },
        },
      ],
    };
  }
  if (activity.type !== 'message') return { ok: false, reason: 'not-a-message' };

  const text = activity.text ?? '';
  const choiceId = readChoiceId(activity.value);
  let content: Inbound['content'];
  if (choiceId !== null) content = { type: 'choice', id: choiceId, title: text || choiceId };
  else if (text.trim() !== '') content = { type: 'text', text };
  else if (activity.attachments?.length)
    content = { type: 'unsupported', what: describeAttachment(activity.attachments) };
  else return { ok: false, reason: 'empty' };

  return {
    ok: true,
    inbounds: [
      {
        channel: BOTFRAMEWORK_CHANNEL,
        address,
        providerMessageId:
          activity.id ??
          createHash('sha256')
            .update(JSON.stringify([activity.conversation.id, sentAt.toISOString(), text]))
            .digest('hex')
            .slice(0, 32),
        sentAt,
        content,
      },
    ],
  };
}

/** The `value` our own suggested actions carry back (see `toBotFrameworkActivity`). */
function readChoiceId(value: unknown): string | null {
  if (typeof value !== 'object' || value === null || !('duoChoice' in value)) return null;
  return typeof value.duoChoice === 'string' && value.duoChoice !== '' ? value.duoChoice : null;
}

function readTimestamp(timestamp: Date | string | undefined): Date | null {
  if (timestamp === undefined) return null;
  const date = typeof timestamp === 'string' ? new Date(timestamp) : timestamp;
  return Number.isNaN(date.getTime()) ? null : date;
}

function describeAttachment(attachments: { contentType: string }[]): string {
  const type = attachments[0]?.contentType ?? '';
  if (type.startsWith('image/')) return 'image';
  if (type.startsWith('audio/')) return 'audio';
  if (type.startsWith('video/')) return 'video';
  if (type.startsWith('application/vnd.microsoft.card.')) return 'card';
  return 'file';
}

/**
 * A rendered message as a Bot Framework message activity; choices become suggested actions.
 * A tap comes back as a message whose text is the title (what the person sees they said) and
 * whose value carries the choice id. Teams shows only `imBack` suggested actions, so there the
 * tap is the title as text, which the engine matches to the choice by its label.
 */
export function toBotFrameworkActivity(rendered: RenderedMessage, channelId: string): Partial<Activity> {
  const described = rendered.choices.filter((choice) => choice.description);
  const text =
    described.length === 0
      ? rendered.text
      : [rendered.text, '', ...described.map((choice) => `• ${choice.title} — ${choice.description ?? ''}`)].join('\n');
  // botbuilder's ActivityTypes, InputHints and ActionTypes as their strings: this module is loaded
  // at start, botbuilder only once Bot Framework is enabled.
  if (rendered.choices.length === 0) return { type: 'message', text, inputHint: 'acceptingInput' };
  const actions: CardAction[] = rendered.choices.map((choice) =>
    channelId === 'msteams'
      ? { type: 'imBack', title: choice.title, value: choice.title }
      : {
          type: 'messageBack',
          title: choice.title,
          text: choice.title,
          displayText: choice.title,
          value: { duoChoice: choice.id },
        },
  );
  // As botbuilder's MessageFactory.suggestedActions builds it: no `to`, so every member sees the actions.
  const suggestedActions = { actions } as NonNullable<Activity['suggestedActions']>;
  return { type: 'message', inputHint: 'expectingInput', suggestedActions, ...(text ? { text } : {}) };
}

export type BotFrameworkSendFailure = Extract<SendResult, { ok: false }>;

/** A failed send as a value: the Bot Connector's 429 and 5xx, and network failures, are worth a retry. */
export function toBotFrameworkSendFailure(error: unknown): BotFrameworkSendFailure {
  const detail = (error instanceof Error ? error.message : String(error)).slice(0, 300);
  const status = readStatusCode(error);
  if (status === null) return { ok: false, retryable: true, code: 'connector_unreachable', detail };
  return { ok: false, retryable: status === 429 || status >= 500, code: `http_${status}`, detail };
}

function readStatusCode(error: unknown): number | null {
  if (typeof error !== 'object' || error === null) return null;
  if ('statusCode' in error && typeof error.statusCode === 'number') return error.statusCode;
  if ('status' in error && typeof error.status === 'number') return error.status;
  return null;
}
