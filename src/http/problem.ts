import { randomUUID } from 'node:crypto';
import { STATUS_CODES } from 'node:http';
import type { ErrorRequestHandler, RequestHandler, Response } from 'express';
import type { Logger } from '../bot/logger.js';

/**
 * Every error answer of duo-bot's HTTP side: RFC 9457 problem details, a fixed title per status,
 * a detail written here (never an exception's text) and, for 5xx, a correlation id that is also
 * in the log line.
 */
export interface Problem {
  status: number;
  detail: string;
  correlationId?: string;
  /** Seconds, sent as Retry-After (a 503 when the store cannot take a message). */
  retryAfter?: number;
}

export function sendProblem(res: Response, problem: Problem): void {
  if (problem.retryAfter !== undefined) res.set('retry-after', String(problem.retryAfter));
  res
    .status(problem.status)
    .set('cache-control', 'no-store')
    .type('application/problem+json')
    .send(
      JSON.stringify({
        type: 'about:blank',
        title: STATUS_CODES[problem.status] ?? 'Error',
        status: problem.status,
        detail: problem.detail,
        ...(problem.correlationId === undefined ? {} : { correlationId: problem.correlationId }),
      }),
    );
}

/** Thrown (or passed to `next`) when the store cannot take what was received: answered 503, worth a retry. */
export class ServiceUnavailableError extends Error {
  override readonly name = 'ServiceUnavailableError';
  constructor(
    message: string,
    readonly retryAfterSeconds = 5,
    options?: ErrorOptions,
  ) {
    super(message, options);
  }
}

/** Answers 503 with Retry-After and logs why, under the correlation id the answer carries. */
export function sendUnavailable(options: { res: Response; logger: Logger; error: unknown; what: string }): void {
  const correlationId = randomUUID();
  options.logger.error({ correlationId, err: options.error }, options.what);
  sendProblem(options.res, {
    status: 503,
    detail: 'the service cannot take this request now; try again later',
    correlationId,
    retryAfter: options.error instanceof ServiceUnavailableError ? options.error.retryAfterSeconds : 5,
  });
}

/** What body-parser and express say about a request they refuse, in words that reveal nothing. */
const CLIENT_ERROR_DETAILS: Record<string, string> = {
  'entity.parse.failed': 'the body is not valid JSON',
  'entity.too.large': 'the body is larger than this endpoint accepts',
  'entity.verify.failed': 'the body could not be verified',
  'encoding.unsupported': 'compressed bodies are not accepted: send it without Content-Encoding',
  'charset.unsupported': 'only UTF-8 bodies are accepted',
  'request.aborted': 'the request was aborted',
  'request.size.invalid': 'the body is not as long as Content-Length says',
  'stream.encoding.set': 'the body could not be read',
};

/**
 * The one error handler of every router and of the app: a client's mistake is a 4xx saying which
 * rule it broke, a store that cannot take the request a 503, anything else a 500 that says only
 * where to look (the correlation id). Express's own HTML page, with its stack trace, is never sent.
 */
export function createProblemHandler(logger: Logger): ErrorRequestHandler {
  return (error: unknown, _req, res, _next) => {
    if (res.headersSent) {
      logger.error({ err: error }, 'http: failed after the answer had started');
      res.destroy();
      return;
    }
    if (error instanceof ServiceUnavailableError) {
      sendUnavailable({ res, logger, error, what: 'http: the store cannot take this request' });
      return;
    }
    const clientStatus = readClientStatus(error);
    if (clientStatus !== null) {
      const type = readString(error, 'type');
      logger.warn({ status: clientStatus, reason: type }, 'http: request refused');
      sendProblem(res, {
        status: clientStatus,
        detail: (type === undefined ? undefined : CLIENT_ERROR_DETAILS[type]) ?? 'the request cannot be processed',
      });
      return;
    }
    const correlationId = randomUUID();
    logger.error({ correlationId, err: error }, 'http: unexpected error');
    sendProblem(res, { status: 500, detail: 'an unexpected error occurred; it has been logged', correlationId });
  };
}

/** Any path and method no router serves. */
export const notFound: RequestHandler = (_req, res) => {
  sendProblem(res, { status: 404, detail: 'nothing is served at this address' });
};

/** The 4xx that body-parser and http-errors mark as safe to tell the client, else null. */
function readClientStatus(error: unknown): number | null {
  if (typeof error !== 'object' || error === null) return null;
  const status = 'status' in error ? error.status : 'statusCode' in error ? error.statusCode : undefined;
  const exposed = 'expose' in error && error.expose === true;
  return typeof status === 'number' && status >= 400 && status < 500 && exposed ? status : null;
}

function readString(value: unknown, key: string): string | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const found: unknown = Reflect.get(value, key);
  return typeof found === 'string' ? found : undefined;
}
