import { createHmac } from 'node:crypto';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { z } from 'zod';

// The row's id column names the setting; the document holds its value.
const settingSchema = z.object({ value: z.string().min(32) });

/**
 * duo-bot stores an inbound message under a keyed hash of `channel:providerMessageId` (the first
 * 16 bytes of an HMAC-SHA256, base64url), and its replies' outbox ids (echoed to the Graph API as
 * biz_opaque_callback_data) start with it. The drill owns the data folder it runs on, so it reads
 * the key to tell which message a reply answers.
 */
export function inboxIdsOf(dataDir: string): (channel: string, providerMessageId: string) => string {
  const db = new Database(join(dataDir, 'duo-bot.sqlite'), { readonly: true, fileMustExist: true });
  try {
    const row: unknown = db.prepare("SELECT json(doc) FROM c_settings WHERE id = 'inbox-id-key'").pluck().get();
    const key = settingSchema.parse(JSON.parse(String(row))).value;
    return (channel, providerMessageId) =>
      createHmac('sha256', key)
        .update(`${channel}:${providerMessageId}`)
        .digest()
        .subarray(0, 16)
        .toString('base64url');
  } finally {
    db.close();
  }
}
