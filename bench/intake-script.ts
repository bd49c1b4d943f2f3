/** The first name the scripted job seeker gives. */
export const SCRIPT_FIRST_NAME = 'Amina';

/** A young job seeker's whole intake, from the first message to a booked information session. */
export const INTAKE_SCRIPT = [
  'Bonjour',
  '1',
  'oui',
  '1',
  'Bruxelles',
  '24',
  '2',
  'oui',
  'oui',
  'oui',
  SCRIPT_FIRST_NAME,
  '10',
  '1',
  'français, arabe',
  '1',
  '1',
];

export interface DriveInput {
  conversations: number;
  concurrency: number;
  /** Conversation numbers start here, so that a warm-up and the measured run do not share any. */
  firstConversation?: number;
  /**
   * Open loop: inbound messages arrive at this many a second on a fixed schedule, spread over
   * `concurrency` conversations in turn, and each latency is timed from its scheduled arrival
   * (a message that waits for its conversation's previous one counts that wait). Without it, a
   * closed loop: each conversation sends its next message as soon as the previous one is handled.
   */
  rate?: number;
  send: (conversation: number, step: number, text: string) => Promise<unknown>;
}

/** Runs the intakes; returns each inbound message's latency in ms. */
export function drive(input: DriveInput): Promise<number[]> {
  return input.rate === undefined ? closedLoop(input) : openLoop({ ...input, rate: input.rate });
}

async function closedLoop(input: DriveInput): Promise<number[]> {
  const latencies: number[] = [];
  let next = input.firstConversation ?? 0;
  const end = next + input.conversations;
  const worker = async (): Promise<void> => {
    while (next < end) {
      const conversation = next;
      next += 1;
      for (const [step, text] of INTAKE_SCRIPT.entries()) {
        const started = performance.now();
        await input.send(conversation, step, text);
        latencies.push(performance.now() - started);
      }
    }
  };
  await Promise.all(Array.from({ length: input.concurrency }, () => worker()));
  return latencies;
}

/**
 * Arrival i is due at start + i / rate and goes to slot i mod concurrency; each slot runs one
 * conversation after the other. A slot sends a message at its due time, or when its previous
 * message is handled if that is later: the delay is part of the latency, never skipped.
 */
async function openLoop(input: DriveInput & { rate: number }): Promise<number[]> {
  const latencies: number[] = [];
  const first = input.firstConversation ?? 0;
  const slots = Math.min(input.concurrency, input.conversations);
  const intervalMs = 1000 / input.rate;
  const started = performance.now();
  let nextConversation = first + slots;
  const slot = async (index: number): Promise<void> => {
    let conversation = first + index;
    let arrival = index;
    while (conversation < first + input.conversations) {
      for (const [step, text] of INTAKE_SCRIPT.entries()) {
        const due = started + arrival * intervalMs;
        const wait = due - performance.now();
        if (wait > 1) await new Promise((resolve) => setTimeout(resolve, wait));
        await input.send(conversation, step, text);
        latencies.push(performance.now() - due);
        arrival += slots;
      }
      conversation = nextConversation;
      nextConversation += 1;
    }
  };
  await Promise.all(Array.from({ length: slots }, (_, index) => slot(index)));
  return latencies;
}

/** Mean, percentiles and maximum of latencies in ms; `sorted` ascending. */
export function summarise(sorted: number[]): { mean: number; p50: number; p99: number; max: number } {
  const mean = sorted.reduce((sum, value) => sum + value, 0) / Math.max(1, sorted.length);
  return {
    mean: round(mean),
    p50: round(percentile(sorted, 50)),
    p99: round(percentile(sorted, 99)),
    max: round(sorted.at(-1) ?? 0),
  };
}

export function round(value: number): number {
  return Number(value.toFixed(2));
}

export function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
}

/** Samples the resident set size until stopped; returns the peak. */
export function sampleRss(): { stop: () => number } {
  let peak = process.memoryUsage().rss;
  const timer = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage().rss);
  }, 50);
  return {
    stop() {
      clearInterval(timer);
      return Math.max(peak, process.memoryUsage().rss);
    },
  };
}
