import type { Logger } from './logger.js';

/** A background task run every `intervalMs`, one run at a time; a kick during a run queues exactly one more. */
export interface RepeatingTask {
  start(intervalMs: number): void;
  /** Stops the timer and waits for the run in progress. */
  stop(): Promise<void>;
  /** Runs once more as soon as possible (only while started). */
  kick(): void;
}

export function createRepeatingTask(options: {
  name: string;
  logger: Logger;
  run: () => Promise<unknown>;
}): RepeatingTask {
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> | undefined;
  let again = false;

  function run(): void {
    if (!timer) return;
    if (running) {
      again = true;
      return;
    }
    running = options
      .run()
      .then(() => undefined)
      .catch((error: unknown) => options.logger.error({ err: error, task: options.name }, 'background task failed'))
      .finally(() => {
        running = undefined;
        if (again) {
          again = false;
          run();
        }
      });
  }

  return {
    start(intervalMs) {
      if (timer) return;
      timer = setInterval(run, intervalMs);
      timer.unref();
    },
    async stop() {
      clearInterval(timer);
      timer = undefined;
      again = false;
      await running;
    },
    kick() {
      if (timer) setImmediate(run);
    },
  };
}
