import { resolve } from 'node:path';
import { z } from 'zod';
import { sharedEnvFields } from '../../../config.js';

/** The environment variables the whatsapp-web channel reads; all optional, the channel is off without them. */
export const whatsAppWebEnvSchema = z.object({
  WHATSAPP_WEB_ENABLED: z.enum(['true', 'false'], { error: 'expected true or false' }).optional(),
  WHATSAPP_WEB_CHROMIUM_PATH: z.string().min(1, 'expected the path of a Chromium executable').optional(),
  WHATSAPP_WEB_AUTH: z.enum(['local', 'remote'], { error: 'expected local or remote' }).optional(),
  DUO_DATA_DIR: sharedEnvFields.DUO_DATA_DIR.optional(),
  MONGODB_URI: sharedEnvFields.MONGODB_URI.optional(),
  MONGODB_DATABASE: sharedEnvFields.MONGODB_DATABASE.optional(),
});

export type WhatsAppWebEnv = z.infer<typeof whatsAppWebEnvSchema>;

export type WhatsAppWebAuthConfig =
  /** The browser profile (the linked-device session) lives in a local folder. */
  | { kind: 'local'; dataPath: string }
  /** The session is zipped into MongoDB GridFS so a new machine or container can resume it. */
  | { kind: 'remote'; dataPath: string; mongodbUri: string; database: string | null; backupSyncIntervalMs: number };

export interface WhatsAppWebConfig {
  chromiumPath: string;
  auth: WhatsAppWebAuthConfig;
}

export type WhatsAppWebConfigResult = { ok: true; config: WhatsAppWebConfig | null } | { ok: false; errors: string[] };

export const DEFAULT_CHROMIUM_PATH = '/usr/bin/chromium';
/** RemoteAuth refuses less than a minute; five keeps the zip-and-upload cost low. */
export const DEFAULT_BACKUP_SYNC_INTERVAL_MS = 5 * 60_000;

/**
 * The channel's config, or null when WHATSAPP_WEB_ENABLED is not true. A half-done setup (a
 * WHATSAPP_WEB_* variable without WHATSAPP_WEB_ENABLED=true, remote auth without MONGODB_URI) is
 * an error naming the variable, so a typo never silently leaves the channel off.
 */
export function readWhatsAppWebConfig(env: Record<string, string | undefined>): WhatsAppWebConfigResult {
  const present = Object.fromEntries(
    Object.entries(env).filter(
      ([name, value]) => name in whatsAppWebEnvSchema.shape && value !== undefined && value !== '',
    ),
  );
  const parsed = whatsAppWebEnvSchema.safeParse(present);
  if (!parsed.success) {
    return {
      ok: false,
      errors: parsed.error.issues.map((issue) => `${issue.path.map(String).join('.')}: ${issue.message}`),
    };
  }
  const vars = parsed.data;
  if (vars.WHATSAPP_WEB_ENABLED !== 'true') {
    const stray = (['WHATSAPP_WEB_CHROMIUM_PATH', 'WHATSAPP_WEB_AUTH'] as const).filter(
      (name) => vars[name] !== undefined,
    );
    if (stray.length > 0 && vars.WHATSAPP_WEB_ENABLED === undefined) {
      return {
        ok: false,
        errors: stray.map((name) => `${name}: is set but WHATSAPP_WEB_ENABLED is not; set WHATSAPP_WEB_ENABLED=true`),
      };
    }
    return { ok: true, config: null };
  }
  const dataPath = resolve(vars.DUO_DATA_DIR ?? './data', 'whatsapp-web-auth');
  const chromiumPath = vars.WHATSAPP_WEB_CHROMIUM_PATH ?? DEFAULT_CHROMIUM_PATH;
  if (vars.WHATSAPP_WEB_AUTH === 'remote') {
    if (vars.MONGODB_URI === undefined) {
      return {
        ok: false,
        errors: ['MONGODB_URI: required when WHATSAPP_WEB_AUTH=remote (the session is kept in MongoDB)'],
      };
    }
    return {
      ok: true,
      config: {
        chromiumPath,
        auth: {
          kind: 'remote',
          dataPath,
          mongodbUri: vars.MONGODB_URI,
          database: vars.MONGODB_DATABASE ?? null,
          backupSyncIntervalMs: DEFAULT_BACKUP_SYNC_INTERVAL_MS,
        },
      },
    };
  }
  return { ok: true, config: { chromiumPath, auth: { kind: 'local', dataPath } } };
}
