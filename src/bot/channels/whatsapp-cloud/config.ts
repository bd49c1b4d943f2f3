import { z } from 'zod';

/** A language of duo-bot ("fr") and the code of the approved template's translation for it ("fr", "en_US"). */
export interface TemplateLanguage {
  language: string;
  code: string;
}

export interface ReengagementTemplate {
  name: string;
  /** In order of preference: the first is used for a language that has no translation of its own. */
  languages: TemplateLanguage[];
}

export interface WhatsAppCloudConfig {
  accessToken: string;
  appSecret: string;
  verifyToken: string;
  phoneNumberId: string;
  /** Without a trailing slash: `https://graph.facebook.com`. */
  graphUrl: string;
  apiVersion: string;
  messagesPerSecond: number;
  /** Null when none is approved yet: then nothing can be sent after 24 hours of silence. */
  template: ReengagementTemplate | null;
  webhookPath: string;
}

const templateLanguages = z
  .string()
  .regex(
    /^\s*[a-z]{2,3}\s*:\s*[A-Za-z]{2,3}(_[A-Za-z]{2,4})?\s*(,\s*[a-z]{2,3}\s*:\s*[A-Za-z]{2,3}(_[A-Za-z]{2,4})?\s*)*$/,
    'expected language:code pairs separated by commas, such as fr:fr,nl:nl,en:en_US,ar:ar',
  )
  .transform((value): TemplateLanguage[] =>
    value.split(',').map((pair) => {
      const [language = '', code = ''] = pair.split(':');
      return { language: language.trim(), code: code.trim() };
    }),
  );

/** The environment variables of the WhatsApp Cloud channel; all optional, the channel is off when none is set. */
export const whatsAppCloudEnvSchema = z.object({
  WHATSAPP_CLOUD_ACCESS_TOKEN: z.string().min(1).optional(),
  WHATSAPP_CLOUD_APP_SECRET: z.string().min(1).optional(),
  WHATSAPP_CLOUD_VERIFY_TOKEN: z.string().min(1).optional(),
  WHATSAPP_CLOUD_PHONE_NUMBER_ID: z.string().regex(/^\d+$/, 'expected the numeric phone number id').optional(),
  WHATSAPP_CLOUD_GRAPH_URL: z
    .url({ protocol: /^https?$/, error: 'expected an http(s) URL such as https://graph.facebook.com' })
    .default('https://graph.facebook.com')
    .transform((url) => url.replace(/\/+$/, '')),
  WHATSAPP_CLOUD_API_VERSION: z
    .string()
    .regex(/^v\d+\.\d+$/, 'expected a Graph API version such as v21.0')
    .default('v21.0'),
  WHATSAPP_CLOUD_MESSAGES_PER_SECOND: z
    .string()
    .regex(/^\d+$/, 'expected a whole number from 1 to 1000')
    .transform(Number)
    .pipe(
      z.number().min(1, 'expected a whole number from 1 to 1000').max(1000, 'expected a whole number from 1 to 1000'),
    )
    .default(80),
  WHATSAPP_CLOUD_TEMPLATE_NAME: z
    .string()
    .regex(/^[a-z0-9_]+$/, 'expected a template name such as duo_reengagement (lower case, digits, underscores)')
    .optional(),
  WHATSAPP_CLOUD_TEMPLATE_LANGUAGES: templateLanguages.optional(),
  WHATSAPP_CLOUD_WEBHOOK_PATH: z
    .string()
    .regex(/^\/[\w\-/]*$/, 'expected a path such as /webhooks/whatsapp')
    .default('/webhooks/whatsapp'),
});

export type WhatsAppCloudEnv = z.output<typeof whatsAppCloudEnvSchema>;

export type WhatsAppCloudConfigResult =
  { ok: true; config: WhatsAppCloudConfig | null } | { ok: false; errors: string[] };

const REQUIRED_VARIABLES = [
  'WHATSAPP_CLOUD_ACCESS_TOKEN',
  'WHATSAPP_CLOUD_APP_SECRET',
  'WHATSAPP_CLOUD_VERIFY_TOKEN',
  'WHATSAPP_CLOUD_PHONE_NUMBER_ID',
] as const;

/**
 * The channel's configuration from the parsed environment: null when none of the required
 * variables is set (the channel is simply off), an error naming each missing variable when only
 * some are.
 */
export function toWhatsAppCloudConfig(env: WhatsAppCloudEnv): WhatsAppCloudConfigResult {
  const {
    WHATSAPP_CLOUD_ACCESS_TOKEN: accessToken,
    WHATSAPP_CLOUD_APP_SECRET: appSecret,
    WHATSAPP_CLOUD_VERIFY_TOKEN: verifyToken,
    WHATSAPP_CLOUD_PHONE_NUMBER_ID: phoneNumberId,
    WHATSAPP_CLOUD_TEMPLATE_NAME: templateName,
    WHATSAPP_CLOUD_TEMPLATE_LANGUAGES: templateLanguages,
  } = env;
  const missing = REQUIRED_VARIABLES.filter((variable) => env[variable] === undefined);
  if (missing.length === REQUIRED_VARIABLES.length && templateName === undefined) return { ok: true, config: null };

  const errors = missing.map(
    (variable) => `${variable}: required when the WhatsApp Cloud channel is configured (some WHATSAPP_CLOUD_* are set)`,
  );
  if (templateName !== undefined && templateLanguages === undefined) {
    errors.push(
      'WHATSAPP_CLOUD_TEMPLATE_LANGUAGES: required with WHATSAPP_CLOUD_TEMPLATE_NAME (for example fr:fr,nl:nl,en:en_US,ar:ar)',
    );
  }
  if (templateName === undefined && templateLanguages !== undefined) {
    errors.push('WHATSAPP_CLOUD_TEMPLATE_NAME: required with WHATSAPP_CLOUD_TEMPLATE_LANGUAGES');
  }
  if (
    errors.length > 0 ||
    accessToken === undefined ||
    appSecret === undefined ||
    verifyToken === undefined ||
    phoneNumberId === undefined
  ) {
    return { ok: false, errors };
  }
  return {
    ok: true,
    config: {
      accessToken,
      appSecret,
      verifyToken,
      phoneNumberId,
      graphUrl: env.WHATSAPP_CLOUD_GRAPH_URL,
      apiVersion: env.WHATSAPP_CLOUD_API_VERSION,
      messagesPerSecond: env.WHATSAPP_CLOUD_MESSAGES_PER_SECOND,
      template:
        templateName !== undefined && templateLanguages !== undefined
          ? { name: templateName, languages: templateLanguages }
          : null,
      webhookPath: env.WHATSAPP_CLOUD_WEBHOOK_PATH,
    },
  };
}

/**
 * Reads the channel's variables from the environment (empty values count as unset). Each error
 * names its variable and never echoes a value, since most of these are secrets.
 */
export function readWhatsAppCloudConfig(env: NodeJS.ProcessEnv): WhatsAppCloudConfigResult {
  const present = Object.fromEntries(
    Object.entries(env).filter(
      ([name, value]) => name.startsWith('WHATSAPP_CLOUD_') && value !== undefined && value !== '',
    ),
  );
  const parsed = whatsAppCloudEnvSchema.safeParse(present);
  if (!parsed.success) {
    return {
      ok: false,
      errors: parsed.error.issues.map((issue) => `${issue.path.map(String).join('.')}: ${issue.message}`),
    };
  }
  return toWhatsAppCloudConfig(parsed.data);
}
