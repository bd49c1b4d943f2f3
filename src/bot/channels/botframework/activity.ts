import type { Activity } from 'botbuilder';
import { z } from 'zod';

/** More members than this in one `conversationUpdate` is not a person joining a chat: refused. */
export const MAX_MEMBERS_PER_ACTIVITY = 50;

const MAX_TEXT_LENGTH = 28_000;
const account = z.looseObject({ id: z.string().min(1).max(512) });

/**
 * Every field of an activity that duo-bot or botbuilder reads, with bounds; what a channel adds
 * beyond them is kept as it is. botbuilder itself checks little more than `type`.
 */
export const activitySchema = z.looseObject({
  type: z.string().min(1).max(64),
  id: z.string().min(1).max(512).optional(),
  channelId: z.string().min(1).max(64),
  serviceUrl: z.url({ protocol: /^https?$/ }).max(2048),
  conversation: z.looseObject({ id: z.string().min(1).max(1024) }),
  from: account.optional(),
  recipient: account.optional(),
  timestamp: z.string().max(64).optional(),
  text: z.string().max(MAX_TEXT_LENGTH).optional(),
  attachments: z
    .array(z.looseObject({ contentType: z.string().max(255) }))
    .max(20)
    .optional(),
  membersAdded: z.array(account).max(MAX_MEMBERS_PER_ACTIVITY).optional(),
  membersRemoved: z.array(account).max(MAX_MEMBERS_PER_ACTIVITY).optional(),
});

/** The checked activity, typed as botbuilder's own (which declares more fields required than channels send). */
const checkedActivity = z.custom<Activity>((value) => activitySchema.safeParse(value).success);

export type ActivityCheck = { ok: true; activity: Activity } | { ok: false; fields: string[] };

/** Reads a request body as an activity; a malformed one names the fields at fault (never their values). */
export function readActivity(body: unknown): ActivityCheck {
  const parsed = activitySchema.safeParse(body);
  if (!parsed.success) {
    const fields = [...new Set(parsed.error.issues.map((issue) => issue.path.map(String).join('.') || '(body)'))];
    return { ok: false, fields: fields.slice(0, 10) };
  }
  const typed = checkedActivity.safeParse(body);
  return typed.success ? { ok: true, activity: typed.data } : { ok: false, fields: ['(body)'] };
}
