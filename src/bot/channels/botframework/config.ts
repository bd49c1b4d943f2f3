import { z } from 'zod';
import { DEFAULT_SERVICE_HOSTS, LOOPBACK_SERVICE_HOSTS } from './service-url.js';

const HOSTS_EXPECTED = 'expected host names separated by commas, such as *.botframework.com,smba.trafficmanager.net';
const hostPattern = /^(\*\.)?[a-z0-9]([a-z0-9-]*[a-z0-9])?(\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)*$|^\[[0-9a-f:]+\]$/i;

/** The environment variables the botframework channel reads; all optional, the channel is off without them. */
export const botFrameworkEnvSchema = z.object({
  BOTFRAMEWORK_ENABLED: z.enum(['true', 'false'], { error: 'expected true or false' }).optional(),
  MICROSOFT_APP_ID: z.string().trim().min(1).optional(),
  MICROSOFT_APP_PASSWORD: z.string().min(1).optional(),
  MICROSOFT_APP_TYPE: z
    .enum(['MultiTenant', 'SingleTenant', 'UserAssignedMSI'], {
      error: 'expected MultiTenant, SingleTenant or UserAssignedMSI',
    })
    .optional(),
  MICROSOFT_APP_TENANT_ID: z.string().trim().min(1).optional(),
  BOTFRAMEWORK_SERVICE_HOSTS: z
    .string()
    .transform((value) =>
      value
        .split(',')
        .map((host) => host.trim())
        .filter((host) => host !== ''),
    )
    .pipe(z.array(z.string().regex(hostPattern, HOSTS_EXPECTED)).min(1, HOSTS_EXPECTED).max(50, HOSTS_EXPECTED))
    .optional(),
});

export type BotFrameworkEnv = z.infer<typeof botFrameworkEnvSchema>;

export interface BotFrameworkConfig {
  /** Empty together with `appPassword` for the Bot Framework Emulator: no authentication at all. */
  appId: string;
  appPassword: string;
  appType: 'MultiTenant' | 'SingleTenant' | 'UserAssignedMSI';
  tenantId: string | null;
  /**
   * Hosts an activity's serviceUrl may name (`*.domain` for its subdomains): replies go nowhere
   * else. Loopback only when there is no app id.
   */
  serviceHosts: readonly string[];
}

export type BotFrameworkConfigResult =
  { ok: true; config: BotFrameworkConfig | null } | { ok: false; errors: string[] };

const CHANNEL_VARIABLES = [
  'MICROSOFT_APP_ID',
  'MICROSOFT_APP_PASSWORD',
  'MICROSOFT_APP_TYPE',
  'MICROSOFT_APP_TENANT_ID',
] as const;

/**
 * The channel's config, or null when BOTFRAMEWORK_ENABLED is not true. With neither app id nor
 * password the bot accepts unauthenticated requests, as the local Emulator needs; a half-done
 * Azure setup is an error naming the missing variable. Secrets never appear in the messages.
 */
export function readBotFrameworkConfig(env: Record<string, string | undefined>): BotFrameworkConfigResult {
  const present = Object.fromEntries(
    Object.entries(env).filter(
      ([name, value]) => name in botFrameworkEnvSchema.shape && value !== undefined && value !== '',
    ),
  );
  const parsed = botFrameworkEnvSchema.safeParse(present);
  if (!parsed.success) {
    return {
      ok: false,
      errors: parsed.error.issues.map((issue) => `${issue.path.map(String).join('.')}: ${issue.message}`),
    };
  }
  const vars = parsed.data;
  if (vars.BOTFRAMEWORK_ENABLED !== 'true') {
    // MICROSOFT_APP_* may belong to another Microsoft tool on this machine: only our own switch counts.
    if (vars.BOTFRAMEWORK_ENABLED === undefined && vars.MICROSOFT_APP_ID !== undefined && vars.MICROSOFT_APP_PASSWORD) {
      return {
        ok: false,
        errors: [
          'BOTFRAMEWORK_ENABLED: MICROSOFT_APP_ID and MICROSOFT_APP_PASSWORD are set; set BOTFRAMEWORK_ENABLED=true',
        ],
      };
    }
    return { ok: true, config: null };
  }
  const appType = vars.MICROSOFT_APP_TYPE ?? 'MultiTenant';
  const errors: string[] = [];
  const anyAzureSetting = CHANNEL_VARIABLES.some((name) => vars[name] !== undefined);
  if (anyAzureSetting) {
    if (vars.MICROSOFT_APP_ID === undefined) errors.push(`MICROSOFT_APP_ID: required with ${describeSet(vars)}`);
    if (appType === 'UserAssignedMSI') {
      if (vars.MICROSOFT_APP_PASSWORD !== undefined) {
        errors.push('MICROSOFT_APP_PASSWORD: must be empty when MICROSOFT_APP_TYPE=UserAssignedMSI');
      }
    } else if (vars.MICROSOFT_APP_PASSWORD === undefined) {
      errors.push(
        `MICROSOFT_APP_PASSWORD: required with ${describeSet(vars)} (the client secret of the app registration)`,
      );
    }
    if (appType !== 'MultiTenant' && vars.MICROSOFT_APP_TENANT_ID === undefined) {
      errors.push(`MICROSOFT_APP_TENANT_ID: required when MICROSOFT_APP_TYPE=${appType}`);
    }
  }
  if (errors.length > 0) return { ok: false, errors };
  return {
    ok: true,
    config: {
      appId: vars.MICROSOFT_APP_ID ?? '',
      appPassword: vars.MICROSOFT_APP_PASSWORD ?? '',
      appType,
      tenantId: vars.MICROSOFT_APP_TENANT_ID ?? null,
      serviceHosts:
        vars.BOTFRAMEWORK_SERVICE_HOSTS ??
        (vars.MICROSOFT_APP_ID === undefined ? LOOPBACK_SERVICE_HOSTS : DEFAULT_SERVICE_HOSTS),
    },
  };
}

function describeSet(vars: BotFrameworkEnv): string {
  return CHANNEL_VARIABLES.filter((name) => vars[name] !== undefined).join(' and ');
}
