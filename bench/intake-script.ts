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

/** Runs `conversations` conversations, `concurrency` at a time; returns each message's handling time in ms. */
export async function drive(input: {
  conversations: number;
  concurrency: number;
  send: (conversation: number, step: number, text: string) => Promise<unknown>;
}): Promise<number[]> {
  const latencies: number[] = [];
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < input.conversations) {
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
