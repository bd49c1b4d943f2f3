import { createHash, timingSafeEqual } from 'node:crypto';
import express, { type ErrorRequestHandler, type Request, type Response } from 'express';
import { isStorageFault } from '../../../store/storage-fault.js';
import type { DurableInboundSink } from '../../channel.js';
import type { Clock } from '../../clock.js';
import type { Logger } from '../../logger.js';
import { toInboundEvents, type InboundEvents } from './convert-inbound.js';
import { verifyWebhookSignature } from './verify-signature.js';
import { webhookPayloadSchema } from './webhook-payload.js';

export interface WebhookRouterOptions {
  path: string;
  appSecret: string;
  verifyToken: string;
  /** Changes addressed to another number of the same business account are ignored. */
  phoneNumberId: string;
  sink: DurableInboundSink;
  logger: Logger;
  clock: Clock;
}

export interface WebhookRouter {
  router: express.Router;
  /** Resolves once every delivery accepted so far has been handed to the sink: for a clean shutdown. */
  whenIdle: () => Promise<void>;
}

const RAW_BODY_LIMIT = '1mb';
const STORE_RETRY_AFTER_SECONDS = 5;

/**
 * GET answers Meta's subscription check; POST takes signed deliveries. A delivery is answered
 * 200 before it is handed on, because Meta redelivers whatever is not acknowledged quickly and
 * the engine deduplicates on the message id anyway.
 */
export function createWebhookRouter(options: WebhookRouterOptions): WebhookRouter {
  const { path, sink, logger, clock } = options;
  const router = express.Router();
  const inFlight = new Set<Promise<void>>();

  router.get(path, (req, res) => {
    const query = new URL(req.originalUrl, 'http://localhost').searchParams;
    const challenge = query.get('hub.challenge');
    const tokenMatches = equalSecrets(query.get('hub.verify_token') ?? '', options.verifyToken);
    if (query.get('hub.mode') === 'subscribe' && tokenMatches && challenge !== null) {
      logger.info('whatsapp-cloud: webhook subscription verified');
      res.status(200).set('x-content-type-options', 'nosniff').type('text/plain').send(challenge);
      return;
    }
    logger.warn('whatsapp-cloud: webhook verification refused');
    sendProblem(res, { status: 403, title: 'Forbidden', detail: 'verification token or mode does not match' });
  });

  router.post(path, express.raw({ type: '*/*', limit: RAW_BODY_LIMIT }), async (req, res) => {
    const rawBody = readRawBody(req);
    if (rawBody === null) {
      logger.error('whatsapp-cloud: the request body was parsed before the webhook router; mount the router first');
      sendProblem(res, { status: 500, title: 'Internal Server Error', detail: 'raw body unavailable' });
      return;
    }
    const signatureHeader = req.get('x-hub-signature-256');
    if (!verifyWebhookSignature({ rawBody, signatureHeader, appSecret: options.appSecret })) {
      logger.warn({ signaturePresent: signatureHeader !== undefined }, 'whatsapp-cloud: webhook signature refused');
      sendProblem(res, { status: 401, title: 'Unauthorized', detail: 'missing or invalid X-Hub-Signature-256' });
      return;
    }
    const payload = webhookPayloadSchema.safeParse(parseJson(rawBody));
    if (!payload.success) {
      logger.warn('whatsapp-cloud: webhook body is not a WhatsApp delivery');
      sendProblem(res, {
        status: 400,
        title: 'Bad Request',
        detail: 'body is not a WhatsApp Business Account webhook',
      });
      return;
    }
    const events = toInboundEvents({
      payload: payload.data,
      receivedAt: clock.now(),
      phoneNumberId: options.phoneNumberId,
    });
    // Stored before the 200, in arrival order: Meta never delivers an acknowledged message again,
    // so a crash after the answer must not lose it. A store that cannot take it gets a 500 and a redelivery.
    const handled: Promise<void>[] = [];
    for (const inbound of events.inbounds) {
      try {
        const accepted = await sink.accept(inbound);
        handled.push(
          accepted.handled.catch((error: unknown) => {
            logger.error(
              { providerMessageId: inbound.providerMessageId, error: describeError(error) },
              'whatsapp-cloud: inbound message not handled yet; it stays in the inbox',
            );
          }),
        );
      } catch (error) {
        logger.error(
          { providerMessageId: inbound.providerMessageId, error: describeError(error) },
          'whatsapp-cloud: inbound message could not be stored; asking Meta to deliver again',
        );
        if (isStorageFault(error)) {
          // The store cannot write now: Meta delivers again later, and nothing acknowledged is lost.
          res.set('retry-after', String(STORE_RETRY_AFTER_SECONDS));
          sendProblem(res, { status: 503, title: 'Service Unavailable', detail: 'the message could not be stored' });
        } else {
          sendProblem(res, { status: 500, title: 'Internal Server Error', detail: 'the message could not be stored' });
        }
        return;
      }
    }
    res.status(200).end();
    const work = Promise.all(handled).then(() => handOn(events));
    inFlight.add(work);
    void work.finally(() => inFlight.delete(work));
  });

  router.use(path, ((error: unknown, _req, res, next) => {
    if (res.headersSent) {
      next(error);
      return;
    }
    const status = readHttpStatus(error);
    logger.warn({ status }, 'whatsapp-cloud: webhook body refused');
    sendProblem(res, {
      status,
      title: status === 413 ? 'Payload Too Large' : 'Bad Request',
      detail: 'unreadable body',
    });
  }) satisfies ErrorRequestHandler);

  async function handOn(events: InboundEvents): Promise<void> {
    for (const providerError of events.providerErrors) {
      logger.warn({ code: providerError.code, title: providerError.title }, 'whatsapp-cloud: Meta reported an error');
    }
    if (events.skipped > 0) logger.warn({ skipped: events.skipped }, 'whatsapp-cloud: unreadable items skipped');
    for (const update of events.deliveries) {
      try {
        await sink.recordDelivery(update);
      } catch (error) {
        logger.error(
          { providerMessageId: update.providerMessageId, error: describeError(error) },
          'whatsapp-cloud: delivery status not recorded',
        );
      }
    }
  }

  return {
    router,
    whenIdle: async () => {
      while (inFlight.size > 0) await Promise.all(inFlight);
    },
  };
}

function readRawBody(req: Request): Buffer | null {
  const body: unknown = req.body;
  if (Buffer.isBuffer(body)) return body;
  // No body at all (express.raw leaves it undefined): an empty one, which no signature matches.
  return body === undefined ? Buffer.alloc(0) : null;
}

function parseJson(rawBody: Buffer): unknown {
  try {
    return JSON.parse(rawBody.toString('utf8'));
  } catch {
    return undefined;
  }
}

/** Compares digests, so neither the length nor the content of the secret leaks through timing. */
function equalSecrets(received: string, expected: string): boolean {
  const digest = (value: string) => createHash('sha256').update(value).digest();
  return timingSafeEqual(digest(received), digest(expected));
}

function sendProblem(res: Response, problem: { status: number; title: string; detail: string }): void {
  res
    .status(problem.status)
    .type('application/problem+json')
    .send(JSON.stringify({ type: 'about:blank', ...problem }));
}

function readHttpStatus(error: unknown): number {
  if (typeof error === 'object' && error !== null && 'status' in error && typeof error.status === 'number') {
    return error.status >= 400 && error.status < 500 ? error.status : 400;
  }
  return 400;
}

/** The error's kind and message, never the payload it may have been holding. */
function describeError(error: unknown): string {
  return error instanceof Error ? `${error.name}: ${error.message}` : 'non-error thrown';
}
