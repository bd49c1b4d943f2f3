/** WhatsApp's customer service window: free-form messages only within 24 hours of the person's last message. */
export const SERVICE_WINDOW_MS = 24 * 60 * 60 * 1000;

export function isWithinServiceWindow(options: { lastInboundAt: Date | null; now: Date }): boolean {
  const { lastInboundAt, now } = options;
  return lastInboundAt !== null && now.getTime() - lastInboundAt.getTime() < SERVICE_WINDOW_MS;
}

/** Meta's error for a free-form message sent outside the window: its clock and ours disagreed. */
export const OUTSIDE_WINDOW_ERROR = '131047';

/**
 * Free-form messages are allowed when the person's last message is less than 24 hours old and
 * Meta has not refused one as outside the window since then.
 */
export function isServiceWindowOpen(options: {
  lastInboundAt: Date | null;
  lastDeliveryFailure: { code: string; at: Date } | null | undefined;
  now: Date;
}): boolean {
  const { lastInboundAt, lastDeliveryFailure } = options;
  if (!isWithinServiceWindow(options)) return false;
  const refusedSince =
    lastDeliveryFailure?.code === OUTSIDE_WINDOW_ERROR &&
    (lastInboundAt === null || lastDeliveryFailure.at.getTime() >= lastInboundAt.getTime());
  return !refusedSince;
}
