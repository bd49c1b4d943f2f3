import { z } from 'zod';

/*
 * What Meta posts to the webhook, as far as duo-bot reads it. Every object is loose: real traffic
 * carries more fields than documented, and a field added tomorrow must not turn into a 400.
 * Messages and statuses are kept as `unknown` here and parsed one by one, so that one odd item
 * never costs the others in the same delivery.
 */

export const webhookPayloadSchema = z.looseObject({
  object: z.string(),
  entry: z.array(
    z.looseObject({
      id: z.string().optional(),
      changes: z
        .array(
          z.looseObject({
            field: z.string(),
            value: z.unknown(),
          }),
        )
        .default([]),
    }),
  ),
});

export type WebhookPayload = z.infer<typeof webhookPayloadSchema>;

const providerErrorSchema = z.looseObject({
  code: z.number(),
  title: z.string().optional(),
});

export type ProviderError = z.infer<typeof providerErrorSchema>;

export const messagesValueSchema = z.looseObject({
  messaging_product: z.string().optional(),
  metadata: z.looseObject({ phone_number_id: z.string() }).optional(),
  messages: z.array(z.unknown()).default([]),
  statuses: z.array(z.unknown()).default([]),
  errors: z.array(providerErrorSchema).default([]),
});

const replySchema = z.looseObject({ id: z.string(), title: z.string() });

export const webhookMessageSchema = z.looseObject({
  from: z.string().min(1),
  id: z.string().min(1),
  timestamp: z.union([z.string(), z.number()]),
  type: z.string(),
  text: z.looseObject({ body: z.string() }).optional(),
  interactive: z
    .looseObject({
      type: z.string(),
      button_reply: replySchema.optional(),
      list_reply: replySchema.optional(),
    })
    .optional(),
  /** A tap on a template's quick-reply button. */
  button: z.looseObject({ text: z.string(), payload: z.string().optional() }).optional(),
  audio: z.looseObject({ voice: z.boolean().optional() }).optional(),
});

export type WebhookMessage = z.infer<typeof webhookMessageSchema>;

export const webhookStatusSchema = z.looseObject({
  id: z.string().min(1),
  status: z.string(),
  timestamp: z.union([z.string(), z.number()]),
  errors: z.array(providerErrorSchema).optional(),
  /** The WhatsApp id (phone number) the message went to: the `from` of that person's messages. */
  recipient_id: z.string().min(1).optional().catch(undefined),
  /** What duo-bot sent with the message (its outbox id), echoed back; Meta allows up to 512 characters. */
  biz_opaque_callback_data: z.string().min(1).max(512).optional().catch(undefined),
});

export type WebhookStatus = z.infer<typeof webhookStatusSchema>;

/** How many messages and statuses a delivery carries, counted before any is read or stored. */
export function countDeliveryItems(payload: WebhookPayload): number {
  let items = 0;
  for (const entry of payload.entry) {
    for (const change of entry.changes) {
      const value = messagesValueSchema.safeParse(change.value);
      if (value.success) items += value.data.messages.length + value.data.statuses.length;
    }
  }
  return items;
}
