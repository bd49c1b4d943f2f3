import { hostname } from 'node:os';
import { z } from 'zod';
import { isIanaTimeZone } from './time-zone.js';

const optionalWholeNumber = (min: number, max: number) =>
  z
    .string()
    .regex(/^\d+$/, `expected a whole number from ${min} to ${max}`)
    .transform(Number)
    .pipe(
      z
        .number()
        .min(min, `expected a whole number from ${min} to ${max}`)
        .max(max, `expected a whole number from ${min} to ${max}`),
    );
const wholeNumber = (min: number, max: number, fallback: number) => optionalWholeNumber(min, max).default(fallback);

const timeZone = z.string().refine(isIanaTimeZone, { message: 'expected an IANA time zone such as Europe/Brussels' });

/** Where the HTTP server listens unless DUO_HTTP_HOST says otherwise: this machine only. */
export const DEFAULT_HTTP_HOST = '127.0.0.1';

/** Settings that a channel reading its own variables shares with the rest of duo-bot. */
export const sharedEnvFields = {
  DUO_DATA_DIR: z.string().min(1, 'expected a folder path'),
  MONGODB_URI: z
    .string()
    .regex(/^mongodb(\+srv)?:\/\/.+/, 'expected a MongoDB connection string (mongodb://… or mongodb+srv://…)'),
  MONGODB_DATABASE: z.string().regex(/^[\w-]+$/, 'expected a database name'),
};

/** Every setting duo-bot reads from its environment, read once at start. */
export const configSchema = z.object({
  DUO_DATA_DIR: sharedEnvFields.DUO_DATA_DIR.default('./data'),
  MONGODB_URI: sharedEnvFields.MONGODB_URI.optional(),
  MONGODB_DATABASE: sharedEnvFields.MONGODB_DATABASE.optional(),
  DUO_DEFAULT_LANGUAGE: z
    .string()
    .regex(/^[a-z]{2,3}$/, 'expected a language code such as fr')
    .default('fr'),
  DUO_TIME_ZONE: timeZone.default('Europe/Brussels'),
  DUO_LOG_HASH_SECRET: z.string().min(32, 'expected a random string of at least 32 characters').optional(),
  DUO_LOG_LEVEL: z.enum(['debug', 'info', 'warn', 'error', 'silent']).optional(),
  DUO_OUTBOX_MAX_ATTEMPTS: optionalWholeNumber(1, 50).optional(),
  DUO_TRANSCRIPT_RETENTION_DAYS: wholeNumber(1, 3650, 365),
  DUO_SCHEDULER_POLL_MS: wholeNumber(100, 60_000, 1_000),
  // Jobs in flight at once: about 80 messages a second at a few hundred milliseconds a Graph API call.
  DUO_SCHEDULER_CONCURRENCY: wholeNumber(1, 200, 20),
  DUO_HTTP_HOST: z.string().min(1).default(DEFAULT_HTTP_HOST),
  DUO_HTTP_PORT: wholeNumber(0, 65_535, 3_000),
  DUO_WEBHOOK_MAX_BYTES: wholeNumber(1024, 16 * 1024 * 1024, 1024 * 1024),
  DUO_WEBHOOK_MAX_MESSAGES: wholeNumber(1, 10_000, 100),
  DUO_SHUTDOWN_TIMEOUT_MS: wholeNumber(0, 600_000, 10_000),
  DUO_OUTBOX_LEASE_MS: wholeNumber(1_000, 600_000, 60_000),
  // A reply cut short by a crash, on a channel that reports statuses, waits this long past its lease for one.
  DUO_OUTBOX_CONFIRM_MS: wholeNumber(0, 60_000, 3_000),
  DUO_INSTANCE_ID: z.string().min(1).default(`${hostname()}-${process.pid}`),
  DUO_PROGRAMME_FILE: z.string().min(1, 'expected a path to a programme JSON file').optional(),
  DUO_DEMO_SESSIONS: z.enum(['auto', 'on', 'off'], { error: 'expected auto, on or off' }).default('auto'),
});

export type Config = z.infer<typeof configSchema>;

/** Variables whose values must never be echoed back in an error. */
const SECRET_VARIABLES = /URI|TOKEN|SECRET|PASSWORD|KEY/;

export type ConfigResult = { ok: true; config: Config } | { ok: false; errors: string[] };

/** Parses the environment; each problem names its variable and the expected form. */
export function readConfig(env: NodeJS.ProcessEnv): ConfigResult {
  const present = Object.fromEntries(Object.entries(env).filter(([, value]) => value !== undefined && value !== ''));
  const parsed = configSchema.safeParse(present);
  if (parsed.success) return { ok: true, config: parsed.data };
  return {
    ok: false,
    errors: parsed.error.issues.map((issue) => {
      const variable = issue.path.map(String).join('.');
      const value = present[variable];
      const shown = value === undefined || SECRET_VARIABLES.test(variable) ? '' : ` (got "${value}")`;
      return `${variable}: ${issue.message}${shown}`;
    }),
  };
}
