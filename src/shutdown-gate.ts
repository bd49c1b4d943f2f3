import type { RequestHandler } from 'express';

/** Seconds a client is asked to wait before trying again once this instance is shutting down. */
const RETRY_AFTER_SECONDS = 5;

export interface ShutdownGate {
  /** Mount first: once closed, every request is answered 503 with Retry-After and nothing new is taken. */
  middleware: RequestHandler;
  close(): void;
}

/** Turns new work away during a shutdown, so that WhatsApp and the load balancer go elsewhere or come back later. */
export function createShutdownGate(): ShutdownGate {
  let closed = false;
  return {
    middleware(_request, response, next) {
      if (!closed) {
        next();
        return;
      }
      response
        .status(503)
        .set({ 'retry-after': String(RETRY_AFTER_SECONDS), connection: 'close' })
        .type('application/problem+json')
        .send(
          JSON.stringify({
            type: 'about:blank',
            title: 'Service Unavailable',
            status: 503,
            detail: 'shutting down; try again shortly',
          }),
        );
    },
    close() {
      closed = true;
    },
  };
}
