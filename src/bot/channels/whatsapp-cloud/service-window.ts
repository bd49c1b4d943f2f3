/** WhatsApp's customer service window: free-form messages only within 24 hours of the person's last message. */
export const SERVICE_WINDOW_MS = 24 * 60 * 60 * 1000;

export function isWithinServiceWindow(options: { lastInboundAt: Date | null; now: Date }): boolean {
  const { lastInboundAt, now } = options;
  return lastInboundAt !== null && now.getTime() - lastInboundAt.getTime() < SERVICE_WINDOW_MS;
}
