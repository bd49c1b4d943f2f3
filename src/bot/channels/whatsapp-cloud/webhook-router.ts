import { createHash, timingSafeEqual } from 'node:crypto';
import express, { type Request } from 'express';
import { createProblemHandler, sendProblem, sendUnavailable } from '../../../http/problem.js';
import type { DurableInboundSink } from '../../channel.js';
import type { Clock } from '../../clock.js';
import type { Logger } from '../../logger.js';
import { isStorageFault } from '../../../store/storage-fault.js';
import { toInboundEvents, type InboundEvents } from './convert-inbound.js';
import { verifyWebhookSignature } from './verify-signature.js';
import { countDeliveryItems, webhookPayloadSchema } from './webhook-payload.js';

export interface WebhookRouterOptions {
  path: string;
  appSecret: string;
  verifyToken: string;
  /** Changes addressed to another number of the same business account are ignored. */
  phoneNumberId: string;
  sink: DurableInboundSink;
  logger: Logger;
  clock: Clock;
  limits?: WebhookLimits;
}

export interface WebhookLimits {
  /** The largest body accepted, in bytes (413 above it). */
  maxBodyBytes: number;
  /** The most messages and statuses one delivery may carry (413 above it): each is stored before the answer. */
  maxItemsPerDelivery: number;
}

export const DEFAULT_WEBHOOK_LIMITS: WebhookLimits = { maxBodyBytes: 1024 * 1024, maxItemsPerDelivery: 100 };

export interface WebhookRouter {
  router: express.Router;
  /** Resolves once every delivery accepted so far has been handed to the sink: for a clean shutdown. */
  whenIdle: () => Promise<void>;
}

/**
 * GET answers Meta's subscription check; POST takes signed deliveries. A delivery is answered
 * 200 once its messages are stored and its statuses recorded (503 when the store cannot write, so
 * that Meta delivers it again); the messages are answered after that.
 */
export function createWebhookRouter(options: WebhookRouterOptions): WebhookRouter {
  const { path, sink, logger, clock } = options;
  const router = express.Router();
  const inFlight = new Set<Promise<void>>();
  const limits = options.limits ?? DEFAULT_WEBHOOK_LIMITS;

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
    sendProblem(res, { status: 403, detail: 'verification token or mode does not match' });
  });

  router.post(
    path,
    (req, res, next) => {
      if (!req.is('application/json')) {
        sendProblem(res, { status: 415, detail: 'expected Content-Type: application/json' });
        return;
      }
      next();
    },
    // The signature covers the bytes Meta sent: a compressed body is refused (415) rather than
    // inflated, so that what is checked is what was received and no small body can grow in memory.
    express.raw({ type: () => true, limit: limits.maxBodyBytes, inflate: false }),
    async (req, res, next) => {
      const rawBody = readRawBody(req);
      if (rawBody === null) {
        next(new Error('the request body was parsed before the webhook router; mount the router first'));
        return;
      }
      const signatureHeader = req.get('x-hub-signature-256');
      if (!verifyWebhookSignature({ rawBody, signatureHeader, appSecret: options.appSecret })) {
        logger.warn({ signaturePresent: signatureHeader !== undefined }, 'whatsapp-cloud: webhook signature refused');
        sendProblem(res, { status: 401, detail: 'missing or invalid X-Hub-Signature-256' });
        return;
      }
      const payload = webhookPayloadSchema.safeParse(parseJson(rawBody));
      if (!payload.success) {
        logger.warn('whatsapp-cloud: webhook body is not a WhatsApp delivery');
        sendProblem(res, { status: 400, detail: 'body is not a WhatsApp Business Account webhook' });
        return;
      }
      const items = countDeliveryItems(payload.data);
      if (items > limits.maxItemsPerDelivery) {
        logger.warn(
          { items, limit: limits.maxItemsPerDelivery },
          'whatsapp-cloud: delivery with too many items refused',
        );
        sendProblem(res, {
          status: 413,
          detail: `a delivery may carry at most ${limits.maxItemsPerDelivery} messages and statuses`,
        });
        return;
      }
      const events = toInboundEvents({
        payload: payload.data,
        receivedAt: clock.now(),
        phoneNumberId: options.phoneNumberId,
      });
      // Stored before the 200, in arrival order: Meta never delivers an acknowledged message again,
      // so a crash after the answer must not lose it. A store that cannot take it gets a 503 and a redelivery.
      const handled: Promise<void>[] = [];
      for (const inbound of events.inbounds) {
        try {
          const accepted = await sink.accept(inbound);
          handled.push(
            accepted.handled.catch((error: unknown) => {
              logger.error(
                { providerMessageId: inbound.providerMessageId, err: error },
                'whatsapp-cloud: inbound message not handled yet; it stays in the inbox',
              );
            }),
          );
        } catch (error) {
          if (isProgrammingError(error)) {
            next(error);
            return;
          }
          sendUnavailable({
            res,
            logger,
            error,
            what: 'whatsapp-cloud: inbound message could not be stored; asking Meta to deliver again',
          });
          return;
        }
      }
      // Statuses too: one naming a reply whose send a crash cut short is what keeps it from going
      // twice, and Meta delivers it again only when it is not acknowledged.
      for (const update of events.deliveries) {
        try {
          await sink.recordDelivery(update);
        } catch (error) {
          if (isStorageFault(error)) {
            sendUnavailable({
              res,
              logger,
              error,
              what: 'whatsapp-cloud: delivery status not recorded; asking Meta again',
            });
            return;
          }
          logger.error(
            { providerMessageId: update.providerMessageId, err: error },
            'whatsapp-cloud: delivery status not recorded',
          );
        }
      }
      res.status(200).end();
      const work = Promise.all(handled).then(() => handOn(events));
      inFlight.add(work);
      void work.finally(() => inFlight.delete(work));
    },
  );

  router.use(path, createProblemHandler(logger));

  function handOn(events: InboundEvents): void {
    for (const providerError of events.providerErrors) {
      logger.warn({ code: providerError.code, title: providerError.title }, 'whatsapp-cloud: Meta reported an error');
    }
    if (events.skipped > 0) logger.warn({ skipped: events.skipped }, 'whatsapp-cloud: unreadable items skipped');
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

/** A bug in duo-bot rather than a store that cannot take the message: answered 500, not 503. */
function isProgrammingError(error: unknown): boolean {
  return error instanceof TypeError || error instanceof ReferenceError || error instanceof SyntaxError;
}
