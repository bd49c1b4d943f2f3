import { z } from 'zod';
import type { SendResult } from '../../channel.js';
import type { Clock } from '../../clock.js';
import type { GraphMessage } from './graph-message.js';

export interface GraphEndpoint {
  graphUrl: string;
  apiVersion: string;
  phoneNumberId: string;
  accessToken: string;
}

export interface PostGraphMessageOptions {
  endpoint: GraphEndpoint;
  fetch: typeof fetch;
  clock: Clock;
  /** The person's WhatsApp id (`wa_id`). */
  to: string;
  message: GraphMessage;
  /** Comes back as `biz_opaque_callback_data` in the status webhooks: the outbox id. */
  callbackData: string;
  timeoutMs?: number;
}

const sendResponseSchema = z.looseObject({
  messages: z.array(z.looseObject({ id: z.string().min(1) })).min(1),
});

const graphErrorSchema = z.looseObject({
  error: z.looseObject({
    code: z.number().optional(),
    message: z.string().optional(),
    error_data: z.looseObject({ details: z.string().optional() }).optional(),
  }),
});

/**
 * Graph error codes worth another try later: throughput (130429), pair rate (131056), and
 * Meta-side trouble (1, 2, 131000, 131016, 133004), app and account call limits (4, 80007).
 */
const RETRYABLE_GRAPH_CODES = new Set([1, 2, 4, 80007, 130429, 131000, 131016, 131056, 133004]);

/** Meta's pair rate is about one message every six seconds to the same person. */
const PAIR_RATE_RETRY_MS = 6_000;

const DEFAULT_TIMEOUT_MS = 15_000;
const DETAIL_MAX_LENGTH = 300;

/** One POST to `/<phone number id>/messages`; every failure is a value, never a throw. */
export async function postGraphMessage(options: PostGraphMessageOptions): Promise<SendResult> {
  const { endpoint } = options;
  const url = `${endpoint.graphUrl}/${endpoint.apiVersion}/${encodeURIComponent(endpoint.phoneNumberId)}/messages`;
  const body = {
    messaging_product: 'whatsapp',
    recipient_type: 'individual',
    to: options.to,
    biz_opaque_callback_data: options.callbackData,
    ...options.message,
  };
  let response: Response;
  try {
    response = await options.fetch(url, {
      method: 'POST',
      headers: { authorization: `Bearer ${endpoint.accessToken}`, 'content-type': 'application/json' },
      body: JSON.stringify(body),
      signal: AbortSignal.timeout(options.timeoutMs ?? DEFAULT_TIMEOUT_MS),
    });
  } catch (error) {
    const timedOut = error instanceof Error && error.name === 'TimeoutError';
    return {
      ok: false,
      retryable: true,
      code: timedOut ? 'timeout' : 'network',
      detail: timedOut
        ? 'the Graph API did not answer in time'
        : `the Graph API could not be reached (${describe(error)})`,
    };
  }
  const json = await readJson(response);
  if (response.ok) {
    const parsed = sendResponseSchema.safeParse(json);
    const first = parsed.success ? parsed.data.messages[0] : undefined;
    if (first) return { ok: true, providerMessageId: first.id };
    // Accepted but unreadable: retrying could send the message twice, so do not.
    return {
      ok: false,
      retryable: false,
      code: 'bad-response',
      detail: `HTTP ${response.status} without a message id`,
    };
  }
  return toFailure({ response, json, clock: options.clock });
}

function toFailure(options: { response: Response; json: unknown; clock: Clock }): SendResult {
  const { response, json, clock } = options;
  const graphError = graphErrorSchema.safeParse(json);
  const graphCode = graphError.success ? graphError.data.error.code : undefined;
  const code = graphCode !== undefined ? String(graphCode) : `http-${response.status}`;
  const detail = truncate(
    graphError.success
      ? [graphError.data.error.message, graphError.data.error.error_data?.details].filter(Boolean).join(': ')
      : `HTTP ${response.status}`,
  );
  const retryable =
    response.status === 429 ||
    response.status >= 500 ||
    (graphCode !== undefined && RETRYABLE_GRAPH_CODES.has(graphCode));
  if (!retryable) return { ok: false, retryable: false, code, detail };
  const retryAfterMs =
    parseRetryAfter({ header: response.headers.get('retry-after'), now: clock.now() }) ??
    (graphCode === 131056 ? PAIR_RATE_RETRY_MS : undefined);
  return retryAfterMs === undefined
    ? { ok: false, retryable: true, code, detail }
    : { ok: false, retryable: true, code, detail, retryAfterMs };
}

/** `Retry-After` in seconds or as an HTTP date; undefined when absent or unreadable. */
export function parseRetryAfter(options: { header: string | null; now: Date }): number | undefined {
  const { header, now } = options;
  if (header === null || header.trim() === '') return undefined;
  if (/^\s*\d+\s*$/.test(header)) return Number(header) * 1000;
  const at = Date.parse(header);
  return Number.isNaN(at) ? undefined : Math.max(0, at - now.getTime());
}

async function readJson(response: Response): Promise<unknown> {
  try {
    return await response.json();
  } catch {
    return undefined;
  }
}

function describe(error: unknown): string {
  if (!(error instanceof Error)) return 'unknown error';
  const cause = error.cause instanceof Error ? `: ${error.cause.message}` : '';
  return `${error.message}${cause}`;
}

function truncate(text: string): string {
  return text.length > DETAIL_MAX_LENGTH ? `${text.slice(0, DETAIL_MAX_LENGTH)}…` : text;
}
